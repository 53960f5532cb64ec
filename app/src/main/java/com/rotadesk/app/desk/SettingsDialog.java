package com.rotadesk.app.desk;

import com.rotadesk.model.Action;
import com.rotadesk.model.Policy;
import com.rotadesk.model.PolicyException;
import com.rotadesk.model.PolicySetting;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Every policy of the office as a setting: its one-line explanation, a control that offers only what the rules
 * allow (a choice in words, a yes/no, a number), and its default marked.
 */
final class SettingsDialog {
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
        int row = 0;
        for (PolicySetting setting : PolicySetting.ALL) {
            Label explain = new Label(t.get("policy." + setting.key()));
            explain.setWrapText(true);
            explain.setMaxWidth(560);
            Label def = new Label(t.get("settings.default", words(setting, setting.defaultValue())));
            def.getStyleClass().add("setting-default");
            grid.addRow(row++, explain, control(setting, setting.valueOf(current)), def);
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
                    String hint = PolicySetting.named(v.getKey()).kind() == PolicySetting.Kind.TIME_SPAN
                            ? t.get("settings.hint.window")
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

    /** A control that offers only what the setting takes: a choice in words, a yes/no, a number or a time span. */
    private Control control(PolicySetting setting, String value) {
        PolicyControl c = PolicyControl.of(t, setting, value);
        values.put(setting.key(), c.value());
        return c.control();
    }

    /** A value as the user reads it: a choice or yes/no in words, a number or a time span as it is. */
    private String words(PolicySetting setting, String value) {
        return PolicyControl.words(t, setting, value);
    }
}
