package com.rotadesk.app.sheets;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The day's call register (来电登记表): phone-channel visits in the order the calls came in (R21). */
public record CallRegister(LocalDate date, String office, List<RegisterLine> lines) {
    /** Copies the lines. */
    public CallRegister {
        Objects.requireNonNull(date, "date");
        office = Objects.requireNonNullElse(office, "");
        lines = List.copyOf(lines);
    }
}
