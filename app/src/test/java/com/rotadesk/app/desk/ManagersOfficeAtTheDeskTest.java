package com.rotadesk.app.desk;

import com.rotadesk.app.clients.ClientOffice;
import com.rotadesk.app.clients.ClientTimeline;
import com.rotadesk.app.clients.ColumnMapping;
import com.rotadesk.app.clients.RegisterReader;
import com.rotadesk.app.clients.RegisterTable;
import com.rotadesk.model.Action;
import com.rotadesk.model.Channel;
import com.rotadesk.model.OfficeProfile;
import com.rotadesk.model.Registration;
import com.rotadesk.model.VisitSource;
import com.rotadesk.persistence.ClientRow;
import com.rotadesk.persistence.OfficeStore;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.InputMethodEvent;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The manager's office on the real window, by keyboard: Ctrl+K opens the clients, typed digits find a client, Down and
 * Enter open its timeline; Ctrl+T moves a client to another consultant with a reason; Ctrl+I reads an old register in
 * GB18030, previews every row's fate, Alt+O sends the clients of consultants who left to the pool, Enter imports.
 * The Office menu reaches the import and a consultant's leaving without the clients window.
 */
class ManagersOfficeAtTheDeskTest extends DeskRobot {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    private static final List<String> TEAM = List.of("谢铁峰", "徐娅", "丁伟");

    private void office() throws Exception {
        Path register = Files.writeString(folder.resolveSibling(folder.getFileName() + "-first.csv"), """
                姓名,电话,置业顾问,登记日期,最近来访
                王建国,13900000001,徐娅,2026-08-01,2026-11-10
                李秀英,13900000002,丁伟,2026-08-01,2026-11-12
                """);
        try (OfficeStore store = OfficeStore.open(folder)) {
            store.submit(new Action.ConfigureOffice(DAY.atTime(7, 0), new OfficeProfile("测试售楼处",
                    List.of(new OfficeProfile.Group("销售一组", TEAM)))));
            store.submit(new Action.StartDay(DAY));
            ClientOffice office = new ClientOffice(store);
            RegisterTable t = new RegisterReader().read(register);
            office.importRegister(office.preview(t, ColumnMapping.recognise(t), Action.UnknownOwner.POOL,
                    DAY.atTime(7, 30)), DAY.atTime(7, 30));
            for (String c : TEAM) {
                store.submit(new Action.SignIn(DAY.atTime(8, 0), c, null));
            }
            store.submit(new Action.CheckIn(DAY.atTime(9, 0), Channel.WALK_IN, "v1", new Registration("王建国",
                    "13900000001", 1, VisitSource.WALK_IN), null, null, null, null, List.of()));
            store.submit(new Action.EndVisit(DAY.atTime(9, 20), "v1"));
        }
        Files.deleteIfExists(register);
    }

