package com.rotadesk.app.sheets;

/**
 * The documents the office prints: the four daily sheets, with the suffix of their file names
 * ({@code 2026-11-23-rotation.pdf}); the reports of a date range (month in review, policy simulation); and a
 * client's dispute record (R30). Only the first four are daily sheets ({@link #DAILY}).
 */
public enum SheetKind {
    ROTATION("rotation"),
    VISITS("visits"),
    CALLS("calls"),
    SUMMARY("summary"),
    REVIEW("review"),
    SIMULATION("simulation"),
    TIMELINE("timeline");

    /** The four sheets of a day, in print order. */
    public static final java.util.List<SheetKind> DAILY = java.util.List.of(ROTATION, VISITS, CALLS, SUMMARY);

    private final String suffix;

    SheetKind(String suffix) {
        this.suffix = suffix;
    }

    /** The file name suffix. */
    public String suffix() {
        return suffix;
    }
}
