package com.rotadesk.model.review;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A spell of surge (R22).
 *
 * @param to      when it was switched off, or null when the day ended with it on
 * @param walkIns walk-in visitors who arrived during it
 */
public record SurgePeriod(LocalDate date, LocalTime from, LocalTime to, int walkIns) {
}
