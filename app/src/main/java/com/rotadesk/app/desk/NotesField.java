package com.rotadesk.app.desk;

import com.rotadesk.model.Registration;
import javafx.scene.control.TextFormatter;

import java.util.function.Consumer;

/**
 * The rule for a visit's note (备注) at the desk: one line, at most {@link Registration#MAX_NOTES} characters (what
 * the register prints in full); a line break becomes a space and what goes past the limit is not taken.
 */
final class NotesField {
    private NotesField() {
    }

    /** A formatter for a notes field; {@code cut} hears at every change whether something was left out. */
    static TextFormatter<String> formatter(Consumer<Boolean> cut) {
        return new TextFormatter<>(change -> {
            if (change.getText().indexOf('\n') >= 0 || change.getText().indexOf('\r') >= 0) {
                change.setText(change.getText().replaceAll("[\\r\\n]+", " "));
            }
            String after = change.getControlNewText();
            int over = after.length() - Registration.MAX_NOTES;
            if (over > 0 && change.isContentChange()) {
                String added = change.getText();
                int keep = Math.max(0, added.length() - over);
                change.setText(added.substring(0, keep));
                change.setCaretPosition(change.getRangeStart() + keep);
                change.setAnchor(change.getRangeStart() + keep);
                cut.accept(true);
            } else {
                cut.accept(false);
            }
            return change;
        });
    }
}
