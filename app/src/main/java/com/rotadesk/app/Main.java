package com.rotadesk.app;

import com.rotadesk.app.cli.Commands;
import com.rotadesk.app.desk.DeskLauncher;

/**
 * The jar's entry point (not a JavaFX Application, so the jar also runs from a plain classpath and from
 * jpackage): command-line commands run headless, anything else opens the desk.
 */
public final class Main {
    private Main() {
    }

    /** {@code COMMAND ...} for scripts, otherwise the desk with its options. */
    public static void main(String[] args) {
        if (args.length > 0 && Commands.NAMES.contains(args[0])) {
            System.exit(new Commands(System.out, System.err).run(args));
        }
        DeskLauncher.launch(args);
    }
}
