package com.rotadesk.app.desk;

import com.rotadesk.model.Action;
import com.rotadesk.model.Channel;
import com.rotadesk.model.OfficeProfile;
import com.rotadesk.model.Registration;
import com.rotadesk.model.VisitSource;
import com.rotadesk.persistence.OfficeStore;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PIPL at the desk: the manager opens Office → Personal data, types the visitor's phone, sees who it is, erases
 * after a second question; the visit stays on today's list as erased, and a restart shows the same.
 */
class PrivacyTest extends DeskRobot {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    private String visitText() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return String.join("\n", lookup(".visits-pane").queryAll().iterator().next()
                .lookupAll(".label").stream().map(n -> ((Label) n).getText()).toList());
    }

    @Test
    void aVisitorIsErasedOnRequestAndTheirVisitStaysAsErased() throws Exception {
        try (OfficeStore store = OfficeStore.open(folder)) {
            store.submit(new Action.ConfigureOffice(DAY.atTime(8, 0), new OfficeProfile("测试售楼处",
                    List.of(new OfficeProfile.Group("销售一组", List.of("谢铁峰", "徐娅"))))));
            store.submit(new Action.StartDay(DAY));
            store.submit(new Action.SignIn(DAY.atTime(8, 1), "谢铁峰", null));
            store.submit(new Action.CheckIn(DAY.atTime(9, 0), Channel.WALK_IN, "v1",
                    new Registration("王建国", "13812345678", 1, VisitSource.WALK_IN), null, null, null, null,
                    List.of()));
        }
        openDesk("2026-11-23T09:30:00");
        waitUntil(() -> lookup(".card").queryAll().size() >= 1);
        assertThat(visitText()).contains("王建国");

        // Office (Alt+O) → Personal data, by keyboard
        alt(KeyCode.O);
        menuItem("客户个人信息（个保法）…");
        waitUntil(() -> lookup(".privacy-phone").tryQueryAs(TextField.class).map(Node::isFocused).orElse(false));
        typeDigits("13812345678");
        waitUntil(() -> lookup(".privacy .why").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().startsWith("王建国 · 归属 谢铁峰")));

        // Enter asks first; the question's safe answer is the default, so the manager clicks 确定 on purpose
        type(KeyCode.ENTER);
        waitUntil(() -> lookup("确定").tryQuery().isPresent());
        assertThat(lookup("取消").queryAs(Button.class).isDefaultButton()).isTrue();
        clickOn("确定");
        waitUntil(() -> lookup(".privacy .why").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("已删除 王建国 的个人信息。")));
        type(KeyCode.ESCAPE);

        waitUntil(() -> !visitText().contains("王建国"));
        assertThat(visitText()).doesNotContain("13812345678").doesNotContain("5678");
        closeDesk();

        try (OfficeStore store = OfficeStore.open(folder)) {
            assertThat(store.verify().intact()).isTrue();
            assertThat(store.engine().visit("v1").registration().name()).isNotEqualTo("王建国");
            assertThat(store.lookup("5678", DAY.atTime(10, 0), 5)).isEmpty();
        }
    }
}
