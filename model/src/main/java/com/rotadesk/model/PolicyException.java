package com.rotadesk.model;

/** A policy setting that does not exist or has a value outside its range; the message names the policy. */
public final class PolicyException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message naming the policy and the values it accepts. */
    public PolicyException(String message) {
        super(message);
    }
}
