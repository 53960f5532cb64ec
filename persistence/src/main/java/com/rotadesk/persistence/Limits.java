package com.rotadesk.persistence;

/**
 * What the record keeps, checked before anything is written, so a value too long is one line in the user's words
 * (which value, how long it may be) instead of a database error after the engine took the action in.
 */
final class Limits {
    /** A visitor's name (person.name). */
    static final int NAME = 64;
    /** A phone as typed, normalised (person.phone). */
    static final int PHONE = 32;
    /** An action's journal text (journal.payload): consultants, groups, references and notes. */
    static final int PAYLOAD = 8000;
    /** One row of an imported register (journal_row.payload). */
    static final int ROW = 2000;

    private Limits() {
    }

    static void check(ActionCodec.Encoded encoded) {
        if (encoded.personal() != null) {
            require("name", encoded.personal().name(), NAME);
            require("phone", encoded.personal().phone(), PHONE);
        }
        require("text", encoded.payload(), PAYLOAD);
        if (encoded.rows() != null) {
            for (ActionCodec.Row r : encoded.rows()) {
                if (r.personal() != null) {
                    require("name", r.personal().name(), NAME);
                    require("phone", r.personal().phone(), PHONE);
                }
                require("text", r.payload(), ROW);
            }
        }
    }

    private static void require(String what, String value, int max) {
        if (value != null && value.length() > max) {
            throw tooLong(what, max);
        }
    }

    static StoreException tooLong(String what, int max) {
        return new StoreException(StoreException.Problem.TOO_LONG, "the " + what + " is longer than " + max
                + " characters", null, what + ", " + max, null);
    }
}
