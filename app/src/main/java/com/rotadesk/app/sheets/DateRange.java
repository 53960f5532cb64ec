package com.rotadesk.app.sheets;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The days from {@code from} to {@code to}, both included.
 *
 * @param from the first day
 * @param to   the last day, not before {@code from}
 */
public record DateRange(LocalDate from, LocalDate to) {
    /** Checks the order. */
    public DateRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException(to + " is before " + from);
        }
    }

    /** Every day of the range, in order. */
    public List<LocalDate> days() {
        return from.datesUntil(to.plusDays(1)).toList();
    }

    /** How many days the range has. */
    public int length() {
        return Math.toIntExact(to.toEpochDay() - from.toEpochDay() + 1);
    }
}
