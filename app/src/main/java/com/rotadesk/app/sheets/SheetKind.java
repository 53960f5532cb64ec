package com.rotadesk.app.sheets;

/**
 * The four daily sheets, with the suffix of their file names ({@code 2026-11-23-rotation.pdf}), and a client's
 * dispute record (R30), which is not a daily sheet ({@link #DAILY}).
 */
public enum SheetKind {
    ROTATION("rotation"),
    VISITS("visits"),
    CALLS("calls"),
    SUMMARY("summary"),
    TIMELINE("timeline");

    /** The sheets of a day, in the order they print. */
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
