package com.rotadesk.app.desk;

import com.rotadesk.model.ConsultantStatus;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;

import java.util.List;
import java.util.Optional;

/**
 * F8: the office's consultants with their status; the button says what Enter will do ("签到 丁伟"). Sign-in is
 * offered: the first consultant not signed in is preselected, and when everyone is signed in nobody is, so that an
 * Enter never signs anyone out unasked.
 */
final class SignInDialog {
    private SignInDialog() {
    }

    /** The consultant to sign in or out, or empty. */
    static Optional<String> ask(Texts t, BoardSnapshot s, Window owner) {
        List<String> roster = s.roster();
        Dialog<String> d = new Dialog<>();
        d.setTitle(t.get("signin.title"));
        ListView<String> list = new ListView<>();
        list.getItems().setAll(roster);
        list.getStyleClass().add("sign-in-list");
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(String name, boolean empty) {
                super.updateItem(name, empty);
                if (empty || name == null) {
                    setText(null);
                    return;
                }
                ConsultantStatus status = s.statusOf(name);
                int open = s.receptionsOf(name).size();
                setText(name + "   " + Texts.symbol(status) + " " + t.status(status)
                        + (open > 0 && status != ConsultantStatus.RECEIVING ? " · " + t.get("signin.stillReceiving") : ""));
            }
        });
        list.setPrefHeight(Math.min(12, roster.size()) * 36 + 12);
        list.setPrefWidth(420);
        String first = roster.stream().filter(n -> s.statusOf(n) == ConsultantStatus.SIGNED_OUT).findFirst()
                .orElse(null);
        d.setHeaderText(first != null ? t.get("signin.prompt.in") : t.get("signin.prompt.allIn"));
        d.getDialogPane().setContent(list);
        ButtonType act = new ButtonType(t.get("signin.choose"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(act, ButtonType.CANCEL);
        Dialogs.desk(d, t, owner);
        Button button = (Button) d.getDialogPane().lookupButton(act);
        list.getSelectionModel().selectedItemProperty().addListener((o, was, name) -> {
            button.setDisable(name == null);
            button.setText(name == null ? t.get("signin.choose") : t.get(
                    s.statusOf(name) == ConsultantStatus.SIGNED_OUT ? "signin.in" : "signin.out", name));
        });
        button.setDisable(true);
        if (first != null) {
            list.getSelectionModel().select(first);
        } else {
            // nothing chosen and nothing focused: the first ↓ chooses the first consultant
            list.getFocusModel().focus(-1);
        }
        // a filter, ahead of the list's own keys: Enter on a row that is only focused must not select it and act
        list.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                if (!button.isDisabled()) {
                    button.fire();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                // a list keeps Esc to itself otherwise
                Dialogs.cancel(d);
                e.consume();
            }
        });
        var shown = d.getOnShown();
        d.setOnShown(e -> {
            shown.handle(e);
            // after the dialog's own focus handling, which gives the focus to its default button
            javafx.application.Platform.runLater(list::requestFocus);
            if (first != null) {
                list.scrollTo(first);
            }
        });
        d.setResultConverter(b -> b == act ? list.getSelectionModel().getSelectedItem() : null);
        return d.showAndWait();
    }
}
