package com.rotadesk.model;

/** The engine refused an action (unknown visit, a rejection of someone never proposed...); nothing changed. */
public final class ActionRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception; the message says what was wrong in the desk's terms. */
    public ActionRejectedException(String message) {
        super(message);
    }
}
