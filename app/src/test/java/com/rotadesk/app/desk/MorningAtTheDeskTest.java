package com.rotadesk.app.desk;

import com.rotadesk.model.Action;
import com.rotadesk.model.OfficeProfile;
import com.rotadesk.persistence.OfficeStore;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A receptionist's morning on the real window, by keyboard (headless): sign-ins, new visitors, a "not here",
 * a returning client by the last four digits, a visitor leaving, an undo; then a restart shows the same board.
 */
class MorningAtTheDeskTest extends FxRobot {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path folder;

    private Application app;

    @AfterEach
    void closeDesk() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
    }

    private void officeWithThreeConsultants() {
        try (OfficeStore store = OfficeStore.open(folder)) {
            store.submit(new Action.ConfigureOffice(DAY.atTime(8, 0), new OfficeProfile("测试售楼处",
                    List.of(new OfficeProfile.Group("销售一组", List.of("谢铁峰", "徐娅", "丁伟"))))));
            store.submit(new Action.StartDay(DAY));
        }
    }

    private void openDesk(String clock) throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(DeskApp.class, "--data-dir", folder.toString(), "--lang", "zh",
                "--clock", clock);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !lookup(".next-banner").queryAll().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String nextUp() {
        return lookup(".next-banner .who").queryAs(Label.class).getText();
    }

    private Set<String> cardClasses(String consultant) {
        return lookup(".card").match(n -> consultant.equals(n.getUserData())).tryQuery()
                .map(card -> Set.copyOf(card.getStyleClass())).orElse(Set.of());
    }

    private void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }

    /** F8 offers the first consultant not yet signed in: Enter signs them in. */
    private void signInNext() throws Exception {
        press(KeyCode.F8).release(KeyCode.F8);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> listWindows().size() > 1);
        type(KeyCode.ENTER);
    }

    private void checkIn(String phone, String name) throws Exception {
        type(KeyCode.F2);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> listWindows().size() > 1);
        write(phone);
        if (name != null) {
            type(KeyCode.TAB);
            write(name);
        }
        waitForProposal();
    }

    private void waitForProposal() throws Exception {
        waitUntil(() -> lookup(".proposal").tryQueryAs(Label.class)
                .map(l -> !l.getText().isEmpty() && !l.getText().equals("—")).orElse(false));
    }

    private String proposal() {
        return lookup(".proposal").queryAs(Label.class).getText();
    }

    private boolean dialogOpen() {
        return listWindows().stream().filter(Window::isShowing).count() > 1;
    }

    @Test
    void aWholeMorningByKeyboardSurvivesARestart() throws Exception {
        officeWithThreeConsultants();
        openDesk("2026-11-23T08:30:00");
        clickOn(".next-banner");

        // sign-ins: 谢铁峰, then 徐娅, then 丁伟 (F8, Enter: the next one not signed in is offered)
        signInNext();
        waitUntil(() -> cardClasses("谢铁峰").contains("available"));
        signInNext();
        waitUntil(() -> !lookup(".card").match(n -> "徐娅".equals(n.getUserData())).queryAll().isEmpty());
        signInNext();
        waitUntil(() -> !lookup(".card").match(n -> "丁伟".equals(n.getUserData())).queryAll().isEmpty());
        assertThat(nextUp()).isEqualTo("谢铁峰");

        // a new visitor: F2, phone, Tab, name, Enter
        checkIn("13800005678", "王建国");
        assertThat(proposal()).isEqualTo("谢铁峰");
        type(KeyCode.ENTER);
        waitUntil(() -> !dialogOpen() && cardClasses("谢铁峰").contains("receiving"));
        assertThat(nextUp()).isEqualTo("徐娅");

        // "not here": 徐娅 is proposed, the receptionist presses Alt+N, 丁伟 is proposed in place
        checkIn("13900001111", "李秀英");
        assertThat(proposal()).isEqualTo("徐娅");
        press(KeyCode.ALT).press(KeyCode.N).release(KeyCode.N).release(KeyCode.ALT);
        waitUntil(() -> proposal().equals("丁伟"));
        type(KeyCode.ENTER);
        waitUntil(() -> !dialogOpen() && cardClasses("丁伟").contains("receiving"));

        // 李秀英 turns out to be a non-buyer: void from 丁伟's card; the turn comes back as a make-up credit
        clickOn(lookup(".card").match(n -> "丁伟".equals(n.getUserData())).<Node>query());
        press(KeyCode.SHIFT).press(KeyCode.F10).release(KeyCode.F10).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup("作废接待…").tryQuery().isPresent());
        clickOn("作废接待…");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> listWindows().size() > 1);
        type(KeyCode.ENTER);
        waitUntil(() -> !lookup(".card").match(n -> "丁伟".equals(n.getUserData())).lookup(".credit-badge")
                .queryAll().isEmpty());

        // 王建国 leaves: select 谢铁峰's card, F4
        clickOn(lookup(".card").match(n -> "谢铁峰".equals(n.getUserData())).<Node>query());
        type(KeyCode.F4);
        waitUntil(() -> cardClasses("谢铁峰").contains("available"));

        // he comes back: F2, last four digits, Enter — six keys in all
        type(KeyCode.F2);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> listWindows().size() > 1);
        write("5678");
        waitForProposal();
        assertThat(proposal()).isEqualTo("谢铁峰");
        type(KeyCode.ENTER);
        waitUntil(() -> !dialogOpen() && cardClasses("谢铁峰").contains("receiving"));

        // a mistaken check-in, undone with Ctrl+Z
        checkIn("13700002222", "张伟");
        type(KeyCode.ENTER);
        waitUntil(() -> !dialogOpen() && lookup(".visit-cell").queryAll().size() == 4);
        press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> listWindows().size() > 1);
        type(KeyCode.ENTER);
        waitUntil(() -> lookup(".visit-cell").queryAll().size() == 3);

        String nextBefore = nextUp();
        Set<String> xie = cardClasses("谢铁峰");
        Set<String> ding = cardClasses("丁伟");
        int visits = lookup(".visit-cell").queryAll().size();

        // restart on the same data folder: the same board
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        openDesk("2026-11-23T09:30:00");
        assertThat(nextUp()).isEqualTo(nextBefore);
        assertThat(cardClasses("谢铁峰")).containsAll(xie.stream().filter(c -> !c.equals("selected")).toList());
        assertThat(cardClasses("丁伟")).contains("receiving");
        assertThat(ding).contains("receiving");
        assertThat(lookup(".visit-cell").queryAll()).hasSize(visits);
    }
}
