package com.rotadesk.app.desk;

import com.rotadesk.app.clients.ClientTimeline;
import com.rotadesk.app.sheets.DaySheets;
import com.rotadesk.app.sheets.RegisterLine;
import com.rotadesk.model.Action;
import com.rotadesk.model.Channel;
import com.rotadesk.model.OfficeProfile;
import com.rotadesk.model.Registration;
import com.rotadesk.model.VisitSource;
import com.rotadesk.persistence.ClientRow;
import com.rotadesk.persistence.OfficeStore;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R28 "at any time" on the real window, by keyboard: a visit of yesterday found in the client's timeline (Ctrl+K,
 * digits, Enter), Ctrl+E corrects its phone with a reason, the dialog shows the engine's decision before Enter, and
 * after Enter the client belongs to yesterday's receiver, yesterday's register shows the corrected phone with 更正,
 * and the record verifies.
 */
class EarlierCorrectionAtTheDeskTest extends DeskRobot {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate TUESDAY = MONDAY.plusDays(1);
    private static final List<String> TEAM = List.of("谢铁峰", "徐娅", "丁伟");

    private void office() {
        try (OfficeStore store = OfficeStore.open(folder)) {
            store.submit(new Action.ConfigureOffice(MONDAY.atTime(7, 0), new OfficeProfile("测试售楼处",
                    List.of(new OfficeProfile.Group("销售一组", TEAM)))));
            store.submit(new Action.StartDay(MONDAY));
            for (String c : TEAM) {
                store.submit(new Action.SignIn(MONDAY.atTime(8, 0), c, null));
            }
            store.submit(new Action.CheckIn(MONDAY.atTime(9, 0), Channel.WALK_IN, "v1", new Registration("王建国",
                    "13900000011", 1, VisitSource.WALK_IN), null, null, null, null, List.of()));
            store.submit(new Action.EndVisit(MONDAY.atTime(9, 20), "v1"));
            store.submit(new Action.StartDay(TUESDAY));
            for (String c : TEAM) {
                store.submit(new Action.SignIn(TUESDAY.atTime(8, 0), c, null));
            }
        }
    }

    private Window titled(String prefix) {
        return listWindows().stream().filter(w -> w instanceof javafx.stage.Stage s && s.getTitle() != null
                && s.getTitle().startsWith(prefix)).findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private <T> TableView<T> table(Window w, String styleClass) {
        return (TableView<T>) from(w.getScene().getRoot()).lookup(styleClass).match(Node::isVisible).query();
    }

    private List<String> decision() {
        return lookup(".correction .decision .label").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    private Button confirm() {
        return lookup(".correction .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().startsWith("确认更正")).findFirst().orElseThrow();
    }

    private void tabTo(String styleClass) throws Exception {
        for (int i = 0; i < 12 && !hasKeys(styleClass); i++) {
            type(KeyCode.TAB);
        }
        waitUntil(() -> hasKeys(styleClass));
    }

    @Test
    void yesterdaysMistypedPhoneIsCorrectedFromTheTimelineAndTheClientFollows() throws Exception {
        office();
        String receiver;
        try (OfficeStore store = OfficeStore.open(folder)) {
            receiver = store.engineAt(MONDAY).visits().getFirst().consultant();
        }
        openDesk("2026-11-24T10:00:00");
        press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        waitUntil(() -> titled("客户管理") != null && lookup(".clients-search").tryQueryAs(TextField.class)
                .map(Node::isFocused).orElse(false));
        typeDigits("0011");
        waitUntil(() -> {
            TableView<ClientRow> t = table(titled("客户管理"), ".all-table");
            return t.getItems().size() == 1;
        });
        type(KeyCode.DOWN);
        type(KeyCode.ENTER);
        waitUntil(() -> titled("客户档案") != null && !table(titled("客户档案"), ".timeline-lines").getItems().isEmpty());
        TableView<ClientTimeline.Line> lines = table(titled("客户档案"), ".timeline-lines");
        assertThat(lines.getSelectionModel().getSelectedItem().kind()).isEqualTo(ClientTimeline.Kind.VISIT);

        press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitUntil(() -> hasKeys("correct-phone"));
        assertThat(((javafx.stage.Stage) titled("更正 11-23 的登记")).getTitle()).isEqualTo("更正 11-23 的登记 · 更正来访");
        press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        typeDigits("13900000001");
        waitUntil(() -> decision().contains("电话 139****0001 归属 " + receiver));
        assertThat(decision()).contains("电话 139****0011 不再属于任何人", "轮次不变：类型、计入、补接和轮次位置都不改（R28）");
        tabTo("correct-reason");
        commitChinese("correct-reason", "电话录错");
        waitUntil(() -> !confirm().isDisabled());
        type(KeyCode.ENTER);

        waitUntil(() -> titled("更正 11-23") == null);
        waitUntil(() -> lookup(".clients-status").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().startsWith("已更正 11-23 第 1 号来访：电话（电话录错）")));
        closeDesk();
        try (OfficeStore store = OfficeStore.open(folder)) {
            assertThat(store.engine().standing("13900000001", TUESDAY.atTime(10, 5)).owner()).isEqualTo(receiver);
            assertThat(store.engine().client("13900000011")).isNull();
            RegisterLine line = DaySheets.of(store.engineAt(MONDAY), store.anchorAt(MONDAY).text()).visits().lines()
                    .getFirst();
            assertThat(line.phone()).isEqualTo("13900000001");
            assertThat(line.notes()).anyMatch(n -> n instanceof RegisterLine.Note.Corrected);
            assertThat(store.verify().intact()).isTrue();
        }
    }
}
