package com.rotadesk.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The command line as a test runs it: one command at a time, what it printed on each stream kept. */
public final class CommandLine {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Commands commands = new Commands(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    /** Runs one command line; returns its exit code. */
    public int run(String... args) {
        out.reset();
        err.reset();
        return commands.run(args);
    }

    /** What the last command printed as its result. */
    public String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** What the last command printed as its reason. */
    public String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
