package com.rotadesk.model;

import java.util.Optional;

/** A policy setting that does not exist or has a value outside its range; the message names the policy. */
public final class PolicyException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The whole numbers a number policy accepts, so the desk can say them in the user's words. */
    public record Range(int min, int max) {
    }

    private final transient Range range;

    /** Creates the exception with a message naming the policy and the values it accepts. */
    public PolicyException(String message) {
        this(message, null);
    }

    /** A number policy's value that is not a whole number within {@code range}. */
    public PolicyException(String message, Range range) {
        super(message);
        this.range = range;
    }

    /** The accepted numbers, for a number policy. */
    public Optional<Range> range() {
        return Optional.ofNullable(range);
    }
}
