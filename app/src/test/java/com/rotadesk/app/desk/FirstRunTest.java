package com.rotadesk.app.desk;

import javafx.scene.Node;
import javafx.event.Event;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.InputMethodEvent;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A newcomer's first start on an empty folder: the welcome, the demo office live at once; the floor display shows
 * the board without visitors' names or phones; the language switches from the menu.
 */
class FirstRunTest extends DeskRobot {
    private List<String> cardOrder() {
        return lookup(".cards").query().lookupAll(".card").stream().map(n -> (String) n.getUserData()).toList();
    }

    private List<String> labels(Node root) {
        return from(root).lookup(".label").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    @Test
    void theDemoOfficeIsLiveAtOnceAndTheFloorShowsNoVisitors() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(DeskApp.class, "--data-dir", folder.toString(), "--lang", "zh",
                "--clock", "2026-11-23T10:42:00");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("使用演示案场").tryQuery().isPresent());
        clickOn("使用演示案场");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup(".card").queryAll().size() == 6);
        WaitForAsyncUtils.waitForFxEvents();

        // a live board: someone is next, with a reason; visits of the morning are listed; someone is receiving
        assertThat(lookup(".next-banner .who").queryAs(Label.class).getText()).isNotBlank().isNotEqualTo("—");
        assertThat(lookup(".next-banner .why").queryAs(Label.class).getText()).isNotBlank();
        assertThat(lookup(".visit-cell").queryAll()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(lookup(".card.receiving").queryAll()).isNotEmpty();
        List<String> board = labels(lookup(".cards").query());
        assertThat(String.join(" ", board)).contains("王建国");

        // the manager moves 谢铁峰 one place down (R23): card menu, Alt+↓ in the list, a reason, OK
        List<String> before = cardOrder();
        clickOn(lookup(".card").match(n -> "谢铁峰".equals(n.getUserData())).<Node>query());
        press(KeyCode.SHIFT).press(KeyCode.F10).release(KeyCode.F10).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup("调整排序…").tryQuery().isPresent());
        clickOn("调整排序…");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup(".dialog-pane .list-view").tryQuery()
                .map(Node::isFocused).orElse(false));
        press(KeyCode.ALT).press(KeyCode.DOWN).release(KeyCode.DOWN).release(KeyCode.ALT);
        TextField reason = lookup(".dialog-pane .text-field").queryAs(TextField.class);
        clickOn(reason);
        interact(() -> Event.fireEvent(reason,
                new InputMethodEvent(InputMethodEvent.INPUT_METHOD_TEXT_CHANGED, List.of(), "经理调整", 0)));
        clickOn("确定");
        List<String> expected = new java.util.ArrayList<>(before);
        int i = expected.indexOf("谢铁峰");
        expected.add(i + 1, expected.remove(i));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> cardOrder().equals(expected));

        // Ctrl+F: the visits pane filtered by phone digits (王建国 came twice), Esc gives the keys back
        int all = lookup(".visit-cell").queryAll().size();
        press(KeyCode.CONTROL).press(KeyCode.F).release(KeyCode.F).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup(".visits-pane .text-field").query().isFocused());
        for (char c : "5678".toCharArray()) {
            type(KeyCode.getKeyCode(String.valueOf(c)));
        }
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup(".visit-cell").queryAll().size() == 2);
        interact(() -> lookup(".visits-pane .text-field").queryAs(TextField.class).clear());
        type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup(".visit-cell").queryAll().size() == all);

        // F3: a call on the phone channel, listed with ☎
        type(KeyCode.F3);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup(".phone-field").tryQuery()
                .map(Node::isFocused).orElse(false));
        for (char c : "13566667777".toCharArray()) {
            type(KeyCode.getKeyCode(String.valueOf(c)));
        }
        type(KeyCode.TAB);
        TextField caller = lookup(".name-field").queryAs(TextField.class);
        interact(() -> Event.fireEvent(caller,
                new InputMethodEvent(InputMethodEvent.INPUT_METHOD_TEXT_CHANGED, List.of(), "钱进", 0)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup(".proposal").tryQueryAs(Label.class)
                .map(l -> !l.getText().isEmpty() && !l.getText().equals("—")).orElse(false));
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup(".visit-cell").queryAll().size() == all + 1);
        assertThat(labels(lookup(".visits-pane").query())).anyMatch(s -> s.contains("钱进") && s.contains("☎"));

        // F11: the floor display, read from across the room: the cards, no visitor names, no phone numbers
        type(KeyCode.F11);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup(".floor").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Node floor = lookup(".floor").query();
        String onTheFloor = String.join(" ", labels(floor));
        assertThat(from(floor).lookup(".card").queryAll()).hasSize(6);
        assertThat(onTheFloor).contains("谢铁峰", "分钟").doesNotContain("王建国", "李秀英", "张伟", "赵敏", "周杰")
                .doesNotContainPattern("\\d{3}\\*{4}\\d{4}");
        interact(() -> floor.getScene().getWindow().hide());

        // View (Alt+V) → 中文 / English: the same board in English
        alt(KeyCode.V);
        menuItem("中文 / English");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup(".next-banner .caption").tryQueryAs(Label.class)
                .map(l -> l.getText().equals("Next up")).orElse(false));
        assertThat(lookup(".card").queryAll()).hasSize(6);
        assertThat(listWindows().stream().filter(Window::isShowing).count()).isEqualTo(1);
    }
}
