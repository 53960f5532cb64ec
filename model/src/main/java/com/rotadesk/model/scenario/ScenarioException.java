package com.rotadesk.model.scenario;

/** A scenario line that cannot be read, or an expectation that did not hold: names the file and line. */
public final class ScenarioException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;

    /** Creates the failure for a line of a source. */
    public ScenarioException(String source, int line, String message) {
        super(source + ":" + line + ": " + message);
        this.source = source;
        this.line = line;
    }

    /** The file (or other source) the line came from. */
    public String source() {
        return source;
    }

    /** The 1-based line number. */
    public int line() {
        return line;
    }
}
