package com.rotadesk.app.desk;

import javafx.application.Application;

/** Starts the desk: parses the options, picks the headless platform for checks, launches JavaFX. */
public final class DeskLauncher {
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
        if (options.headless()) {
            // JavaFX 26's own headless platform: no display needed for --smoke and --screenshot.
            System.setProperty("glass.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("java.awt.headless", "true");
        }
        System.setProperty("rotadesk.launchNanos", Long.toString(System.nanoTime()));
        Application.launch(DeskApp.class, args);
    }
}
