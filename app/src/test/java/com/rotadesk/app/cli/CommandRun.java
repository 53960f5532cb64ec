package com.rotadesk.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The command line as a script runs it, for tests: the exit code, and what the last run wrote to out and err. */
final class CommandRun {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Commands commands;

    /** The command line on the machine's clock. */
    CommandRun() {
        commands = new Commands(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** The command line with its actions confirmed at the times {@code clock} says. */
    CommandRun(java.util.function.Supplier<java.time.LocalDateTime> clock) {
        commands = new Commands(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), clock);
    }

    int run(String... args) {
        out.reset();
        err.reset();
        return commands.run(args);
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
