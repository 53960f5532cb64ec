package com.rotadesk.app.desk;

import javafx.application.Application;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

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
        app = FxToolkit.setupApplication(DeskApp.class, "--data-dir", folder.toString(), "--lang", "zh",
                "--clock", clock);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !lookup(".next-banner").queryAll().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits (up to ten seconds) until the condition holds, letting the FX thread run between tries. */
    void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }

    /** Types digits through the platform robot (TestFX's write() types nothing on the headless platform). */
    void typeDigits(String digits) {
        for (char c : digits.toCharArray()) {
            type(KeyCode.getKeyCode(String.valueOf(c)));
        }
    }
}
