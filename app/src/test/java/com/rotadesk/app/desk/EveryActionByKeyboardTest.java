package com.rotadesk.app.desk;

import com.rotadesk.model.OfficeProfile;
import com.rotadesk.model.Visit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.ToggleSwitch;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every action of the desk without the mouse: the keys the key bar lists, the card menu (Shift+F10), today's visits
 * (Ctrl+L) and a visit's correction, a waiting visitor other than the oldest, and every menu by its mnemonic. No click, no pointer move: if
 * an action needed the mouse, this test could not reach it.
 */
class EveryActionByKeyboardTest extends DeskRobot {

    private void busyMorning() {
        // two groups; 丁伟 (group 2) not signed in yet; both of group 1 receiving, 赵敏 and 孙丽 waiting
        office(new OfficeProfile("测试售楼处", List.of(new OfficeProfile.Group("销售一组", List.of("谢铁峰", "徐娅")),
                new OfficeProfile.Group("销售二组", List.of("丁伟")))), List.of("谢铁峰", "徐娅"),
                walkIn(9, 0, "v1", "张三", "13700000001"), walkIn(9, 5, "v2", "李四", "13700000002"),
                walkIn(9, 10, "v3", "赵敏", "13700000003"), walkIn(9, 15, "v4", "孙丽", "13700000004"));
    }

