package com.rotadesk.app.desk;

import com.rotadesk.model.Action;
import com.rotadesk.persistence.OfficeStore;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R11 at the desk, by keyboard: an owner receiving two visitors shows both; F4 asks which one leaves. Signing out a
 * consultant who is still receiving asks first (Cancel is the default) and says what happens to the reception;
 * the reception stays on the board, dimmed, until F4; F8 never preselects signing anyone out.
 */
class ReceptionsAndSignOutTest extends DeskRobot {
    private void ownerReceivingTwo() {
        // 王建国 comes back while his owner receives 张伟: the owner is still proposed and serves both (R11)
        office(List.of("谢铁峰", "徐娅"), walkIn(9, 0, "v1", "王建国", "13800005678"),
                new Action.EndVisit(DAY.atTime(9, 20), "v1"), walkIn(9, 30, "v2", "李秀英", "13900001111"),
                walkIn(9, 35, "v3", "张伟", "13700002222"), walkIn(9, 40, "v4", "王建国", "13800005678"));
        try (OfficeStore store = OfficeStore.open(folder)) {
            assertThat(store.engine().visit("v3").consultant()).isEqualTo("谢铁峰");
            assertThat(store.engine().visit("v4").consultant()).isEqualTo("谢铁峰");
        }
    }

    private List<String> card(String consultant) {
        return lookup(".card").match(n -> consultant.equals(n.getUserData())).tryQuery()
                .map(c -> c.lookupAll(".label").stream().map(l -> ((Label) l).getText()).toList()).orElse(List.of());
    }

    private Set<String> classes(String consultant) {
        return lookup(".card").match(n -> consultant.equals(n.getUserData())).tryQuery()
                .map(c -> Set.copyOf(c.getStyleClass())).orElse(Set.of());
    }



    private void selectCard(String consultant) throws Exception {
        for (int i = 0; i < 4 && !classes(consultant).contains("selected"); i++) {
            type(KeyCode.RIGHT);
            waitUntil(() -> !lookup(".card.selected").queryAll().isEmpty());
        }
        assertThat(classes(consultant)).contains("selected");
    }

    /** F8, then ↓ until the consultant is chosen in the list. */
    private void chooseInSignIn(String consultant) throws Exception {
        type(KeyCode.F8);
        waitUntil(() -> hasKeys("sign-in-list"));
        ListView<?> list = lookup(".sign-in-list").queryAs(ListView.class);
        int want = list.getItems().indexOf(consultant);
        for (int i = 0; i < 4 && list.getSelectionModel().getSelectedIndex() != want; i++) {
            type(list.getSelectionModel().getSelectedIndex() < want ? KeyCode.DOWN : KeyCode.UP);
        }
        assertThat(list.getSelectionModel().getSelectedItem()).isEqualTo(consultant);
    }

    private Button focusedButton() {
        return listWindows().stream().filter(Window::isShowing).map(w -> w.getScene().getFocusOwner())
                .filter(n -> n instanceof Button).map(n -> (Button) n).reduce((a, b) -> b).orElse(null);
    }

    @Test
    void twoVisitorsOnOneCardAndASignOutThatAsksFirst() throws Exception {
        ownerReceivingTwo();
        openDesk("2026-11-23T09:50:00");
        waitUntil(() -> card("谢铁峰").contains("王建国 · 10 分钟"));

        // both receptions are on the card
        assertThat(card("谢铁峰")).contains("张伟 · 15 分钟", "王建国 · 10 分钟");

        // F4 on his card asks which visitor leaves (the longest there first); ↓ Enter: 王建国
        selectCard("谢铁峰");
        type(KeyCode.F4);
        waitUntil(() -> hasKeys("choices"));
        assertThat(lookup(".choices").queryAs(ListView.class).getItems())
                .containsExactly("张伟 · 09:35 起 · 15 分钟", "王建国 · 09:40 起 · 10 分钟");
        type(KeyCode.DOWN);
        type(KeyCode.ENTER);
        waitUntil(() -> !card("谢铁峰").contains("王建国 · 10 分钟"));
        assertThat(card("谢铁峰")).contains("张伟 · 15 分钟");
        assertThat(told()).isEqualTo("✓ 送客：王建国（谢铁峰）");

        // F8 with everyone signed in: nobody is preselected, and Enter does nothing
        type(KeyCode.F8);
        waitUntil(() -> hasKeys("sign-in-list"));
        assertThat(lookup(".sign-in-list").queryAs(ListView.class).getSelectionModel().isEmpty()).isTrue();
        assertThat(lookup(".dialog-pane .header-panel .label").queryAs(Label.class).getText())
                .startsWith("所有顾问都已签到");
        type(KeyCode.ENTER);
        assertThat(dialogOpen()).isTrue();
        type(KeyCode.ESCAPE);
        waitUntil(() -> !dialogOpen());

        // choosing 谢铁峰 to sign out asks first, says what happens to 张伟's reception, and Enter is "cancel"
        chooseInSignIn("谢铁峰");
        type(KeyCode.ENTER);
        waitUntil(() -> lookup("签退 谢铁峰").tryQuery().isPresent());
        assertThat(shownTexts()).contains("谢铁峰 正在接待：张伟（15 分钟）", "张伟 的接待不受影响");
        waitUntil(() -> focusedButton() != null && focusedButton().getText().equals("取消"));
        type(KeyCode.ENTER);
        waitUntil(() -> !dialogOpen());
        assertThat(classes("谢铁峰")).contains("receiving").doesNotContain("off-list");

        // signing out on purpose: Tab to "签退 谢铁峰", Space
        chooseInSignIn("谢铁峰");
        type(KeyCode.ENTER);
        waitUntil(() -> focusedButton() != null && focusedButton().getText().equals("取消"));
        for (int i = 0; i < 3 && !focusedButton().getText().equals("签退 谢铁峰"); i++) {
            type(KeyCode.TAB);
        }
        type(KeyCode.SPACE);
        waitUntil(() -> classes("谢铁峰").contains("off-list"));

        // the visitor has not left: the card stays, dimmed, with the reception; the status bar says so
        assertThat(classes("谢铁峰")).contains("signed-out");
        assertThat(card("谢铁峰")).contains("张伟 · 15 分钟", "– 已签退", "客户离开时选中按 F4 送客");
        assertThat(told()).isEqualTo("✓ 签退：谢铁峰（张伟 的接待继续，客户离开时按 F4 送客）");

        // ← → reach the dimmed card too; F4 ends the reception and the card goes
        selectCard("谢铁峰");
        type(KeyCode.F4);
        waitUntil(() -> card("谢铁峰").isEmpty());
        assertThat(told()).isEqualTo("✓ 送客：张伟（谢铁峰）");

        // now F8 offers signing him in again, preselected: F8, Enter
        type(KeyCode.F8);
        waitUntil(() -> hasKeys("sign-in-list"));
        assertThat(lookup(".sign-in-list").queryAs(ListView.class).getSelectionModel().getSelectedItem())
                .isEqualTo("谢铁峰");
        assertThat(lookup("签到 谢铁峰 (Enter)").tryQuery()).isPresent();
        type(KeyCode.ENTER);
        waitUntil(() -> classes("谢铁峰").contains("available"));
        assertThat(told()).isEqualTo("✓ 签到：谢铁峰");
    }
}
