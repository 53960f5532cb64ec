package com.rotadesk.app.desk;

import javafx.application.Platform;
import javafx.scene.control.TextFormatter;

import java.util.function.Consumer;

/**
 * The desk's rule for a phone field (check-in, correction): only ASCII digits go in; anything else is refused where
 * it was typed, and the dialog is told what was refused so that it can say so.
 */
final class DigitsOnly {
    private DigitsOnly() {
    }

    /**
     * A formatter for a phone field. {@code refused} hears, at every change, what was left out (null when nothing
     * was, the word for "spaces" when only blanks were); {@code unchanged} runs when nothing of a change was kept, so
     * the text does not change and the dialog must say so itself.
     */
    static TextFormatter<String> formatter(Texts t, Consumer<String> refused, Runnable unchanged) {
        return new TextFormatter<>(change -> {
            String added = change.getText();
            if (added.isEmpty() || added.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                refused.accept(null);
                return change;
            }
            StringBuilder digits = new StringBuilder();
            StringBuilder dropped = new StringBuilder();
            for (char ch : added.toCharArray()) {
                (ch >= '0' && ch <= '9' ? digits : dropped).append(ch);
            }
            refused.accept(dropped.toString().isBlank() ? t.get("checkin.spaces") : dropped.toString().strip());
            int caret = change.getRangeStart() + digits.length();
            change.setText(digits.toString());
            change.setCaretPosition(caret);
            change.setAnchor(caret);
            if (digits.isEmpty()) {
                Platform.runLater(unchanged);
            }
            return change;
        });
    }
}
