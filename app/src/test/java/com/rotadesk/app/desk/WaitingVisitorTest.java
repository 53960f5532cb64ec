package com.rotadesk.app.desk;

import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.InputMethodEvent;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R9 at the desk: everyone is busy, a new visitor waits on the board; two visitors leave, F6 proposes the next
 * consultant by the rules, "not here" (Alt+N) passes them and Enter gives the visitor to the next; another waiting
 * visitor leaves unreceived.
 */
class WaitingVisitorTest extends DeskRobot {
    private void busyOffice() {
        office(List.of("谢铁峰", "徐娅"), walkIn(9, 0, "v1", "王建国", "13800005678"),
                walkIn(9, 5, "v2", "李秀英", "13900001111"));
    }

    private List<String> waitingLine() {
        return lookup(".waiting-chip").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    private String proposal() {
        return lookup(".waiting-dialog .proposal").tryQueryAs(Label.class).map(Label::getText).orElse("");
    }


    private void newVisitorWhoWaits(String phone, String name) throws Exception {
        type(KeyCode.F2);
        waitUntil(() -> lookup(".phone-field").tryQuery().map(Node::isFocused).orElse(false));
        typeDigits(phone);
        type(KeyCode.TAB);
        TextField field = lookup(".name-field").queryAs(TextField.class);
        interact(() -> Event.fireEvent(field,
                new InputMethodEvent(InputMethodEvent.INPUT_METHOD_TEXT_CHANGED, List.of(), name, 0)));
        // nobody is free: the dialog says the visitor will wait, and Enter registers them
        waitUntil(() -> lookup(".checkin .why").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("暂无顾问可接待：客户将等待")));
        type(KeyCode.ENTER);
        waitUntil(() -> !dialogOpen());
    }

    @Test
    void aWaitingVisitorIsReceivedByTheRulesOrLeaves() throws Exception {
        busyOffice();
        openDesk("2026-11-23T09:30:00");
        waitUntil(() -> lookup(".card").queryAll().size() == 2);
        assertThat(lookup(".next-banner .who").queryAs(Label.class).getText()).isEqualTo("—");

        newVisitorWhoWaits("13700002222", "张伟");
        waitUntil(() -> waitingLine().equals(List.of("张伟 · 0 分钟")));
        newVisitorWhoWaits("13600003333", "赵敏");
        waitUntil(() -> waitingLine().equals(List.of("张伟 · 0 分钟", "赵敏 · 0 分钟")));

        // 王建国 and 李秀英 leave: both are free, and F6 shows whom the rules give the oldest waiting visitor
        for (String consultant : List.of("谢铁峰", "徐娅")) {
            clickOn(lookup(".card").match(n -> consultant.equals(n.getUserData())).<Node>query());
            type(KeyCode.F4);
            waitUntil(() -> lookup(".card.available").match(n -> consultant.equals(n.getUserData())).tryQuery()
                    .isPresent());
        }
        // two are waiting: F6 asks which, the oldest first, and Enter takes them
        type(KeyCode.F6);
        waitUntil(() -> hasKeys("choices"));
        assertThat(lookup(".choices").queryAs(javafx.scene.control.ListView.class).getItems())
                .containsExactly("张伟 · 新客户 · 已等待 0 分钟", "赵敏 · 新客户 · 已等待 0 分钟");
        type(KeyCode.ENTER);
        waitUntil(() -> proposal().equals("谢铁峰"));
        assertThat(lookup(".waiting-dialog .who").queryAs(Label.class).getText()).startsWith("张伟 · 新客户");

        // 谢铁峰 is not at the desk: Alt+N shows the next, and Enter gives 张伟 to 徐娅
        press(KeyCode.ALT).type(KeyCode.N).release(KeyCode.ALT);
        waitUntil(() -> proposal().equals("徐娅"));
        assertThat(lookup(".waiting-dialog .why").queryAllAs(Label.class).stream().map(Label::getText).toList())
                .contains("跳过：谢铁峰 不在岗");
        type(KeyCode.ENTER);
        waitUntil(() -> waitingLine().equals(List.of("赵敏 · 0 分钟")));
        assertThat(lookup(".card").match(n -> "徐娅".equals(n.getUserData())).lookup(".label")
                .queryAllAs(Label.class).stream().map(Label::getText).toList()).contains("张伟 · 0 分钟");

        // 赵敏 gives up and leaves before anyone is free
        clickOn(lookup(".waiting-chip").<Node>query());
        waitUntil(() -> lookup("客户已离开").tryQuery().isPresent());
        clickOn("客户已离开");
        waitUntil(() -> waitingLine().isEmpty() && lookup(".waiting-line .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("无人等待")));
    }
}
