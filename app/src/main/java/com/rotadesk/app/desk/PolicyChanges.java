package com.rotadesk.app.desk;

import com.rotadesk.app.sheets.Labels;
import com.rotadesk.model.Policy;
import com.rotadesk.model.PolicyException;
import com.rotadesk.model.PolicySetting;
import com.rotadesk.model.review.PolicyChange;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The policies a simulation may change, one row per setting from its descriptor: tick it, then choose the value
 * (only what the rules allow: a choice in words, yes or no, a number, a time span). Starts from today's values.
 */
final class PolicyChanges {
    private final Texts t;
    private final GridPane grid = new GridPane();
    private final Map<String, CheckBox> ticks = new LinkedHashMap<>();
    private final Map<String, PolicyControl> controls = new LinkedHashMap<>();

    PolicyChanges(Texts t, Policy today) {
        this.t = t;
        Labels words = new Labels(t.locale());
        grid.getStyleClass().add("whatif-policies");
        int row = 0;
        for (PolicySetting setting : PolicySetting.ALL) {
            CheckBox tick = new CheckBox(words.text("setting." + setting.key()));
            tick.getStyleClass().add("whatif-tick-" + setting.key());
            tick.setTooltip(new Tooltip(t.get("policy." + setting.key())));
            PolicyControl control = PolicyControl.of(t, setting, setting.valueOf(today));
            control.control().getStyleClass().add("whatif-value-" + setting.key());
            control.control().disableProperty().bind(tick.selectedProperty().not());
            ticks.put(setting.key(), tick);
            controls.put(setting.key(), control);
            grid.addRow(row++, tick, control.control());
        }
    }

    Node root() {
        return grid;
    }

    /**
     * The change ticked, or null with {@code problem} told why in words (nothing ticked, a number out of range).
     */
    PolicyChange change(Consumer<String> problem) {
        Map<String, String> changed = new LinkedHashMap<>();
        ticks.forEach((key, tick) -> {
            if (tick.isSelected()) {
                changed.put(key, controls.get(key).value().get());
            }
        });
        if (changed.isEmpty()) {
            problem.accept(t.get("whatif.nothingTicked"));
            return null;
        }
        for (Map.Entry<String, String> e : changed.entrySet()) {
            PolicySetting setting = PolicySetting.named(e.getKey());
            try {
                setting.check(e.getValue().strip());
            } catch (PolicyException ex) {
                String hint = setting.kind() == PolicySetting.Kind.TIME_SPAN ? t.get("settings.hint.window")
                        : ex.range().map(r -> t.get("settings.hint.range", r.min(), r.max()))
                                .orElse(t.get("settings.hint.number"));
                problem.accept(t.get("settings.invalid", t.get("policy." + e.getKey()), e.getValue(), hint));
                return null;
            }
        }
        return new PolicyChange(changed);
    }

    /** Ticks a setting and gives it a value (the screenshot's example). */
    void set(String key, String value) {
        ticks.get(key).setSelected(true);
        controls.get(key).set(value);
    }

    /** A label for the list. */
    Label caption() {
        Label l = new Label(t.get("whatif.policies"));
        l.getStyleClass().add("section-title");
        return l;
    }
}
