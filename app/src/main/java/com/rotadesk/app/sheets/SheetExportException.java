package com.rotadesk.app.sheets;

/** An export that could not be completed; the message says which file and why, for the desk to show. */
public final class SheetExportException extends Exception {
    /** With the cause. */
    public SheetExportException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Without a cause. */
    public SheetExportException(String message) {
        super(message);
    }
}
