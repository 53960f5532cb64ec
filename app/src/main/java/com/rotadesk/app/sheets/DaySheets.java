package com.rotadesk.app.sheets;

import com.rotadesk.model.engine.OfficeEngine;

import java.time.LocalDate;

/**
 * The four sheets of one day, built together from one engine state.
 *
 * @param anchor where the journal's chain stood at the end of the day ({@code 290:4f3a9c1e77d02b6a}), printed on
 *               the rotation sheet and the visit register for the manager's signature; null for an engine that no
 *               journal backs (a scenario, a test)
 */
public record DaySheets(RotationSheet rotation, VisitRegister visits, CallRegister calls, DailySummary summary,
        String anchor) {

    /** Builds every sheet of the engine's current day (replay the journal to the end of that day first). */
    public static DaySheets of(OfficeEngine engine) {
        return of(engine, null);
    }

    /** Every sheet of the engine's day, with the journal's anchor at the end of that day. */
    public static DaySheets of(OfficeEngine engine, String anchor) {
        return new DaySheets(new RotationSheetBuilder().build(engine), new VisitRegisterBuilder().build(engine),
                new CallRegisterBuilder().build(engine), new DailySummaryBuilder().build(engine), anchor);
    }

    /** The day the sheets are for. */
    public LocalDate date() {
        return rotation.date();
    }
}
