package com.rotadesk.app.desk;

import com.rotadesk.model.Action;
import com.rotadesk.model.Channel;
import com.rotadesk.model.Visit;
import com.rotadesk.persistence.OfficeStore;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Phone entry never silently picks another client: only a client's whole number, or exactly the last four digits of
 * the one client found, is taken as typed; any other part only lists suggestions (↓ picks one on purpose); letters
 * are refused where they are typed; an incomplete number is saved only on a second Enter that says what is saved.
 */
class PhoneEntryTest extends DeskRobot {
    private void officeWithTwoClients() {
        office(List.of("谢铁峰", "徐娅", "丁伟"), walkIn(9, 0, "v1", "王建国", "13800005678"),
                walkIn(9, 5, "v2", "李四", "13912340001"), new Action.EndVisit(DAY.atTime(9, 20), "v1"),
                new Action.EndVisit(DAY.atTime(9, 21), "v2"));
    }

    private String phoneField() {
        return lookup(".phone-field").queryAs(TextField.class).getText();
    }

    private String nameField() {
        return lookup(".name-field").queryAs(TextField.class).getText();
    }

    private String warning() {
        return lookup(".checkin .warning").tryQueryAs(Label.class).map(Label::getText).orElse("");
    }

    private String proposal() {
        return lookup(".proposal").queryAs(Label.class).getText();
    }


    private void open(KeyCode key) throws Exception {
        type(key);
        waitUntil(() -> hasKeys("phone-field"));
    }

    /** The matches listed under the phone (their masked phones and names). */
    private List<String> suggestions() {
        return lookup(".checkin .list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(c -> c.getText() != null).map(javafx.scene.control.ListCell::getText).toList();
    }

    @Test
    void aPartialPhoneOnlySuggestsAndIsSavedAsItStandsOnlyOnPurpose() throws Exception {
        officeWithTwoClients();
        openDesk("2026-11-23T10:00:00");

        // F3 with 13912: one client's phone starts so; he is suggested, not taken
        open(KeyCode.F3);
        typeDigits("13912");
        waitUntil(() -> suggestions().stream().anyMatch(s -> s.contains("李四")));
        waitUntil(() -> warning().contains("不是完整号码"));
        assertThat(nameField()).isEmpty();

        // Enter does not save yet: it says what would be saved
        type(KeyCode.ENTER);
        waitUntil(() -> warning().contains("再按 Enter 保存"));
        assertThat(warning()).contains("电话 13912 不完整", "登记不全", "没有姓名");
        assertThat(dialogOpen()).isTrue();

        // a second Enter saves the call as it stands: phone 13912, no name, nobody's client
        type(KeyCode.ENTER);
        waitUntil(() -> !dialogOpen());
        closeDesk();
        try (OfficeStore store = OfficeStore.open(folder)) {
            Visit call = store.engine().visits().getLast();
            assertThat(call.channel()).isEqualTo(Channel.PHONE);
            assertThat(call.registration().phone()).isEqualTo("13912");
            assertThat(call.registration().name()).isNull();
            assertThat(call.incomplete()).isTrue();
        }
    }

    @Test
    void lettersAreRefusedWhereTheyAreTyped() throws Exception {
        officeWithTwoClients();
        openDesk("2026-11-23T10:00:00");
        open(KeyCode.F2);
        typeDigits("138");
        type(KeyCode.A);
        waitUntil(() -> warning().contains("电话只能输入数字"));
        assertThat(warning()).contains("“a”");
        assertThat(phoneField()).isEqualTo("138");
        type(KeyCode.B, KeyCode.C);
        typeDigits("12345");
        assertThat(phoneField()).isEqualTo("13812345");
        // no client is taken for a number nobody has, and the name stays empty
        waitUntil(() -> warning().contains("不是 11 位手机号"));
        assertThat(nameField()).isEmpty();
        type(KeyCode.ESCAPE);
        waitUntil(() -> !dialogOpen());
    }

    @Test
    void onlyTheLastFourDigitsOrAWholeNumberAreTakenAsTyped() throws Exception {
        officeWithTwoClients();
        openDesk("2026-11-23T10:00:00");

        // 1380 is the start of 王建国's phone, not its last four digits: suggested only
        open(KeyCode.F2);
        typeDigits("1380");
        waitUntil(() -> suggestions().stream().anyMatch(s -> s.contains("王建国")));
        assertThat(nameField()).isEmpty();

        // ↓ picks him on purpose: his name and his owner
        type(KeyCode.DOWN);
        waitUntil(() -> nameField().equals("王建国") && proposal().equals("谢铁峰"));

        // one more digit and the choice is gone, with the name it had filled in
        typeDigits("0");
        waitUntil(() -> nameField().isEmpty());
        assertThat(phoneField()).isEqualTo("13800");
        type(KeyCode.ESCAPE);
        waitUntil(() -> !dialogOpen());

        // his last four digits: the one client found is taken as typed
        open(KeyCode.F2);
        typeDigits("5678");
        waitUntil(() -> nameField().equals("王建国") && proposal().equals("谢铁峰"));
        type(KeyCode.ESCAPE);
        waitUntil(() -> !dialogOpen());

        // his whole number: taken too
        open(KeyCode.F2);
        typeDigits("13912340001");
        waitUntil(() -> nameField().equals("李四") && proposal().equals("徐娅"));
        assertThat(warning()).isEmpty();
        type(KeyCode.ESCAPE);
        waitUntil(() -> !dialogOpen());
    }
}
