package com.rotadesk.app.desk;

import com.rotadesk.model.PolicySetting;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;

import java.util.function.Supplier;

/**
 * A control that offers only what a policy setting takes (a choice in words, a yes/no, a number or a time span),
 * built from the setting's descriptor, and how to read the value it holds in the setting's text form.
 */
record PolicyControl(Control control, Supplier<String> value) {

    /** The control for a setting, holding {@code value}. */
    static PolicyControl of(Texts t, PolicySetting setting, String value) {
        switch (setting.kind()) {
            case CHOICE -> {
                ComboBox<String> box = new ComboBox<>();
                box.getItems().setAll(setting.choices());
                box.setValue(value);
                box.setCellFactory(l -> new Cell(t, setting));
                box.setButtonCell(new Cell(t, setting));
                return new PolicyControl(box, box::getValue);
            }
            case YES_NO -> {
                CheckBox check = new CheckBox();
                check.setSelected(Boolean.parseBoolean(value));
                return new PolicyControl(check, () -> Boolean.toString(check.isSelected()));
            }
            default -> {
                TextField field = new TextField(value);
                field.setPrefColumnCount(setting.kind() == PolicySetting.Kind.TIME_SPAN ? 9 : 4);
                field.setMaxWidth(Control.USE_PREF_SIZE);
                return new PolicyControl(field, field::getText);
            }
        }
    }

    /** Sets the value shown (in the setting's text form). */
    void set(String v) {
        switch (control) {
            case ComboBox<?> box -> {
                @SuppressWarnings("unchecked")
                ComboBox<String> b = (ComboBox<String>) box;
                b.setValue(v);
            }
            case CheckBox check -> check.setSelected(Boolean.parseBoolean(v));
            case TextField field -> field.setText(v);
            default -> throw new IllegalStateException("no value to set on " + control);
        }
    }

    /** A value as the user reads it: a choice or yes/no in words, a number or a time span as it is. */
    static String words(Texts t, PolicySetting setting, String value) {
        return switch (setting.kind()) {
            case CHOICE, YES_NO -> t.get("value." + value);
            case NUMBER, TIME_SPAN -> value;
        };
    }

    /** A choice shown in words. */
    private static final class Cell extends ListCell<String> {
        private final Texts t;
        private final PolicySetting setting;

        Cell(Texts t, PolicySetting setting) {
            this.t = t;
            this.setting = setting;
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : words(t, setting, item));
        }
    }
}
