package com.rotadesk.app.desk;

import com.rotadesk.app.sheets.DaySheets;
import com.rotadesk.app.sheets.RegisterLine;
import com.rotadesk.model.Action;
import com.rotadesk.model.Channel;
import com.rotadesk.model.Registration;
import com.rotadesk.model.VisitSource;
import com.rotadesk.model.VoidReason;
import com.rotadesk.persistence.OfficeStore;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R28 at the desk, by keyboard: a visit corrected from today's visits (Ctrl+L) to a phone that is another
 * consultant's client keeps the rotation, leaves the client with the earlier owner and offers the void of R14 as a
 * second step; an incomplete registration is completed from the card menu (Shift+F10).
 */
class CorrectionsAtTheDeskTest extends DeskRobot {

    private List<String> labels(String selector) {
        return lookup(selector).queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    private List<String> decision() {
        return labels(".correction .decision .label");
    }

    private String warning() {
        return lookup(".correction .label").queryAllAs(Label.class).stream()
                .filter(l -> l.getText() != null && l.getText().startsWith("⚠")).map(Label::getText).findFirst()
                .orElse("");
    }

    private Button confirm() {
        return lookup(".correction .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().startsWith("确认更正")).findFirst().orElseThrow();
    }

    private Button focusedButton() {
        return listWindows().stream().filter(Window::isShowing).map(w -> w.getScene().getFocusOwner())
                .filter(n -> n instanceof Button).map(n -> (Button) n).reduce((a, b) -> b).orElse(null);
    }

    private void ctrl(KeyCode key) {
        press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
    }

    /** Tab until the field with this style class has the keys. */
    private void tabTo(String styleClass) throws Exception {
        for (int i = 0; i < 12 && !hasKeys(styleClass); i++) {
            type(KeyCode.TAB);
        }
        waitUntil(() -> hasKeys(styleClass));
    }

    /** The lines of today's visits as the list shows them, newest first. */
    private List<String> visitLines() {
        return labels(".visits .visit-cell .label");
    }

    private static RegisterLine line(DaySheets sheets, String name) {
        return sheets.visits().lines().stream().filter(l -> name.equals(l.name())).findFirst().orElseThrow();
    }

    @Test
    void aPhoneCorrectedToAnotherConsultantsClientLeavesTheRotationAndOffersTheVoid() throws Exception {
        // 张太太 is 谢铁峰's client since 09:00; 张先生 went to 丁伟 as a new visitor, counted, with a mistyped phone
        office(List.of("谢铁峰", "丁伟"), walkIn(9, 0, "v1", "张太太", "13800000009"),
                new Action.EndVisit(DAY.atTime(9, 5), "v1"), walkIn(9, 10, "v2", "张先生", "13800000003"));
        openDesk("2026-11-23T09:20:00");

        // Ctrl+L: the newest visit is selected; Enter, its menu: correct the registration
        ctrl(KeyCode.L);
        waitUntil(() -> hasKeys("visits"));
        type(KeyCode.ENTER);
        menuItem("更正登记…");
        waitUntil(() -> hasKeys("correct-phone"));
        assertThat(lookup(".correct-phone").queryAs(TextField.class).getText()).isEqualTo("13800000003");
        assertThat(lookup(".correct-name").queryAs(TextField.class).getText()).isEqualTo("张先生");

        // nothing changed yet: the engine's refusal, in words, and Enter does nothing
        waitUntil(() -> decision().stream().anyMatch(l -> l.contains("没有改变任何内容")));
        type(KeyCode.ENTER);
        assertThat(dialogOpen()).isTrue();

        // an emptied phone is one clear line, and nothing can be confirmed
        ctrl(KeyCode.A);
        type(KeyCode.BACK_SPACE);
        waitUntil(() -> warning().equals("⚠ 电话不能清空：请输入正确的号码"));
        assertThat(confirm().isDisabled()).isTrue();

        // the right number: the engine says whose client it is and that the void will be offered, before any Enter
        typeDigits("13800000009");
        waitUntil(() -> decision().contains("电话 138****0009 是 谢铁峰 的客户（先登记者优先，R17）：客户仍归 谢铁峰，这次来访不让 丁伟 成为归属顾问"));
        assertThat(decision()).contains("丁伟 的这次接待计入了轮次：确认更正后可作废（他人客户，R14）",
                "电话 138****0003 不再属于任何人", "轮次不变：类型、计入、补接和轮次位置都不改（R28）");
        // a letter is refused where it is typed, in one line; the number and the outcome stand
        type(KeyCode.A);
        waitUntil(() -> warning().equals("⚠ 电话只能输入数字：“a”没有输入"));
        assertThat(lookup(".correct-phone").queryAs(TextField.class).getText()).isEqualTo("13800000009");
        waitUntil(() -> decision().contains("电话 138****0003 不再属于任何人"));
        // without a reason it cannot be confirmed yet
        tabTo("correct-reason");
        assertThat(warning()).isEqualTo("⚠ 请填写更正原因（必填，与原登记一起记入日志）");
        type(KeyCode.ENTER);
        assertThat(dialogOpen()).isTrue();

        commitChinese("correct-reason", "电话录错");
        waitUntil(() -> !confirm().isDisabled());
        type(KeyCode.ENTER);

        // saved, and the void offered as a question of its own, "keep it counted" being what Enter does
        waitUntil(() -> lookup("不作废").tryQuery().isPresent());
        assertThat(told()).isEqualTo("✓ 已更正 张先生：电话（电话录错）");
        assertThat(shownTexts()).contains("张先生 是 谢铁峰 的客户：作废 丁伟 的这次接待吗？");
        waitUntil(() -> focusedButton() != null && focusedButton().getText().equals("不作废"));
        for (int i = 0; i < 3 && !focusedButton().getText().equals("作废 丁伟 的接待"); i++) {
            type(KeyCode.TAB);
        }
        type(KeyCode.SPACE);
        waitUntil(() -> told().equals("✓ 作废接待：张先生（丁伟）（退还补接）"));
        assertThat(dialogOpen()).isFalse();

        // today's visits: the corrected phone, marked 更正, no longer counted
        waitUntil(() -> visitLines().containsAll(List.of("09:10  张先生  138****0009", "      ✎ 更正")));
        assertThat(visitLines()).anyMatch(l -> l.contains("→ 丁伟") && l.contains("不计"));

        closeDesk();
        try (OfficeStore store = OfficeStore.open(folder)) {
            // ownership follows the corrected data: the earlier registration wins, the mistyped number is nobody's
            assertThat(store.engine().ownerOf("13800000009", DAY.atTime(9, 30))).isEqualTo("谢铁峰");
            assertThat(store.engine().client("13800000003")).isNull();
            // the rotation stood until the void: 丁伟's turn refunded as a make-up credit (R14)
            assertThat(store.engine().turns("丁伟", null, Channel.WALK_IN)).isZero();
            assertThat(store.engine().credits("丁伟", null, Channel.WALK_IN)).hasSize(1);
            RegisterLine zhang = line(DaySheets.of(store.engine()), "张先生");
            assertThat(zhang.phone()).isEqualTo("13800000009");
            assertThat(zhang.notes()).contains(new RegisterLine.Note.Corrected(),
                    new RegisterLine.Note.Voided(VoidReason.OTHERS_CLIENT));
            // the journal keeps the original beside the correction
            List<Action> journal = store.recordedDays(DAY, DAY).getFirst().actions();
            assertThat(journal).anySatisfy(a -> assertThat(a).isInstanceOfSatisfying(Action.CheckIn.class,
                    c -> assertThat(c.registration().phone()).isEqualTo("13800000003")));
            assertThat(journal.stream().filter(a -> a instanceof Action.Correct).map(a -> (Action.Correct) a)
                    .map(c -> List.of(c.ref(), c.phone(), c.reason()))).containsExactly(List.of("v2", "13800000009",
                    "电话录错"));
        }
    }

    @Test
    void theCardMenuCompletesAnIncompleteRegistration() throws Exception {
        // 李女士 gave no phone at 09:00: 谢铁峰 receives her, an incomplete registration (R16)
        office(List.of("谢铁峰", "徐娅"), new Action.CheckIn(DAY.atTime(9, 0), Channel.WALK_IN, "v1",
                new Registration("李女士", null, 2, VisitSource.WALK_IN), null, null, null, null, List.of()));
        openDesk("2026-11-23T09:30:00");

        // Shift+F10 on 谢铁峰's card: complete 李女士's registration; the keys start in the missing phone
        for (int i = 0; i < 3 && lookup(".card.selected").match(n -> "谢铁峰".equals(n.getUserData())).tryQuery()
                .isEmpty(); i++) {
            type(KeyCode.RIGHT);
            waitUntil(() -> !lookup(".card.selected").queryAll().isEmpty());
        }
        press(KeyCode.SHIFT).type(KeyCode.F10).release(KeyCode.SHIFT);
        menuItem("补全 李女士 的登记…");
        waitUntil(() -> hasKeys("correct-phone"));
        assertThat(((javafx.stage.Stage) listWindows().getLast()).getTitle()).isEqualTo("补全登记");
        typeDigits("13800000002");
        tabTo("correct-reason");
        commitChinese("correct-reason", "补登电话");
        waitUntil(() -> decision().contains("电话 138****0002 归属 谢铁峰") && !confirm().isDisabled());
        type(KeyCode.ENTER);
        waitUntil(() -> told().equals("✓ 已更正 李女士：电话（补登电话）"));
        // her own owner: nothing to void, nothing offered
        assertThat(dialogOpen()).isFalse();
        waitUntil(() -> visitLines().contains("09:00  李女士 (2)  138****0002"));
        assertThat(visitLines()).contains("      ✎ 更正")
                .doesNotContain("      ⚠ 登记不全");

        closeDesk();
        try (OfficeStore store = OfficeStore.open(folder)) {
            RegisterLine li = line(DaySheets.of(store.engine()), "李女士");
            assertThat(li.phone()).isEqualTo("13800000002");
            assertThat(li.notes()).contains(new RegisterLine.Note.Corrected())
                    .doesNotContain(new RegisterLine.Note.Incomplete());
            assertThat(store.engine().ownerOf("13800000002", DAY.atTime(9, 40))).isEqualTo("谢铁峰");
        }
    }
}
