package com.rotadesk.app.desk;

import com.rotadesk.model.Action;
import com.rotadesk.model.Policy;
import com.rotadesk.model.PolicyException;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Every policy of the office as a setting, with its one-line explanation and its default marked. */
final class SettingsDialog {
    private SettingsDialog() {
    }

    /** Asks for the policies; returns the change to confirm, or empty when cancelled or unchanged. */
    static Optional<Action.ChangePolicy> ask(Texts t, Policy current, DeskService service,
            javafx.stage.Window owner) {
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(t.get("settings.title"));
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        Map<String, TextField> fields = new LinkedHashMap<>();
        Map<String, String> defaults = Policy.defaults().asSettings();
        int row = 0;
        for (Map.Entry<String, String> e : current.asSettings().entrySet()) {
            TextField f = new TextField(e.getValue());
            f.setPrefColumnCount(12);
            Label explain = new Label(t.get("policy." + e.getKey()));
            Label def = new Label(t.get("settings.default", defaults.get(e.getKey())));
            def.setStyle("-fx-text-fill: #5b6b7b;");
            grid.addRow(row++, new Label(e.getKey()), f, def, explain);
            fields.put(e.getKey(), f);
        }
        Label error = new Label();
        error.setStyle("-fx-text-fill: #c0392b;");
        grid.add(error, 0, row, 4, 1);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setPrefViewportHeight(520);
        scroll.setPrefViewportWidth(1000);
        d.getDialogPane().setContent(scroll);
        ButtonType save = new ButtonType(t.get("settings.save"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        Dialogs.desk(d, t, owner);
        Policy[] result = {null};
        Button ok = (Button) d.getDialogPane().lookupButton(save);
        ok.addEventFilter(javafx.event.ActionEvent.ACTION, ev -> {
            try {
                Policy p = current;
                for (Map.Entry<String, TextField> f : fields.entrySet()) {
                    p = p.with(f.getKey(), f.getValue().getText());
                }
                result[0] = p;
            } catch (PolicyException ex) {
                error.setText(ex.getMessage());
                ev.consume();
            }
        });
        Optional<ButtonType> answer = d.showAndWait();
        if (answer.isPresent() && answer.get() == save && result[0] != null && !result[0].equals(current)) {
            return Optional.of(new Action.ChangePolicy(service.now(), result[0]));
        }
        return Optional.empty();
    }
}