    private List<String> labels(String selector) {
        return lookup(selector).queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    private boolean card(String consultant, String styleClass) {
        return lookup(".card").match(n -> consultant.equals(n.getUserData())).tryQuery()
                .map(c -> c.getStyleClass().contains(styleClass)).orElse(false);
    }

    private void select(String consultant) throws Exception {
        for (int i = 0; i < 5 && !card(consultant, "selected"); i++) {
            type(KeyCode.RIGHT);
            waitUntil(() -> !lookup(".card.selected").queryAll().isEmpty());
        }
        assertThat(card(consultant, "selected")).as("%s's card is selected", consultant).isTrue();
    }

    /** F2 or F3, the phone, Tab, the name as a Chinese input method commits it. */
    private void register(KeyCode key, String phone, String name) throws Exception {
        type(key);
        waitUntil(() -> hasKeys("phone-field"));
        typeDigits(phone);
        type(KeyCode.TAB);
        commitChinese("name-field", name);
    }

    private void shiftF10() {
        press(KeyCode.SHIFT).type(KeyCode.F10).release(KeyCode.SHIFT);
    }

    private void ctrl(KeyCode key) {
        press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
    }

    private void closeWithEscape() throws Exception {
        type(KeyCode.ESCAPE);
        waitUntil(() -> !dialogOpen());
    }

    private Stage desk() {
        return (Stage) listWindows().getFirst();
    }

    @SuppressWarnings("unchecked")
    private ListView<Visit> visits() {
        return lookup(".visits").queryAs(ListView.class);
    }

    @Test
    void aBusyMorningWithoutTheMouse() throws Exception {
        busyMorning();
        openDesk("2026-11-23T10:00:00");
        waitUntil(() -> labels(".waiting-chip").size() == 2);

        // F8: the first consultant not signed in is offered; Enter signs 丁伟 in
        type(KeyCode.F8);
        waitUntil(() -> hasKeys("sign-in-list"));
        type(KeyCode.ENTER);
        waitUntil(() -> told().equals("✓ 签到：丁伟"));

        // F6 with two waiting: ↓ chooses 孙丽 (not the oldest); Alt+L: she left without being received
        type(KeyCode.F6);
        waitUntil(() -> hasKeys("choices"));
        type(KeyCode.DOWN);
        type(KeyCode.ENTER);
        waitUntil(() -> lookup(".waiting-dialog .who").tryQueryAs(Label.class)
                .map(l -> l.getText().startsWith("孙丽")).orElse(false));
        press(KeyCode.ALT).type(KeyCode.L).release(KeyCode.ALT);
        waitUntil(() -> told().equals("✓ 客户已离开（未接待）：孙丽"));
        assertThat(labels(".waiting-chip")).containsExactly("赵敏 · 50 分钟");

        // ← →, F4: 张三 leaves 谢铁峰
        select("谢铁峰");
        type(KeyCode.F4);
        waitUntil(() -> told().equals("✓ 送客：张三（谢铁峰）"));

        // F6 with one waiting: the rules propose 谢铁峰 at once; Enter
        type(KeyCode.F6);
        waitUntil(() -> lookup(".waiting-dialog .proposal").tryQueryAs(Label.class)
                .map(l -> l.getText().equals("谢铁峰")).orElse(false));
        type(KeyCode.ENTER);
        waitUntil(() -> told().startsWith("✓ 接待等待的客户：赵敏 → 谢铁峰"));

        // F2: a new visitor, nobody free in the group: they wait
        register(KeyCode.F2, "13800005678", "王建国");
        waitUntil(() -> lookup(".checkin .why").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("暂无顾问可接待：客户将等待")));
        type(KeyCode.ENTER);
        waitUntil(() -> told().equals("✓ 登记来访：王建国，等待接待"));

        // F3: a call
        register(KeyCode.F3, "13900001111", "李秀英");
        waitUntil(() -> lookup(".proposal").tryQueryAs(Label.class).map(l -> !l.getText().equals("…")).orElse(false)
                && !lookup(".checkin .why").queryAllAs(Label.class).isEmpty());
        type(KeyCode.ENTER);
        waitUntil(() -> told().startsWith("✓ 登记来电：李秀英"));

        // F7: the phone lane, and back
        type(KeyCode.F7);
        waitUntil(() -> lookup(".lane-phone").queryAs(ToggleButton.class).isSelected());
        type(KeyCode.F7);
        waitUntil(() -> lookup(".lane-walk-in").queryAs(ToggleButton.class).isSelected());

        // Ctrl+G: the second group's lane (丁伟), and back
        ctrl(KeyCode.G);
        waitUntil(() -> "销售二组".equals(lookup(".group-box").queryAs(ComboBox.class).getValue())
                && lookup(".card").match(n -> "丁伟".equals(n.getUserData())).tryQuery().isPresent());
        ctrl(KeyCode.G);
        waitUntil(() -> "销售一组".equals(lookup(".group-box").queryAs(ComboBox.class).getValue()));

        // F9: surge on, and off
        type(KeyCode.F9);
        waitUntil(() -> told().equals("✓ 高峰模式已开启") && lookup(".toggle-switch").queryAs(ToggleSwitch.class)
                .isSelected());
        type(KeyCode.F9);
        waitUntil(() -> told().equals("✓ 高峰模式已关闭"));

        // F5 on 徐娅: away on business, and back
        select("徐娅");
        type(KeyCode.F5);
        waitUntil(() -> told().equals("✓ 公事外出：徐娅"));
        type(KeyCode.F5);
        waitUntil(() -> told().equals("✓ 返回：徐娅"));

        // Shift+F10: 徐娅's card menu, ↓ to "away (private)", Enter
        shiftF10();
        menuItem("私事外出");
        waitUntil(() -> told().equals("✓ 私事外出：徐娅"));
        type(KeyCode.F5);
        waitUntil(() -> told().equals("✓ 返回：徐娅"));

        // Ctrl+L: today's visits take the keys; ↓ to 赵敏, Enter opens her menu; she leaves
        ctrl(KeyCode.L);
        waitUntil(() -> hasKeys("visits"));
        for (int i = 0; i < 8 && !visits().getSelectionModel().getSelectedItem().ref().equals("v3"); i++) {
            type(KeyCode.DOWN);
        }
        assertThat(visits().getSelectionModel().getSelectedItem().registration().name()).isEqualTo("赵敏");
        type(KeyCode.ENTER);
        menuItem("送客：赵敏（谢铁峰）");
        waitUntil(() -> told().equals("✓ 送客：赵敏（谢铁峰）"));
        // the same visit's menu again: correct her registration (R28), its phone taking the keys; Esc
        waitUntil(() -> hasKeys("visits"));
        type(KeyCode.ENTER);
        menuItem("更正登记…");
        waitUntil(() -> hasKeys("correct-phone"));
        closeWithEscape();
        type(KeyCode.ESCAPE);
        waitUntil(() -> hasKeys("board"));

        // Ctrl+F: search by phone digits; Esc gives the keys back to the board
        ctrl(KeyCode.F);
        waitUntil(() -> hasKeys("text-field"));
        typeDigits("5678");
        waitUntil(() -> visits().getItems().size() == 1);
        type(KeyCode.ESCAPE);
        waitUntil(() -> hasKeys("board"));

        // Ctrl+Z: the undo list names the last action; Enter takes it back
        ctrl(KeyCode.Z);
        waitUntil(() -> dialogOpen());
        assertThat(shownTexts()).contains("送客 赵敏（谢铁峰）");
        type(KeyCode.ENTER);
        waitUntil(() -> told().equals("✓ 已撤销：送客 赵敏（谢铁峰）"));

        // F11: the floor display opens in a window of its own and the desk keeps the keys; F11 closes it
        type(KeyCode.F11);
        waitUntil(() -> lookup(".floor").tryQuery().map(n -> n.getScene().getWindow().isShowing()).orElse(false));
        assertThat(told()).startsWith("✓ 大屏已在窗口中打开");
        type(KeyCode.F11);
        waitUntil(() -> told().equals("✓ 大屏已关闭") && !dialogOpen());

        // the menus by their mnemonics: 接待 (Alt+R) → check in
        alt(KeyCode.R);
        menuItem("登记来访 (F2)");
        waitUntil(() -> hasKeys("phone-field"));
        closeWithEscape();

        // 案场 (Alt+O) → the office, titled for editing, the office's name taking the keys
        alt(KeyCode.O);
        menuItem("案场、轮排组与顾问…");
        waitUntil(() -> dialogOpen() && hasKeys("text-field"));
        assertThat(((Stage) listWindows().getLast()).getTitle()).isEqualTo("案场、轮排组与顾问");
        assertThat(((TextField) listWindows().getLast().getScene().getFocusOwner()).getText()).isEqualTo("测试售楼处");
        closeWithEscape();

        alt(KeyCode.O);
        menuItem("轮排规则设置…");
        waitUntil(this::dialogOpen);
        closeWithEscape();

        alt(KeyCode.O);
        menuItem("客户个人信息（个保法）…");
        waitUntil(() -> hasKeys("privacy-phone"));
        closeWithEscape();

        // 文件 (Alt+F) → the daily sheets; Ctrl+E the export
        alt(KeyCode.F);
        menuItem("报表预览与打印…");
        waitUntil(this::dialogOpen);
        closeWithEscape();
        ctrl(KeyCode.E);
        waitUntil(this::dialogOpen);
        closeWithEscape();

        // 视图 (Alt+V) → English: the same board, and the key bar whole inside the window
        alt(KeyCode.V);
        menuItem("中文 / English");
        waitUntil(() -> lookup(".next-banner .caption").tryQueryAs(Label.class)
                .map(l -> l.getText().equals("Next up")).orElse(false));
        Scene scene = desk().getScene();
        for (Node chip : lookup(".key-chip").queryAll()) {
            Bounds b = chip.localToScene(chip.getBoundsInLocal());
            assertThat(b.getMaxX()).as("key chip inside the window").isLessThanOrEqualTo(scene.getWidth());
            assertThat(b.getMaxY()).as("key chip inside the window").isLessThanOrEqualTo(scene.getHeight());
        }
        assertThat(String.join(" ", labels(".keys .label"))).contains("F2", "Check in", "F11", "Floor display");
        assertThat(listWindows().stream().filter(Window::isShowing).count()).isEqualTo(1);
    }
}
