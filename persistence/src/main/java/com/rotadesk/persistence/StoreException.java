package com.rotadesk.persistence;

/**
 * The store could not do what was asked; {@link #problem()} lets the desk say why in the user's language,
 * the message says it in English for logs and the command line.
 */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What went wrong, in terms a receptionist or manager can act on. */
    public enum Problem {
        /** Another RotaDesk has this data folder open. */
        LOCKED,
        /** The folder cannot be written (read-only, permissions). */
        READ_ONLY,
        /** The disk is full. */
        DISK_FULL,
        /** The database file is damaged or not a RotaDesk database. */
        CORRUPT,
        /** The journal's hash chain is broken (an entry was edited or removed). */
        TAMPERED,
        /** A backup file cannot be used. */
        BAD_BACKUP,
        /** The folder holds no RotaDesk office (a command that only reads was pointed at the wrong folder). */
        NO_OFFICE,
        /** A value is longer than the record keeps (a name over 64 characters): {@link #detail()} names it. */
        TOO_LONG,
        /** The database server cannot be reached (shared mode): nothing was saved; the desk carries on when it is back. */
        SERVER_AWAY,
        /** The database server refused the user name or password, or has no such database (shared mode). */
        SERVER_REFUSED,
        /** A board that only views the office was asked to change it. */
        VIEW_ONLY,
        /**
         * Another desk changed the board since the proposal was shown: nothing was saved, and the proposal is asked
         * again (shared mode).
         */
        STALE,
        /** Another desk holds the office for a long operation (an erasure, a rebuild): try again in a moment. */
        BUSY,
        /** The office on the server was upgraded by a newer RotaDesk than this one. */
        SCHEMA_AHEAD,
        /** The office on the server is at an older version and this board may not upgrade it (view only). */
        SCHEMA_BEHIND,
        /** Any other input/output failure. */
        IO
    }

    private final Problem problem;
    private final String detail;
    private final java.nio.file.Path newestBackup;

    /** Creates the exception. */
    public StoreException(Problem problem, String message, Throwable cause) {
        this(problem, message, cause, null, null);
    }

    /**
     * Creates the exception with what the user needs to act: the value that was too long, or the newest backup
     * of a folder whose database is damaged or missing.
     */
    public StoreException(Problem problem, String message, Throwable cause, String detail,
            java.nio.file.Path newestBackup) {
        super(message, cause);
        this.problem = problem;
        this.detail = detail;
        this.newestBackup = newestBackup;
    }

    /** Creates the exception without a cause. */
    public StoreException(Problem problem, String message) {
        this(problem, message, null);
    }

    /** What went wrong. */
    public Problem problem() {
        return problem;
    }

    /**
     * For {@link Problem#TOO_LONG}: which value and its limit, in English ("name, 64"); for a server's problems the
     * server and office as a person reads them (never a password); otherwise null.
     */
    public String detail() {
        return detail;
    }

    /** The newest backup to restore, when the database is damaged or missing and one exists. */
    public java.util.Optional<java.nio.file.Path> newestBackup() {
        return java.util.Optional.ofNullable(newestBackup);
    }
}
