package com.rotadesk.app.desk;

import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;

import java.util.List;

/**
 * Every dialog of the desk in the desk's theme and language: the stylesheet names the bundled CJK font (without it
 * a PC with no Chinese font shows boxes), and OK/Cancel follow the desk's language rather than the OS's.
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
        List<ButtonType> worded = pane.getButtonTypes().stream().map(b -> word(b, t)).toList();
        pane.getButtonTypes().setAll(worded);
        return dialog;
    }

    /** True when the answer is the dialog's OK (whatever its words). */
    static boolean ok(ButtonType answer) {
        return answer != null && answer.getButtonData() == ButtonData.OK_DONE;
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
