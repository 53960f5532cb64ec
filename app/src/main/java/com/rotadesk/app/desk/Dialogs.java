package com.rotadesk.app.desk;

import javafx.geometry.Rectangle2D;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Window;

import java.util.List;
import java.util.Optional;

/**
 * Every dialog of the desk in the desk's theme and language: the stylesheet names the bundled CJK font (without it
 * a PC with no Chinese font shows boxes), OK/Cancel follow the desk's language rather than the OS's, and no dialog
 * opens or grows past the edge of the screen.
 */
final class Dialogs {
    private Dialogs() {
    }

    /** Styles the dialog, owns it by the window (centred on it, focus back to it) and words its buttons. */
    static <D extends Dialog<?>> D desk(D dialog, Texts t, Window owner) {
        if (owner != null && dialog.getOwner() == null && !dialog.isShowing()) {
            dialog.initOwner(owner);
        }
        DialogPane pane = dialog.getDialogPane();
        pane.getStylesheets().add(Theme.stylesheet());
        // a long sentence wraps and the dialog grows to hold it, instead of being cut off with "…" (an Alert's own
        // label is measured before it wraps, so the text goes into a label of a fixed width that is)
        pane.setMinHeight(Region.USE_PREF_SIZE);
        if (dialog instanceof javafx.scene.control.Alert a && a.getContentText() != null
                && !a.getContentText().isEmpty() && pane.getContent() == null) {
            javafx.scene.control.Label text = new javafx.scene.control.Label(a.getContentText());
            text.setWrapText(true);
            text.setPrefWidth(520);
            text.setMinHeight(Region.USE_PREF_SIZE);
            text.getStyleClass().add("alert-text");
            pane.setContent(text);
        }
        List<ButtonType> worded = pane.getButtonTypes().stream().map(b -> word(b, t)).toList();
        pane.getButtonTypes().setAll(worded);
        dialog.setOnShown(e -> keepOnScreen(pane.getScene().getWindow()));
        return dialog;
    }

