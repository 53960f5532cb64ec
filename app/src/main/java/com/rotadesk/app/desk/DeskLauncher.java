package com.rotadesk.app.desk;

import javafx.application.Application;

import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Starts the desk: parses the options, picks the headless platform for checks, launches JavaFX. */
public final class DeskLauncher {
    /**
     * JavaFX warns on every start that it runs from the class path ("Unsupported JavaFX configuration"): true of a
     * single runnable jar, and only noise to a receptionist. Kept here so the logger's level is not collected away.
     */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    private DeskLauncher() {
    }

    /** Launches the desk; returns when the desk closes. */
    public static void launch(String[] args) {
        DeskOptions options;
        try {
            options = DeskOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("rotadesk: " + e.getMessage());
            System.exit(2);
            return;
        }
        JAVAFX_LOG.setLevel(Level.SEVERE);
        if (options.headless()) {
            // JavaFX 26's own headless platform: no display needed for --smoke and --screenshot.
            System.setProperty("glass.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("java.awt.headless", "true");
        }
        System.setProperty("rotadesk.launchNanos", Long.toString(System.nanoTime()));
        try {
            Application.launch(DeskApp.class, args);
        } catch (RuntimeException e) {
            // JavaFX could not open a window at all: say why in one line, never with its stack trace
            org.slf4j.LoggerFactory.getLogger(DeskLauncher.class).debug("JavaFX did not start", e);
            System.err.println("rotadesk: " + whyNoWindow(e, new Texts(options.locale()), System.getProperty("os.name"),
                    System.getenv()));
            System.exit(1);
        }
    }

    /** Why JavaFX could not start, in the user's words, with what to do about it. */
    static String whyNoWindow(Throwable failure, Texts t, String osName, Map<String, String> env) {
        String message = String.valueOf(failure.getMessage());
        boolean linux = osName != null && osName.toLowerCase(Locale.ROOT).contains("linux");
        if (message.contains("GTK")) {
            return t.get("launch.noGtk");
        }
        if (linux && (message.contains("DISPLAY") || blank(env.get("DISPLAY")) && blank(env.get("WAYLAND_DISPLAY")))) {
            return t.get("launch.noDisplay");
        }
        return t.get("launch.failed", message);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
