package com.rotadesk.app.sheets;

/** The four daily sheets, with the suffix of their file names ({@code 2026-11-23-rotation.pdf}). */
public enum SheetKind {
    ROTATION("rotation"),
    VISITS("visits"),
    CALLS("calls"),
    SUMMARY("summary");

    private final String suffix;

    SheetKind(String suffix) {
        this.suffix = suffix;
    }

    /** The file name suffix. */
    public String suffix() {
        return suffix;
    }
}