    private Window titled(String title) {
        return listWindows().stream().filter(w -> w instanceof javafx.stage.Stage s && title.equals(s.getTitle()))
                .findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private <T> TableView<T> table(Window w, String styleClass) {
        return (TableView<T>) from(w.getScene().getRoot()).lookup(styleClass).match(Node::isVisible).query();
    }

    private void openClients() throws Exception {
        press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        waitUntil(() -> titled("客户管理") != null && lookup(".clients-search").tryQueryAs(TextField.class)
                .map(Node::isFocused).orElse(false));
    }

    @Test
    void aClientIsFoundByItsDigitsAndItsTimelineOpensByKeyboard() throws Exception {
        office();
        openDesk("2026-11-23T10:00:00");
        openClients();
        typeDigits("0001");
        waitUntil(() -> {
            TableView<ClientRow> t = table(titled("客户管理"), ".all-table");
            return t.getItems().size() == 1 && t.getItems().getFirst().client().phone().equals("13900000001");
        });
        TableView<ClientRow> found = table(titled("客户管理"), ".all-table");
        assertThat(found.getItems().getFirst().standing().owner()).isEqualTo("徐娅");
        assertThat(found.getItems().getFirst().visits()).isEqualTo(1);
        assertThat(shownTexts()).contains("1 位客户");

        type(KeyCode.DOWN);
        assertThat(found.isFocused()).isTrue();
        type(KeyCode.ENTER);
        waitUntil(() -> titled("客户档案") != null && !table(titled("客户档案"), ".timeline-lines").getItems().isEmpty());
        TableView<ClientTimeline.Line> lines = table(titled("客户档案"), ".timeline-lines");
        assertThat(lines.getItems()).extracting(ClientTimeline.Line::kind).containsExactly(ClientTimeline.Kind.IMPORT,
                ClientTimeline.Kind.VISIT);
        assertThat(lines.getItems()).allSatisfy(l -> assertThat(l.entry()).isPositive());
        assertThat(shownTexts()).contains("客户：王建国　电话：139****0001").contains("现状：徐娅 · 受保护至 2026-12-23");
        type(KeyCode.ESCAPE);
        waitUntil(() -> titled("客户档案") == null);
        type(KeyCode.ESCAPE);
        waitUntil(() -> titled("客户管理") == null);
    }

    @Test
    void aClientIsTransferredByKeyboardWithAReason() throws Exception {
        office();
        openDesk("2026-11-23T10:00:00");
        openClients();
        typeDigits("13900000002");
        waitUntil(() -> table(titled("客户管理"), ".all-table").getItems().size() == 1);
        press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        waitUntil(() -> titled("客户调配") != null && lookup(".transfer-to").tryQuery().map(Node::isFocused)
                .orElse(false) && !lookup(".transfer-to").queryAs(ComboBox.class).getItems().isEmpty());
        assertThat(shownTexts()).contains("调配客户：李秀英（139****0002），现归属：丁伟");
        // the list offers the others: 谢铁峰 first, then 徐娅 (arrows move in the open list, Enter picks)
        assertThat(lookup(".transfer-to").queryAs(ComboBox.class).getItems()).containsExactly("谢铁峰", "徐娅");
        press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        type(KeyCode.DOWN, KeyCode.DOWN, KeyCode.UP, KeyCode.UP);
        type(KeyCode.ENTER);
        waitUntil(() -> lookup(".transfer-reason").tryQuery().map(Node::isFocused).orElse(false));
        assertThat(lookup(".transfer-to").queryAs(ComboBox.class).getValue()).isEqualTo("谢铁峰");
        // no reason yet: the manager is told, nothing moves
        type(KeyCode.ENTER);
        waitUntil(() -> shownTexts().contains("请填写原因"));
        type(KeyCode.K, KeyCode.H, KeyCode.Y, KeyCode.Q);
        type(KeyCode.ENTER);
        waitUntil(() -> titled("客户调配") == null);
        waitUntil(() -> shownTexts().contains("已调配 1 位客户"));
        waitUntil(() -> table(titled("客户管理"), ".all-table").getItems().size() == 1
                && "谢铁峰".equals(table(titled("客户管理"), ".all-table").getItems().getFirst() instanceof ClientRow r
                        ? r.standing().owner() : null));
        closeDesk();
        try (OfficeStore store = OfficeStore.open(folder)) {
            assertThat(store.engine().standing("13900000002", DAY.atTime(11, 0)).owner()).isEqualTo("谢铁峰");
            assertThat(store.verify().intact()).isTrue();
        }
    }

    @Test
    void anOldRegisterIsPreviewedAndImportedByKeyboard() throws Exception {
        office();
        Path register = folder.resolveSibling(folder.getFileName() + "-register.csv");
        Files.write(register, """
                客户登记表
                客户姓名,手机,接待人,首次来访,最后跟进
                赵敏,139 0000 0003,丁伟,2026/9/1,2026年11月15日
                ,13900000004,徐娅,2026-09-01,2026-11-01
                钱多多,13900000005,张离职,2026-05-01,2026-11-20
                王建国,13900000001,丁伟,2026-01-01,2026-11-01
                """.getBytes(Charset.forName("GB18030")));
        openDesk("2026-11-23T10:00:00");
        openClients();
        press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        waitUntil(() -> lookup(".import-file").tryQuery().map(Node::isFocused).orElse(false));
        typeText(lookup(".import-file").queryAs(TextField.class), register.toString());
        type(KeyCode.ENTER);
        waitUntil(() -> shownTexts().contains("共 4 行"));
        assertThat(shownTexts()).contains("GB18030，逗号分隔").contains("张离职（1）")
                .contains("请选择如何处理不在本案场的顾问");
        Button go = lookup(".button").match(n -> n instanceof Button b && "导入".equals(b.getText())).query();
        assertThat(go.isDisabled()).as("the manager must choose first").isTrue();
        TableView<com.rotadesk.app.clients.ImportPreview.Line> rows = table(titled("导入客户登记表"), ".import-rows");
        assertThat(rows.getItems()).extracting(com.rotadesk.app.clients.ImportPreview.Line::fate).containsExactly(
                com.rotadesk.app.clients.ImportPreview.Fate.ACCEPTED, com.rotadesk.app.clients.ImportPreview.Fate.REFUSED,
                com.rotadesk.app.clients.ImportPreview.Fate.ACCEPTED, com.rotadesk.app.clients.ImportPreview.Fate.WINS);

        press(KeyCode.ALT, KeyCode.O).release(KeyCode.O, KeyCode.ALT);
        waitUntil(() -> !go.isDisabled() && go.isFocused());
        assertThat(shownTexts()).contains("接受 2（其中公客池 1）").contains("取代 1").contains("拒绝 1");
        assertThat(rows.getItems()).extracting(com.rotadesk.app.clients.ImportPreview.Line::fate).containsExactly(
                com.rotadesk.app.clients.ImportPreview.Fate.ACCEPTED, com.rotadesk.app.clients.ImportPreview.Fate.REFUSED,
                com.rotadesk.app.clients.ImportPreview.Fate.TO_POOL, com.rotadesk.app.clients.ImportPreview.Fate.WINS);
        type(KeyCode.ENTER);
        waitUntil(() -> shownTexts().contains("已导入：条目"));
        assertThat(lookup(".label").queryAllAs(Label.class).stream().map(Label::getText)
                .anyMatch(s -> s.contains("预览之后记录有变"))).isFalse();
        type(KeyCode.ESCAPE);
        closeDesk();
        Files.deleteIfExists(register);
        try (OfficeStore store = OfficeStore.open(folder)) {
            var at = DAY.atTime(11, 0);
            assertThat(store.engine().standing("13900000003", at).owner()).isEqualTo("丁伟");
            assertThat(store.engine().standing("13900000005", at).publicSince()).isNotNull();
            // the earlier registration of the old register wins over the first import's (R17)
            assertThat(store.engine().client("13900000001").owner()).isEqualTo("丁伟");
            assertThat(store.verify().intact()).isTrue();
        }
    }

    private void typeText(TextField field, String text) {
        // text arrives as an input method commits it (TestFX types only key codes on the headless platform)
        interact(() -> Event.fireEvent(field, new InputMethodEvent(InputMethodEvent.INPUT_METHOD_TEXT_CHANGED,
                List.of(), text, 0)));
    }

    @Test
    void theOfficeMenuImportsARegisterAndHandsOverALeavingConsultantsClients() throws Exception {
        office();
        openDesk("2026-11-23T10:00:00");
        alt(KeyCode.O);
        menuItem("导入旧客户登记表…");
        waitUntil(() -> titled("导入客户登记表") != null && lookup(".import-file").tryQuery().map(Node::isFocused)
                .orElse(false));
        // nothing typed, then a file that is not there: one line each, nothing read
        type(KeyCode.ENTER);
        waitUntil(() -> shownTexts().contains("请输入文件路径，或按 Ctrl+O 选择文件"));
        Path absent = folder.resolveSibling(folder.getFileName() + "-absent.csv");
        typeText(lookup(".import-file").queryAs(TextField.class), absent.toString());
        type(KeyCode.ENTER);
        waitUntil(() -> shownTexts().contains("无法读取 " + absent.getFileName() + "：文件不存在")
                || shownTexts().contains("无法读取 " + absent + "：文件不存在"));
        assertThat(lookup(".import-rows").queryAs(TableView.class).getItems()).isEmpty();
        type(KeyCode.ESCAPE);
        waitUntil(() -> titled("导入客户登记表") == null);

        alt(KeyCode.O);
        menuItem("离职移交（调配顾问的全部客户）…");
        waitUntil(() -> titled("客户调配") != null && lookup(".transfer-from").tryQuery().map(Node::isFocused)
                .orElse(false) && !lookup(".transfer-from").queryAs(ComboBox.class).getItems().isEmpty());
        // 丁伟 leaves: the third in the office's list; he is then no longer offered as the one to take them
        press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        type(KeyCode.DOWN, KeyCode.DOWN, KeyCode.DOWN);
        type(KeyCode.ENTER);
        waitUntil(() -> "丁伟".equals(lookup(".transfer-from").queryAs(ComboBox.class).getValue())
                && lookup(".transfer-to").query().isFocused());
        assertThat(shownTexts()).contains("离职移交：丁伟 名下受保护的客户（不含成交客户）");
        assertThat(lookup(".transfer-to").queryAs(ComboBox.class).getItems()).containsExactly("谢铁峰", "徐娅");
        // no one chosen to take them: one line, nothing moves
        clickOn(lookup(".transfer-reason").queryAs(TextField.class));
        type(KeyCode.L, KeyCode.Z);
        type(KeyCode.ENTER);
        waitUntil(() -> shownTexts().contains("请选择接收的置业顾问"));
        clickOn((Node) lookup(".radio-button").match(n -> n instanceof javafx.scene.control.RadioButton r
                && "公客池".equals(r.getText())).query());
        clickOn(lookup(".transfer-reason").queryAs(TextField.class));
        type(KeyCode.ENTER);
        waitUntil(() -> titled("客户调配") == null);
        waitUntil(() -> shownTexts().contains("已调配 1 位客户"));
        type(KeyCode.ENTER);
        closeDesk();
        try (OfficeStore store = OfficeStore.open(folder)) {
            var standing = store.engine().standing("13900000002", DAY.atTime(11, 0));
            assertThat(standing.owner()).isNull();
            assertThat(standing.publicSince()).isNotNull();
            assertThat(store.engine().standing("13900000001", DAY.atTime(11, 0)).owner()).isEqualTo("徐娅");
            assertThat(store.verify().intact()).isTrue();
        }
    }
}
