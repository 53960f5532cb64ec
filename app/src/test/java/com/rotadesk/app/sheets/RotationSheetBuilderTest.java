package com.rotadesk.app.sheets;

import com.rotadesk.app.sheets.RotationSheet.Kind;
import com.rotadesk.model.Action;
import com.rotadesk.model.Channel;
import com.rotadesk.model.VisitType;
import com.rotadesk.model.engine.OfficeEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rotation sheet's data for the scripted day: grid marks, totals and adjustments. */
class RotationSheetBuilderTest {
    private static OfficeEngine engine;
    private static RotationSheet sheet;

    @BeforeAll
    static void play() {
        engine = ScriptedDay.play();
        sheet = new RotationSheetBuilder().build(engine);
    }

    private static RotationSheet.Block block(Channel channel) {
        return sheet.blocks().stream().filter(b -> b.channel() == channel).findFirst().orElseThrow();
    }

    private static RotationSheet.Line line(Channel channel, String consultant) {
        return block(channel).lines().stream().filter(l -> l.consultant().equals(consultant)).findFirst().orElseThrow();
    }

    private static List<Kind> kinds(RotationSheet.Line line, int round) {
        return line.rounds().get(round - 1).stream().map(RotationSheet.Mark::kind).toList();
    }

    @Test
    void listsTheWalkInAndPhoneRotationsInListOrderWithSignInTimes() {
        assertThat(sheet.blocks()).extracting(RotationSheet.Block::channel).containsExactly(Channel.WALK_IN, Channel.PHONE);
        assertThat(block(Channel.WALK_IN).lines()).extracting(RotationSheet.Line::consultant)
                .containsExactlyElementsOf(engine.rotation(null, Channel.WALK_IN).members());
        assertThat(line(Channel.WALK_IN, "谢铁峰").signedIn()).isEqualTo(LocalTime.of(8, 30));
        assertThat(line(Channel.WALK_IN, "李鑫").signedIn()).isEqualTo(LocalTime.of(8, 33));
        assertThat(line(Channel.WALK_IN, "谢铁峰").signedOut()).isNull();
    }

    @Test
    void gridShowsTurnsPassesWithCreditMakeUpsForfeitsAndVoids() {
        RotationSheet.Block walkIn = block(Channel.WALK_IN);
        assertThat(walkIn.rounds()).isEqualTo(3);
        RotationSheet.Line xie = line(Channel.WALK_IN, "谢铁峰");
        assertThat(xie.rounds().getFirst()).containsExactly(new RotationSheet.Mark(Kind.TURN, LocalTime.of(9, 0)));
        assertThat(xie.rounds().get(1)).containsExactly(new RotationSheet.Mark(Kind.PASS_KEEP, LocalTime.of(9, 30)),
                new RotationSheet.Mark(Kind.MAKE_UP, LocalTime.of(9, 45)));
        assertThat(kinds(xie, 3)).containsExactly(Kind.VOIDED, Kind.MAKE_UP);
        assertThat(kinds(line(Channel.WALK_IN, "丁伟"), 1)).containsExactly(Kind.FORFEIT);
    }

    @Test
    void theLastOfTheListIsInTheRoundItServedNotTheNextOne() {
        // The engine's Received.round is already 2 when 李鑫 closes round 1; the sheet must say round 1.
        assertThat(line(Channel.WALK_IN, "李鑫").rounds().getFirst())
                .containsExactly(new RotationSheet.Mark(Kind.TURN, LocalTime.of(9, 20)));
        assertThat(line(Channel.WALK_IN, "李鑫").rounds().get(1))
                .containsExactly(new RotationSheet.Mark(Kind.TURN, LocalTime.of(10, 20)));
    }

