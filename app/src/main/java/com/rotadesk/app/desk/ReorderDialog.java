package com.rotadesk.app.desk;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.List;
import java.util.Optional;

/**
 * R23: the manager's new order of a list. The names are moved, never typed (Alt+↑ / Alt+↓ or the buttons), so
 * the list always has the same people; the reason is required, as it is printed on the rotation sheet.
 */
final class ReorderDialog {
    /** The new order and why. */
    record Answer(List<String> order, String reason) {
    }

    private ReorderDialog() {
    }

    /** Asks for a new order of {@code names}; empty when cancelled or unchanged. */
    static Optional<Answer> ask(Texts t, List<String> names, Window owner) {
        ObservableList<String> order = FXCollections.observableArrayList(names);
        ListView<String> list = new ListView<>(order);
        list.setPrefHeight(Math.min(12, names.size()) * 32 + 8);
        list.getSelectionModel().selectFirst();
        Button up = new Button(t.get("reorder.up"));
        Button down = new Button(t.get("reorder.down"));
        up.setOnAction(e -> move(list, -1));
        down.setOnAction(e -> move(list, 1));
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                move(list, e.getCode() == KeyCode.UP ? -1 : 1);
                e.consume();
            }
        });
        TextField reason = new TextField();
        reason.setPromptText(t.get("action.reason"));
        VBox content = new VBox(10, new Label(t.get("reorder.help")), new HBox(10, list, new VBox(8, up, down)),
                new Label(t.get("action.reason")), reason);

        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(t.get("action.reorder"));
        d.getDialogPane().setContent(content);
        ButtonType ok = new ButtonType(t.get("button.ok"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        Dialogs.desk(d, t, owner);
        d.getDialogPane().lookupButton(ok).disableProperty().bind(reason.textProperty().isEmpty());
        d.setOnShown(e -> list.requestFocus());
        return d.showAndWait().filter(Dialogs::ok)
                .filter(b -> !order.equals(names) && !reason.getText().isBlank())
                .map(b -> new Answer(List.copyOf(order), reason.getText().strip()));
    }

    private static void move(ListView<String> list, int by) {
        int i = list.getSelectionModel().getSelectedIndex();
        int j = i + by;
        if (i < 0 || j < 0 || j >= list.getItems().size()) {
            return;
        }
        String name = list.getItems().remove(i);
        list.getItems().add(j, name);
        list.getSelectionModel().select(j);
        list.scrollTo(j);
    }
}
