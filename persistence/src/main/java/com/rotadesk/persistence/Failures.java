package com.rotadesk.persistence;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.ReadOnlyFileSystemException;
import java.sql.SQLException;
import java.util.Locale;

/** Classifies low-level failures into the problems a user can act on. */
final class Failures {
    private Failures() {
    }

    static StoreException of(Throwable e, String what) {
        if (e instanceof StoreException s) {
            return s;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("no space left") || m.contains("disk full") || m.contains("not enough space")) {
                return new StoreException(StoreException.Problem.DISK_FULL, what + ": the disk is full", e);
            }
            if (t instanceof AccessDeniedException || t instanceof ReadOnlyFileSystemException
                    || m.contains("read-only") || m.contains("read only") || m.contains("permission denied")
                    || m.contains("access denied")) {
                return new StoreException(StoreException.Problem.READ_ONLY, what + ": the folder cannot be written", e);
            }
            if (t instanceof SQLException sql && (sql.getErrorCode() == 90030 || sql.getErrorCode() == 90048
                    || sql.getErrorCode() == 90098 || m.contains("file corrupted") || m.contains("not a valid"))) {
                return new StoreException(StoreException.Problem.CORRUPT,
                        what + ": the database file is damaged or is not a RotaDesk database", e);
            }
            if (t instanceof SQLException sql && sql.getErrorCode() == 90020) {
                return new StoreException(StoreException.Problem.LOCKED, what + ": the database is in use", e);
            }
        }
        if (e instanceof IOException || e instanceof FileSystemException) {
            return new StoreException(StoreException.Problem.IO, what + ": " + e.getMessage(), e);
        }
        return new StoreException(StoreException.Problem.IO, what + ": " + e, e);
    }
}
