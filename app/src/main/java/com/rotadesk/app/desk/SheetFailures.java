package com.rotadesk.app.desk;

import com.rotadesk.app.sheets.SheetExportException;
import com.rotadesk.model.ActionRejectedException;
import com.rotadesk.persistence.StoreException;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A failure of the sheets (preview, print, export) in the user's language: a full disk, a folder that cannot be
 * written, the store's own problems; anything else is a localised sentence, with the exporter's reason in the log.
 */
final class SheetFailures {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SheetFailures.class);
    private SheetFailures() {
    }

    /** The sentence to show; {@code exportFolder} is null when nothing was being written (the preview). */
    static String describe(Texts t, Throwable error, Path dataFolder, Path exportFolder) {
        for (Throwable x = error; x != null; x = x.getCause()) {
            if (x instanceof StoreException || x instanceof ActionRejectedException) {
                return Feedback.describe(t, x, dataFolder);
            }
            if (exportFolder == null) {
                continue;
            }
            if (x instanceof AccessDeniedException) {
                return t.get("export.notWritable", exportFolder);
            }
            if (x instanceof IOException && diskFull(x.getMessage())) {
                return t.get("export.diskFull", exportFolder);
            }
        }
        for (Throwable x = error; x != null; x = x.getCause()) {
            if (x instanceof SheetExportException s) {
                // the exporter's reason is English and technical: the log keeps it, the user reads their language
                LOG.warn("sheets failed", error);
                return t.get(exportFolder == null ? "sheets.failed" : "export.failed");
            }
        }
        return Feedback.describe(t, error, dataFolder);
    }

    private static boolean diskFull(String message) {
        String m = message == null ? "" : message.toLowerCase(Locale.ROOT);
        // Linux/macOS say ENOSPC's words, Windows says "There is not enough space on the disk"
        return m.contains("no space left") || m.contains("not enough space") || m.contains("disk full");
    }
}
