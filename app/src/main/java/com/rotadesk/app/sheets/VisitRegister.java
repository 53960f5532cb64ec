package com.rotadesk.app.sheets;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The day's visit register (来访登记表): walk-in visits in arrival order. */
public record VisitRegister(LocalDate date, String office, List<RegisterLine> lines) {
    /** Copies the lines. */
    public VisitRegister {
        Objects.requireNonNull(date, "date");
        office = Objects.requireNonNullElse(office, "");
        lines = List.copyOf(lines);
    }
}
