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
    /** The day the desk tests play. */
    static final java.time.LocalDate DAY = java.time.LocalDate.of(2026, 11, 23);

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

    /**
     * Writes the test office into the folder before the desk opens: 测试售楼处 with one group of these consultants,
     * the day started and everyone signed in (08:01, 08:02, …), then the actions given.
     */
    void office(List<String> consultants, com.rotadesk.model.Action... then) {
        office(new com.rotadesk.model.OfficeProfile("测试售楼处",
                List.of(new com.rotadesk.model.OfficeProfile.Group("销售一组", consultants))), consultants, then);
    }

    /** The same with the office's groups given, and only {@code signedIn} signed in. */
    void office(com.rotadesk.model.OfficeProfile profile, List<String> signedIn, com.rotadesk.model.Action... then) {
        try (com.rotadesk.persistence.OfficeStore store = com.rotadesk.persistence.OfficeStore.open(dataFolder())) {
            store.submit(new com.rotadesk.model.Action.ConfigureOffice(DAY.atTime(8, 0), profile));
            store.submit(new com.rotadesk.model.Action.StartDay(DAY));
            for (int i = 0; i < signedIn.size(); i++) {
                store.submit(new com.rotadesk.model.Action.SignIn(DAY.atTime(8, 1 + i), signedIn.get(i), null));
            }
            for (com.rotadesk.model.Action a : then) {
                store.submit(a);
            }
        }
    }

    /** A walk-in visitor at h:m on the test day, type left to the rules. */
    static com.rotadesk.model.Action.CheckIn walkIn(int h, int m, String ref, String name, String phone) {
        return new com.rotadesk.model.Action.CheckIn(DAY.atTime(h, m), com.rotadesk.model.Channel.WALK_IN, ref,
                new com.rotadesk.model.Registration(name, phone, 1, com.rotadesk.model.VisitSource.WALK_IN), null, null,
                null, null, List.of());
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

    /**
     * True when the node with this style class has the keys: it is its window's focus owner, in the window opened
     * last (the headless platform reports every window focused, so a node's own focused flag is not reliable).
     */
    boolean hasKeys(String styleClass) {
        return listWindows().stream().filter(javafx.stage.Window::isShowing).reduce((a, b) -> b)
                .map(w -> w.getScene().getFocusOwner()).map(n -> n.getStyleClass().contains(styleClass))
                .orElse(false);
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

    /**
     * Alt and a letter, as a receptionist presses a menu's mnemonic: Alt goes down first and the desk sees it before
     * the letter (pressed at the same instant, the letter would be read as a plain key).
     */
    void alt(KeyCode letter) {
        press(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        type(letter);
        release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * In an open menu, ↓ until the item with this text has the focus, then Enter: a menu item chosen by keyboard.
     */
    void menuItem(String text) throws Exception {
        waitUntil(() -> lookup(text).tryQuery().isPresent());
        for (int i = 0; i < 20; i++) {
            boolean there = lookup(".context-menu .menu-item:focused").queryAll().stream()
                    .anyMatch(n -> n.lookupAll(".label").stream().anyMatch(l -> text.equals(((Label) l).getText())));
            if (there) {
                type(KeyCode.ENTER);
                WaitForAsyncUtils.waitForFxEvents();
                return;
            }
            type(KeyCode.DOWN);
            WaitForAsyncUtils.waitForFxEvents();
        }
        throw new AssertionError("the menu item " + text + " never had the focus; the desk shows: " + shownTexts());
    }

    /** What the status bar says the last action did. */
    String told() {
        return lookup(".done-line").queryAs(Label.class).getText();
    }

    /** True while a dialog (or any second window) is open over the board. */
    boolean dialogOpen() {
        return listWindows().stream().filter(javafx.stage.Window::isShowing).count() > 1;
    }

    /**
     * Chinese text arrives as a Chinese input method commits it: one committed-text event on the field that has the
     * keys (which must be the one with this style class).
     */
    void commitChinese(String styleClass, String text) throws Exception {
        waitUntil(() -> hasKeys(styleClass));
        TextField field = lookup("." + styleClass).queryAs(TextField.class);
        interact(() -> javafx.event.Event.fireEvent(field, new javafx.scene.input.InputMethodEvent(
                javafx.scene.input.InputMethodEvent.INPUT_METHOD_TEXT_CHANGED, List.of(), text, 0)));
    }

    /** Types digits through the platform robot (TestFX's write() types nothing on the headless platform). */
    void typeDigits(String digits) {
        for (char c : digits.toCharArray()) {
            type(KeyCode.getKeyCode(String.valueOf(c)));
        }
    }
}
