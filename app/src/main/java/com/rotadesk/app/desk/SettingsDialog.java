package com.rotadesk.app.desk;

import com.rotadesk.model.Action;
import com.rotadesk.model.Policy;
import com.rotadesk.model.PolicyException;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Every policy of the office as a setting: its one-line explanation, a control that offers only what the rules
 * allow (a choice in words, a yes/no, a number), and its default marked.
 */
final class SettingsDialog {
    /** The values of the choice policies, in the model's scenario words (the bundle says them: "value.WORD"). */
    static final Map<String, List<String>> CHOICES = Map.of(
            "order", List.of("sign-in", "fixed"),
            "busyPass", List.of("keep", "forfeit"),
            "businessPass", List.of("keep", "forfeit"),
            "privatePass", List.of("forfeit", "keep"),
            "absentPass", List.of("forfeit", "disqualify"),
            "declinePass", List.of("forfeit", "disqualify"),
            "referral", List.of("to-owner", "as-new"),
            "surgeEnd", List.of("restart", "resume"));

    private final Texts t;
    private final Policy current;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final Map<String, Supplier<String>> values = new LinkedHashMap<>();
    private final Label error = new Label();
    private Policy result;

    private SettingsDialog(Texts t, Policy current, Window owner) {
        this.t = t;
        this.current = current;
        dialog.setTitle(t.get("settings.title"));
        GridPane grid = new GridPane();
        grid.getStyleClass().add("settings");
        Map<String, String> defaults = Policy.defaults().asSettings();
        int row = 0;
        for (Map.Entry<String, String> e : current.asSettings().entrySet()) {
            String key = e.getKey();
            Label explain = new Label(t.get("policy." + key));
            explain.setWrapText(true);
            explain.setMaxWidth(560);
            Label def = new Label(t.get("settings.default", words(key, defaults.get(key))));
            def.getStyleClass().add("setting-default");
            grid.addRow(row++, explain, control(key, e.getValue()), def);
        }
        error.getStyleClass().add("form-error");
        grid.add(error, 0, row, 3, 1);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(560);
        scroll.setPrefViewportWidth(980);
        dialog.getDialogPane().setContent(scroll);
        ButtonType save = new ButtonType(t.get("settings.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        Dialogs.desk(dialog, t, owner);
        dialog.getDialogPane().lookupButton(save).addEventFilter(ActionEvent.ACTION, ev -> {
            Policy p = current;
            for (Map.Entry<String, Supplier<String>> v : values.entrySet()) {
                try {
                    p = p.with(v.getKey(), v.getValue().get());
                } catch (PolicyException ex) {
                    // only the number and time fields can be wrong; the model's sentence is English, so the desk
                    // names the setting and what it takes in the user's words instead
                    String hint = v.getKey().equals("window") ? t.get("settings.hint.window")
                            : ex.range().map(r -> t.get("settings.hint.range", r.min(), r.max()))
                                    .orElse(t.get("settings.hint.number"));
                    error.setText(t.get("settings.invalid", t.get("policy." + v.getKey()), v.getValue().get(), hint));
                    ev.consume();
                    return;
                }
            }
            result = p;
        });
    }

    /** Asks for the policies; returns the change to confirm, or empty when cancelled or unchanged. */
    static Optional<Action.ChangePolicy> ask(Texts t, Policy current, DeskService service, Window owner) {
        SettingsDialog s = new SettingsDialog(t, current, owner);
        Optional<ButtonType> answer = s.dialog.showAndWait();
        if (answer.isPresent() && Dialogs.ok(answer.get()) && s.result != null && !s.result.equals(current)) {
            return Optional.of(new Action.ChangePolicy(service.now(), s.result));
        }
        return Optional.empty();
    }

    /** The dialog shown without waiting (for the screenshot). */
    static Dialog<ButtonType> showForScreenshot(Texts t, Policy current, Window owner) {
        SettingsDialog s = new SettingsDialog(t, current, owner);
        s.dialog.show();
        return s.dialog;
    }

    private Control control(String key, String value) {
        if (CHOICES.containsKey(key)) {
            ComboBox<String> box = new ComboBox<>();
            box.getItems().setAll(CHOICES.get(key));
            box.setValue(value);
            box.setCellFactory(l -> new Cell(key));
            box.setButtonCell(new Cell(key));
            values.put(key, box::getValue);
            return box;
        }
        if (value.equals("true") || value.equals("false")) {
            CheckBox check = new CheckBox();
            check.setSelected(Boolean.parseBoolean(value));
            values.put(key, () -> Boolean.toString(check.isSelected()));
            return check;
        }
        TextField field = new TextField(value);
        field.setPrefColumnCount(key.equals("window") ? 9 : 4);
        field.setMaxWidth(Control.USE_PREF_SIZE);
        values.put(key, field::getText);
        return field;
    }

    /** A value as the user reads it: a choice or yes/no in words, a number or a time span as it is. */
    private String words(String key, String value) {
        if (CHOICES.containsKey(key)) {
            return t.get("value." + value);
        }
        if (value.equals("true") || value.equals("false")) {
            return t.get("value." + value);
        }
        return value;
    }

    private final class Cell extends ListCell<String> {
        private final String key;

        Cell(String key) {
            this.key = key;
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : words(key, item));
        }
    }
}
