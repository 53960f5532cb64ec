package com.rotadesk.app.sheets;

import com.rotadesk.model.engine.OfficeEngine;

import java.time.LocalDate;

/** The four sheets of one day, built together from one engine state. */
public record DaySheets(RotationSheet rotation, VisitRegister visits, CallRegister calls, DailySummary summary) {

    /** Builds every sheet of the engine's current day (replay the journal to the end of that day first). */
    public static DaySheets of(OfficeEngine engine) {
        return new DaySheets(new RotationSheetBuilder().build(engine), new VisitRegisterBuilder().build(engine),
                new CallRegisterBuilder().build(engine), new DailySummaryBuilder().build(engine));
    }

    /** The day the sheets are for. */
    public LocalDate date() {
        return rotation.date();
    }
}