    @Test
    void totalsAgreeWithTheEngine() {
        for (RotationSheet.Block b : sheet.blocks()) {
            for (RotationSheet.Line l : b.lines()) {
                assertThat(l.counted()).as(l.consultant() + " " + b.channel())
                        .isEqualTo(engine.turns(l.consultant(), b.group(), b.channel()));
                assertThat(l.credits()).isEqualTo(engine.credits(l.consultant(), b.group(), b.channel()).size());
            }
        }
        assertThat(line(Channel.WALK_IN, "谢铁峰").counted()).isEqualTo(3);
        assertThat(line(Channel.WALK_IN, "谢铁峰").uncounted()).isEqualTo(Map.of(VisitType.NEW, 1));
        assertThat(line(Channel.WALK_IN, "徐娅").uncounted())
                .isEqualTo(Map.of(VisitType.RETURNING, 1, VisitType.NEW, 1));
        assertThat(line(Channel.WALK_IN, "丁伟").uncounted()).isEqualTo(Map.of(VisitType.NON_BUYER, 1));
        assertThat(line(Channel.WALK_IN, "丁伟").credits()).isEqualTo(1);
        assertThat(line(Channel.WALK_IN, "丁伟").violations()).isEqualTo(1);
        assertThat(line(Channel.PHONE, "徐娅").counted()).isEqualTo(1);
    }

    @Test
    void manualAdjustmentsAreListedWithTheirReasons() {
        assertThat(sheet.adjustments()).hasSize(2);
        assertThat(sheet.adjustments().getFirst().at()).isEqualTo(LocalTime.of(17, 50));
        assertThat(sheet.adjustments().getFirst().adjustment()).isInstanceOf(Action.GrantCredit.class);
        assertThat(sheet.adjustments()).extracting(a -> a.adjustment().reason())
                .containsExactly("上午系统故障漏排，补发一次", "经理调整：明早从李鑫开始");
    }

    @Test
    void aSignedOutConsultantKeepsTheirRowAfterLeavingTheList() {
        OfficeEngine e = ScriptedDay.play();
        e.apply(new Action.SignOut(ScriptedDay.at(18, 0), "李鑫"));
        RotationSheet.Line li = new RotationSheetBuilder().build(e).blocks().getFirst().lines().getLast();
        assertThat(li.consultant()).isEqualTo("李鑫");
        assertThat(li.listed()).isFalse();
        assertThat(li.signedOut()).isEqualTo(LocalTime.of(18, 0));
        assertThat(li.counted()).isEqualTo(2);
    }

    @Test
    void aConsultantWhoSignedOutAndInAgainShowsEverySignInAndSignOut() {
        OfficeEngine e = ScriptedDay.play();
        e.apply(new Action.SignOut(ScriptedDay.at(18, 0), "李鑫"));
        e.apply(new Action.SignIn(ScriptedDay.at(18, 20), "李鑫", null));
        e.apply(new Action.SignOut(ScriptedDay.at(18, 40), "李鑫"));
        e.apply(new Action.SignIn(ScriptedDay.at(18, 50), "李鑫", null));

        RotationSheet sheet = new RotationSheetBuilder().build(e);
        RotationSheet.Line li = sheet.blocks().getFirst().lines().stream()
                .filter(l -> l.consultant().equals("李鑫")).findFirst().orElseThrow();
        assertThat(li.presence()).containsExactly(
                new RotationSheet.Presence(LocalTime.of(8, 33), LocalTime.of(18, 0)),
                new RotationSheet.Presence(LocalTime.of(18, 20), LocalTime.of(18, 40)),
                new RotationSheet.Presence(LocalTime.of(18, 50), null));

        // printed: every sign-in in one cell, the sign-outs in the same order, "—" for the spell still open
        SheetDocument.Table grid = (SheetDocument.Table) new SheetLayouts()
                .layout(DaySheets.of(e), SheetOptions.defaults()).getFirst().parts().getFirst();
        List<String> row = grid.rows().stream().map(r -> r.stream().map(SheetDocument.Cell::text).toList())
                .filter(r -> r.contains("李鑫")).findFirst().orElseThrow();
        assertThat(row).contains("08:33 18:20 18:50", "18:00 18:40 —");
    }

    @Test
    void anEngineWithoutADayIsRefused() {
        assertThatThrownBy(() -> new RotationSheetBuilder().build(new OfficeEngine(com.rotadesk.model.Policy.defaults())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no day");
    }
}
