package com.rotadesk.persistence;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.FileSystemException;
import java.nio.file.ReadOnlyFileSystemException;
import java.sql.SQLException;
import java.util.Locale;

/** Classifies low-level failures into the problems a user can act on. */
final class Failures {
    private Failures() {
    }

    /** Disk space below this and a failed write is taken for a full disk, whatever H2's message says. */
    private static final long NEARLY_FULL = 1L << 20;

    /**
     * Like {@link #of(Throwable, String)}, but a failure on a folder whose disk is (nearly) full is a full disk: H2
     * reports a write that failed in its background writer only as "the database has been closed".
     */
    static StoreException of(Throwable e, String what, Path folder) {
        StoreException classified = of(e, what);
        if (classified.problem() == StoreException.Problem.DISK_FULL || classified.problem() == StoreException.Problem.LOCKED) {
            return classified;
        }
        try {
            if (Files.getFileStore(folder).getUsableSpace() < NEARLY_FULL) {
                return new StoreException(StoreException.Problem.DISK_FULL, what + ": the disk is full", e);
            }
        } catch (IOException | RuntimeException unknown) {
            // the space cannot be read: keep what the failure itself said
        }
        return classified;
    }

    /**
     * A failure talking to a PostgreSQL server, by its SQL state: the server away (connection refused, lost, shut
     * down), a refused login or missing database, a write refused to a read-only role, a lock that was not granted
     * in time. Anything else is classified as {@link #of(Throwable, String)} does (a value too long, …).
     */
    static StoreException ofServer(Throwable e, String what, ServerOffice office) {
        if (e instanceof StoreException s) {
            return s;
        }
        String where = office.describe();
        for (Throwable t = e; t != null; t = t.getCause()) {
            String state = t instanceof SQLException sql ? sql.getSQLState() : null;
            if (t instanceof java.net.ConnectException || t instanceof java.net.SocketException
                    || t instanceof java.net.SocketTimeoutException || t instanceof java.net.UnknownHostException
                    || state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                    || state.equals("57P03"))) {
                return new StoreException(StoreException.Problem.SERVER_AWAY, what + ": the server " + where
                        + " cannot be reached", e, where, null);
            }
            if (state != null && (state.startsWith("28") || state.equals("3D000"))) {
                return new StoreException(StoreException.Problem.SERVER_REFUSED, what + ": the server " + where
                        + " refused: " + t.getMessage(), e, where, null);
            }
            if (state != null && (state.equals("25006") || state.equals("42501"))) {
                return new StoreException(StoreException.Problem.VIEW_ONLY, what + ": this board may only view the office"
                        + " (" + where + ")", e, where, null);
            }
            if (state != null && state.equals("55P03")) {
                return new StoreException(StoreException.Problem.BUSY, what + ": another desk holds the office for a"
                        + " long operation; try again in a moment", e, where, null);
            }
            if (state != null && state.equals("22001")) {
                // "value too long for type character varying(64)": the column is not named; the limits were checked
                // before anything was written, so this is a value the limits do not know
                return Limits.tooLong("value", 64);
            }
        }
        StoreException other = of(e, what);
        return other.problem() == StoreException.Problem.IO ? new StoreException(StoreException.Problem.IO,
                what + " (" + where + "): " + e.getMessage(), e, where, null) : other;
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
            // 90098 "the database has been closed" is left out: H2 also says it after a failed write to a full disk
            if (t instanceof SQLException sql && (sql.getErrorCode() == 90030 || sql.getErrorCode() == 90048
                    || m.contains("file corrupted") || m.contains("not a valid"))) {
                return new StoreException(StoreException.Problem.CORRUPT,
                        what + ": the database file is damaged or is not a RotaDesk database", e);
            }
            if (t instanceof SQLException sql && sql.getErrorCode() == 22001) {
                // "Value too long for column "CONSULTANT CHARACTER VARYING(64)": …": name the column and its limit
                var column = java.util.regex.Pattern.compile("column \"(\\w+)[^(]*\\((\\d+)\\)").matcher(sql.getMessage());
                return column.find() ? Limits.tooLong(column.group(1).toLowerCase(Locale.ROOT),
                        Integer.parseInt(column.group(2)))
                        : Limits.tooLong("value", 64);
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
