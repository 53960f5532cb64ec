package com.rotadesk.app.desk;

import com.rotadesk.app.sheets.DaySheets;
import com.rotadesk.app.sheets.RegisterLine;
import com.rotadesk.persistence.OfficeStore;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A note (备注) typed at check-in, after the name and the party: Enter still confirms, the register prints it. */
class NotesAtCheckInTest extends DeskRobot {

    @Test
    void aNoteTypedAtCheckInIsShownInTodaysVisitsAndPrintedInTheRegister() throws Exception {
        office(List.of("谢铁峰", "徐娅"));
        openDesk("2026-11-23T09:30:00");

        // F2: phone, name, then Tab to the note; Enter confirms from it
        type(KeyCode.F2);
        waitUntil(() -> hasKeys("phone-field"));
        typeDigits("13900001111");
        type(KeyCode.TAB);
        commitChinese("name-field", "王建国");
        for (int i = 0; i < 8 && !hasKeys("notes-field"); i++) {
            type(KeyCode.TAB);
        }
        commitChinese("notes-field", "中介带看，看3号楼");
        waitUntil(() -> lookup(".proposal").queryAs(Label.class).getText().equals("谢铁峰"));
        type(KeyCode.ENTER);
        waitUntil(() -> told().startsWith("✓ 登记来访：王建国 → 谢铁峰"));
        // the list's cells are laid out on the next pulse after the board changed
        waitUntil(() -> lookup(".visits .visit-cell .label").queryAllAs(Label.class).stream().map(Label::getText)
                .anyMatch("      备注：中介带看，看3号楼"::equals));

        closeDesk();
        try (OfficeStore store = OfficeStore.open(folder)) {
            RegisterLine line = DaySheets.of(store.engine()).visits().lines().getFirst();
            assertThat(line.name()).isEqualTo("王建国");
            assertThat(line.notes()).containsExactly(new RegisterLine.Note.Remark("中介带看，看3号楼"));
        }
    }
}