    /**
     * The scene of a dialog window of the desk's own (check-in, correction): the desk's theme, and Esc closes the
     * window from any field (a phone field's formatter would otherwise keep the key for itself).
     */
    static javafx.scene.Scene scene(javafx.scene.Parent root, javafx.stage.Stage stage) {
        javafx.scene.Scene scene = new javafx.scene.Scene(root);
        scene.getStylesheets().add(Theme.stylesheet());
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                stage.close();
            }
        });
        return scene;
    }

    /** True when the answer is the dialog's OK (whatever its words). */
    static boolean ok(ButtonType answer) {
        return answer != null && answer.getButtonData() == ButtonData.OK_DONE;
    }

    /** Makes Cancel the button Enter presses and the one with the focus: a stray Enter changes nothing. */
    static void cancelByDefault(Dialog<?> dialog) {
        DialogPane pane = dialog.getDialogPane();
        Button cancel = null;
        for (ButtonType b : pane.getButtonTypes()) {
            Button button = (Button) pane.lookupButton(b);
            boolean isCancel = b.getButtonData() == ButtonData.CANCEL_CLOSE;
            button.setDefaultButton(isCancel);
            if (isCancel) {
                cancel = button;
            }
        }
        Button focus = cancel;
        if (focus != null) {
            var shown = dialog.getOnShown();
            dialog.setOnShown(e -> {
                if (shown != null) {
                    shown.handle(e);
                }
                focus.requestFocus();
            });
        }
    }

    /**
     * Asks the receptionist to pick one of a few lines (↑ ↓, Enter); the answer is the line's index, empty when
     * cancelled.
     */
    static Optional<Integer> choose(Texts t, String title, String question, List<String> lines, int preselected,
            Window owner) {
        Dialog<Integer> d = new Dialog<>();
        d.setTitle(title);
        d.setHeaderText(question);
        ListView<String> list = new ListView<>();
        list.getItems().setAll(lines);
        list.getStyleClass().add("choices");
        // rows of the bundled CJK font are about 31 px: no scroll bar for the few lines this is asked with
        list.setPrefHeight(Math.min(8, lines.size()) * 36 + 12);
        list.setPrefWidth(460);
        list.getSelectionModel().select(preselected);
        d.getDialogPane().setContent(list);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        desk(d, t, owner);
        ButtonType ok = d.getDialogPane().getButtonTypes().getFirst();
        d.setResultConverter(b -> b == ok && !list.getSelectionModel().isEmpty()
                ? list.getSelectionModel().getSelectedIndex() : null);
        // Enter in the list confirms the line chosen (a list keeps Enter to itself otherwise)
        list.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                ((Button) d.getDialogPane().lookupButton(ok)).fire();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                cancel(d);
                e.consume();
            }
        });
        var shown = d.getOnShown();
        d.setOnShown(e -> {
            shown.handle(e);
            // after the dialog's own focus handling, which gives the focus to its default button
            javafx.application.Platform.runLater(list::requestFocus);
        });
        return d.showAndWait();
    }

    /** Presses the dialog's Cancel (Esc in a list, which would otherwise keep the key to itself). */
    static void cancel(Dialog<?> d) {
        for (ButtonType b : d.getDialogPane().getButtonTypes()) {
            if (b.getButtonData() == ButtonData.CANCEL_CLOSE) {
                ((Button) d.getDialogPane().lookupButton(b)).fire();
                return;
            }
        }
    }

    /**
     * Keeps a window inside the visible part of its screen: once it is laid out, in the middle of its owner; then,
     * whenever it grows, its bottom edge is kept on the screen (a dialog that grows
     * with a list of matches must not run off the bottom of a 1366×768 screen). Nothing is moved while the window
     * is still being sized, so a passing size never leaves it in a corner.
     */
    static void keepOnScreen(Window w) {
        if (w == null || w.getProperties().putIfAbsent("rotadesk.onScreen", Boolean.TRUE) != null) {
            return;
        }
        boolean[] placed = {false};
        Runnable clamp = () -> {
            if (!w.isShowing() || Double.isNaN(w.getX()) || Double.isNaN(w.getWidth())) {
                return;
            }
            Rectangle2D area = screenOf(w);
            Window owner = w instanceof javafx.stage.Stage s ? s.getOwner() : null;
            boolean centred = owner != null && owner.isShowing();
            double x = centred ? owner.getX() + (owner.getWidth() - w.getWidth()) / 2 : w.getX();
            // the first time in the middle of the desk (the platform placed it while it was still being sized);
            // later the top stays where it is and only a bottom that grew past the screen moves it up
            double y = centred && !placed[0] ? owner.getY() + (owner.getHeight() - w.getHeight()) / 2 : w.getY();
            placed[0] = true;
            x = Math.max(area.getMinX(), Math.min(x, area.getMaxX() - w.getWidth()));
            y = Math.max(area.getMinY(), Math.min(y, area.getMaxY() - w.getHeight()));
            if (x != w.getX()) {
                w.setX(x);
            }
            if (y != w.getY()) {
                w.setY(y);
            }
        };
        // after the layout pass that gives the window its real size
        javafx.application.Platform.runLater(() -> {
            clamp.run();
            w.widthProperty().addListener((o, a, b) -> javafx.application.Platform.runLater(clamp));
            w.heightProperty().addListener((o, a, b) -> javafx.application.Platform.runLater(clamp));
        });
    }

    /** The visual bounds of the screen showing most of the window (its owner's, for a dialog just opened). */
    static Rectangle2D screenOf(Window w) {
        List<Screen> screens = Screen.getScreensForRectangle(w.getX(), w.getY(), Math.max(1, w.getWidth()),
                Math.max(1, w.getHeight()));
        return (screens.isEmpty() ? Screen.getPrimary() : screens.getFirst()).getVisualBounds();
    }

    private static ButtonType word(ButtonType b, Texts t) {
        if (b == ButtonType.OK) {
            return new ButtonType(t.get("button.ok"), ButtonData.OK_DONE);
        }
        if (b == ButtonType.CANCEL) {
            return new ButtonType(t.get("button.cancel"), ButtonData.CANCEL_CLOSE);
        }
        return b;
    }
}
