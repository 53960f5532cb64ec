package com.rotadesk.app;

import com.rotadesk.app.cli.Commands;
import com.rotadesk.app.desk.DeskLauncher;

/**
 * The jar's entry point (not a JavaFX Application, so the jar also runs from a plain classpath and from
 * jpackage): a first argument that is not an option is a command (an unknown one is refused with the usage
 * lines), anything else opens the desk.
 */
public final class Main {
    private Main() {
    }

    /** {@code COMMAND ...} for scripts, otherwise the desk with its options. */
    public static void main(String[] args) {
        // before the first logger exists: where the log goes, and that the command line's user reads one line only
        if (System.getProperty("rotadesk.log.dir") == null) {
            System.setProperty("rotadesk.log.dir", com.rotadesk.persistence.DataFolder.logFolder().toString());
        }
        boolean command = args.length > 0 && !args[0].startsWith("--");
        if (command && System.getProperty("rotadesk.console.level") == null) {
            System.setProperty("rotadesk.console.level", "OFF");
        }
        if (command) {
            System.exit(new Commands(System.out, System.err).run(args));
        }
        DeskLauncher.launch(args);
    }
}
