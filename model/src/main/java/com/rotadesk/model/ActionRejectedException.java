package com.rotadesk.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** The engine refused an action (unknown visit, a rejection of someone never proposed...); nothing changed. */
public final class ActionRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Refusal refusal;
    private final transient List<Object> details;

    /** Creates the exception for a refusal and the details its sentence names (names, visit refs, times). */
    public ActionRejectedException(Refusal refusal, Object... details) {
        super(refusal.english(details));
        this.refusal = refusal;
        this.details = Collections.unmodifiableList(Arrays.asList(details.clone()));
    }

    /** Why the action was refused. */
    public Refusal refusal() {
        return refusal;
    }

    /** The details the refusal names, in the order of its sentence's placeholders. */
    public List<Object> details() {
        return details;
    }
}
