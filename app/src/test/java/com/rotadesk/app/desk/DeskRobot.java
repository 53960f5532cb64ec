package com.rotadesk.app.desk;

import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The desk's TestFX tests drive the real window on a data folder of their own, as a receptionist would. */
abstract class DeskRobot extends FxRobot {
    @TempDir
    Path folder;

    Application app;

    @AfterEach
    void closeDesk() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
            app = null;
        }
    }

    /** Starts the desk in Chinese on the test's folder with its clock at {@code clock}, and waits for the board. */
    void openDesk(String clock) throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(DeskApp.class, "--data-dir", dataFolder().toString(), "--lang", "zh",
                "--clock", clock);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !lookup(".next-banner").queryAll().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The data folder the desk opens: the test's own folder, unless a test keeps more than one there. */
    Path dataFolder() {
        return folder;
    }

    /**
     * Waits (up to thirty seconds: CI machines are slow) until the condition holds, letting the FX thread run
     * between tries; a timeout says what the windows showed.
     */
    void waitUntil(Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.call();
            });
        } catch (TimeoutException e) {
            throw new AssertionError("timed out; the desk shows: " + shownTexts(), e);
        }
    }

    /** Every label and field of the open windows, to say what the desk showed when a wait timed out. */
    String shownTexts() {
        List<String> texts = new ArrayList<>();
        for (var w : listWindows()) {
            if (w.getScene() != null) {
                from(w.getScene().getRoot()).lookup((Node n) -> n instanceof Label || n instanceof TextField).queryAll()
                        .forEach(n -> texts.add(n instanceof Label l ? l.getText() : ((TextField) n).getText()
                                + (n.isFocused() ? "[focused]" : "")));
            }
        }
        return String.join(" | ", texts);
    }

    /** Types digits through the platform robot (TestFX's write() types nothing on the headless platform). */
    void typeDigits(String digits) {
        for (char c : digits.toCharArray()) {
            type(KeyCode.getKeyCode(String.valueOf(c)));
        }
    }
}
