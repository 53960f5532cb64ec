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
        /** Any other input/output failure. */
        IO
    }

    private final Problem problem;

    /** Creates the exception. */
    public StoreException(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    /** Creates the exception without a cause. */
    public StoreException(Problem problem, String message) {
        this(problem, message, null);
    }

    /** What went wrong. */
    public Problem problem() {
        return problem;
    }
}
