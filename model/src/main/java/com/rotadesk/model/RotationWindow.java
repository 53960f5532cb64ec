package com.rotadesk.model;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/** The hours in which turns count (R5): the start is inside, the end is outside. */
public record RotationWindow(LocalTime start, LocalTime end) {

    /** Validates that the window is not empty. */
    public RotationWindow {
        if (!start.isBefore(end)) {
            throw new PolicyException("Policy window: start " + start + " must be before end " + end);
        }
    }

    /** True when the time counts for the rotation. */
    public boolean contains(LocalTime time) {
        return !time.isBefore(start) && time.isBefore(end);
    }

    /** Parses {@code HH:MM-HH:MM}. */
    public static RotationWindow parse(String text) {
        String[] parts = text.split("-");
        if (parts.length != 2) {
            throw new PolicyException("Policy window: '" + text + "' is not HH:MM-HH:MM");
        }
        try {
            return new RotationWindow(LocalTime.parse(parts[0].trim()), LocalTime.parse(parts[1].trim()));
        } catch (DateTimeParseException e) {
            throw new PolicyException("Policy window: '" + text + "' is not HH:MM-HH:MM");
        }
    }

    /** The {@code HH:MM-HH:MM} form. */
    public String code() {
        return start + "-" + end;
    }
}
