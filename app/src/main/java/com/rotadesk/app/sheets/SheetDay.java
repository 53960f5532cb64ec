package com.rotadesk.app.sheets;

import com.rotadesk.model.engine.OfficeEngine;

import java.time.LocalDate;

/** Checks shared by the sheet builders: the engine must be on a day. */
final class SheetDay {
    private SheetDay() {
    }

    /** The engine's current day; the caller replays the journal to the end of the day wanted. */
    static LocalDate of(OfficeEngine engine) {
        LocalDate date = engine.date();
        if (date == null) {
            throw new IllegalArgumentException("the engine has no day: replay the journal up to the end of the day first");
        }
        return date;
    }

    /** The office's name, or empty when it was never set up (scenarios). */
    static String office(OfficeEngine engine) {
        return engine.profile() == null ? "" : engine.profile().name();
    }
}
