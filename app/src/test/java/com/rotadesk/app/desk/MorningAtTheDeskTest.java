package com.rotadesk.app.desk;

import com.rotadesk.model.Action;
import com.rotadesk.model.OfficeProfile;
import com.rotadesk.persistence.OfficeStore;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.input.InputMethodEvent;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A receptionist's morning on the real window, by keyboard (headless): sign-ins, new visitors, a "not here",
 * a returning client by the last four digits, a visitor leaving, an undo; then a restart shows the same board.
 */
class MorningAtTheDeskTest extends DeskRobot {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    private void officeWithThreeConsultants() {
        try (OfficeStore store = OfficeStore.open(folder)) {
            store.submit(new Action.ConfigureOffice(DAY.atTime(8, 0), new OfficeProfile("测试售楼处",
                    List.of(new OfficeProfile.Group("销售一组", List.of("谢铁峰", "徐娅", "丁伟"))))));
            store.submit(new Action.StartDay(DAY));
        }
    }

    /** Everything a card says, in one string. */
    private String cardText(String consultant) {
        return lookup(".card").match(n -> consultant.equals(n.getUserData())).lookup(".label")
                .queryAllAs(Label.class).stream().map(Label::getText).reduce("", (a, b) -> a + " " + b);
    }

    /** The first line of the visits pane (newest first). */
    private String newestVisit() {
        // list cells are recycled in any order: the one showing row 0 is the newest visit
        Node cell = lookup(".list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> c && c.getIndex() == 0
                && c.getGraphic() != null && c.getGraphic().getStyleClass().contains("visit-cell")).query();
        return from(cell).lookup(".label").queryAllAs(Label.class).stream().map(Label::getText)
                .reduce("", (a, b) -> a + " " + b);
    }

    private String nextUp() {
        return lookup(".next-banner .who").queryAs(Label.class).getText();
    }

    private Set<String> cardClasses(String consultant) {
        return lookup(".card").match(n -> consultant.equals(n.getUserData())).tryQuery()
                .map(card -> Set.copyOf(card.getStyleClass())).orElse(Set.of());
    }

    /** F8 offers the first consultant not yet signed in: Enter signs them in. */
    private void signInNext() throws Exception {
        press(KeyCode.F8).release(KeyCode.F8);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> listWindows().size() > 1);
        type(KeyCode.ENTER);
    }

    /** F2: the dialog opens with the phone field focused. */
    private void openCheckIn() throws Exception {
        type(KeyCode.F2);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup(".phone-field").tryQuery()
                .map(Node::isFocused).orElse(false));
    }

    /** The text of the dialog's phone field. */
    private String phoneField() {
        return lookup(".phone-field").queryAs(TextField.class).getText();
    }

    /**
     * Chinese text arrives as a Chinese input method commits it: one committed-text event on the focused field of
     * the dialog (which must be the name field: Tab from the phone leads there).
     */
    private void commitChinese(String text) {
        TextField field = lookup(".name-field").queryAs(TextField.class);
        assertThat(field.isFocused()).as("the name field has the focus").isTrue();
        interact(() -> Event.fireEvent(field,
                new InputMethodEvent(InputMethodEvent.INPUT_METHOD_TEXT_CHANGED, List.of(), text, 0)));
        assertThat(field.getText()).isEqualTo(text);
    }

    private void checkIn(String phone, String name) throws Exception {
        openCheckIn();
        typeDigits(phone);
        assertThat(phoneField()).isEqualTo(phone);
        if (name != null) {
            type(KeyCode.TAB);
            commitChinese(name);
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
        assertThat(cardText("谢铁峰")).contains("王建国", "今日 1");

        // "not here": 徐娅 is proposed, the receptionist presses Alt+N, 丁伟 is proposed in place
        checkIn("13900001111", "李秀英");
        assertThat(proposal()).isEqualTo("徐娅");
        press(KeyCode.ALT).press(KeyCode.N).release(KeyCode.N).release(KeyCode.ALT);
        waitUntil(() -> proposal().equals("丁伟"));
        type(KeyCode.ENTER);
        waitUntil(() -> !dialogOpen() && cardClasses("丁伟").contains("receiving"));
        assertThat(cardText("徐娅")).contains("今日 0", "违规 1");
        assertThat(cardText("丁伟")).contains("李秀英", "今日 1");

        // 李秀英 turns out to be a non-buyer: void from 丁伟's card; the turn comes back as a make-up credit
        clickOn(lookup(".card").match(n -> "丁伟".equals(n.getUserData())).<Node>query());
        press(KeyCode.SHIFT).press(KeyCode.F10).release(KeyCode.F10).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup("作废接待…").tryQuery().isPresent());
        clickOn("作废接待…");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> listWindows().size() > 1);
        type(KeyCode.ENTER);
        waitUntil(() -> !lookup(".card").match(n -> "丁伟".equals(n.getUserData())).lookup(".credit-badge")
                .queryAll().isEmpty());

        // 王建国 leaves: → from 丁伟's card wraps to 谢铁峰's, F4
        type(KeyCode.ESCAPE);
        type(KeyCode.RIGHT);
        waitUntil(() -> cardClasses("谢铁峰").contains("selected"));
        type(KeyCode.F4);
        waitUntil(() -> cardClasses("谢铁峰").contains("available"));

        // he comes back: F2, last four digits, Enter — six keys in all
        openCheckIn();
        typeDigits("5678");
        assertThat(phoneField()).isEqualTo("5678");
        // the single match is taken as typed: his owner is proposed, as a returning client
        waitUntil(() -> proposal().equals("谢铁峰") && lookup(".checkin .why").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().startsWith("老客户回访")));
        type(KeyCode.ENTER);
        waitUntil(() -> !dialogOpen() && cardClasses("谢铁峰").contains("receiving"));
        assertThat(newestVisit()).contains("王建国", "谢铁峰", "老客户回访", "不计");

        // a mistaken check-in, undone with Ctrl+Z
        checkIn("13700002222", "张伟");
        type(KeyCode.ENTER);
        waitUntil(() -> !dialogOpen() && lookup(".visit-cell").queryAll().size() == 4);
        press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> listWindows().size() > 1);
        type(KeyCode.ENTER);
        waitUntil(() -> lookup(".visit-cell").queryAll().size() == 3);

        // 王丽 gives 王建国's phone (R20): the household question, "family" already chosen, the owner proposed
        checkIn("13800005678", "王丽");
        waitUntil(() -> lookup(".family-yes").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(lookup(".family-yes").queryAs(ToggleButton.class).isSelected()).isTrue();
        waitUntil(() -> proposal().equals("谢铁峰"));
        // "not family" would make her a new visitor for the walk; the receptionist goes back to "family"
        clickOn(".family-no");
        waitUntil(() -> !proposal().equals("谢铁峰"));
        clickOn(".family-yes");
        waitUntil(() -> proposal().equals("谢铁峰"));
        type(KeyCode.ENTER);
        waitUntil(() -> !dialogOpen() && lookup(".visit-cell").queryAll().size() == 4);
        assertThat(cardText("谢铁峰")).contains("王丽");

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
