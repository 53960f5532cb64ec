package com.rotadesk.app.clients;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

/** A register file that cannot be read or written, with the reason as a code the desk puts in the user's words. */
public final class RegisterFileException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Problem {
        NOT_FOUND("cannot read {0}: there is no such file"),
        UNREADABLE("cannot read {0}: {1}"),
        OLD_EXCEL("{0} is an old Excel file (.xls): open it in Excel or WPS and save it as .xlsx or CSV"),
        NOT_A_REGISTER("{0} is neither an .xlsx workbook nor a CSV text file"),
        EMPTY("{0} holds no rows"),
        UNKNOWN_FORMAT("{0}: the register is written as .xlsx or .csv"),
        CANNOT_WRITE("cannot write {0}: {1}");

        private final String english;

        Problem(String english) {
            this.english = english;
        }

        /** The key of the problem's sentence in the clients bundle. */
        public String key() {
            return "file." + name();
        }
    }

    private final Problem problem;
    private final List<Object> details;

    RegisterFileException(Problem problem, Throwable cause, Object... details) {
        super(new MessageFormat(problem.english, Locale.ROOT).format(details), cause);
        this.problem = problem;
        this.details = java.util.Collections.unmodifiableList(java.util.Arrays.asList(details.clone()));
    }

    /** The reason's code. */
    public Problem problem() {
        return problem;
    }

    /** The file and what went wrong, as the sentence's arguments. */
    public List<Object> details() {
        return details;
    }
}
