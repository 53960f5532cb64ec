package com.rotadesk.model.review;

import com.rotadesk.model.Channel;
import com.rotadesk.model.VisitType;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given the three days of {@code review/month.scenario} (its comments say what happens and its expectations hold),
 * when the month is reviewed, then every §9 figure is what was counted by hand from the scenario's lines.
 */
class MonthInReviewTest {
    private static final LocalDate FROM = LocalDate.of(2026, 11, 1);
    private static final LocalDate TO = LocalDate.of(2026, 11, 30);

    private static Review review() {
        ReviewBuilder b = new ReviewBuilder(FROM, TO);
        ScenarioDays.of("/review/month.scenario").forEach(d -> b.add(DayReplay.play(d)));
        return b.build();
    }

    @Test
    void consultantsAreListedInTheRosterOrderTheDaysSignedThemIn() {
        assertThat(review().consultants()).extracting(ConsultantFigures::consultant).containsExactly("张伟", "李娜", "王芳");
    }

    @Test
    void zhangWei() {
        ConsultantFigures f = review().of("张伟");
        // walk-in turns: 11-02 v1 v4 v8 v9b v10, 11-03 v13 v17, 11-07 v23 v25; make-ups v4, v13; one call k1
        assertThat(List.of(f.days(), f.walkInTurns(), f.phoneTurns(), f.makeUpTurns())).containsExactly(3, 9, 1, 2);
        // credits: busy at 11-02 09:30, busy 11-03 09:10 and 09:41; at the cap when busy again at 09:51
        assertThat(List.of(f.creditsFromPasses(), f.creditsRefunded(), f.creditsGranted(), f.creditsLostToCap()))
                .containsExactly(3, 0, 0, 1);
        // passes: three kept, not here at 11-03 12:00 (forfeit), the one at the cap
        assertThat(List.of(f.passesKept(), f.passesForfeited(), f.passesAtCap(), f.passesDisqualified(), f.passes()))
                .containsExactly(3, 1, 1, 0, 5);
        assertThat(List.of(f.violations(), f.declines(), f.disqualifications())).containsExactly(1, 0, 0);
        // returning v5 and v26, v11 as 李娜's stand-in (a returning visit), v22 after the window
        assertThat(f.uncounted()).isEqualTo(Map.of(VisitType.RETURNING, 3, VisitType.NEW, 1));
        assertThat(List.of(f.voided(), f.standIns(), f.deals())).containsExactly(0, 1, 2);
        // registered: v1 v4 v8 v9b v10, v13 v17 v22, v23 v25; deals on c4 and c25; nine counted new visitors
        assertThat(List.of(f.registered(), f.converted(), f.countedNewVisitors())).containsExactly(10, 2, 9);
        assertThat(f.conversion()).isEqualTo(2.0 / 9);
    }

    @Test
    void liNa() {
        ConsultantFigures f = review().of("李娜");
        // walk-in turns: v2 v3 v9, v14 v18 v21, v24; make-ups v14 v21; one call k2
        assertThat(List.of(f.days(), f.walkInTurns(), f.phoneTurns(), f.makeUpTurns())).containsExactly(3, 7, 1, 2);
        // away on business 11-03 09:10 and busy 09:41 earn credits; at the cap at 09:51
        assertThat(List.of(f.creditsFromPasses(), f.creditsLostToCap())).containsExactly(2, 1);
        // not here at 11-02 13:00
        assertThat(List.of(f.passesKept(), f.passesForfeited(), f.passesAtCap(), f.passesDisqualified()))
                .containsExactly(2, 1, 1, 0);
        assertThat(List.of(f.violations(), f.declines(), f.disqualifications())).containsExactly(1, 0, 0);
        assertThat(f.uncounted()).isEqualTo(Map.of(VisitType.NON_BUYER, 1, VisitType.DESIGNATED, 1));
        assertThat(List.of(f.voided(), f.standIns(), f.deals())).containsExactly(0, 0, 1);
        // registered: v2 v3 v9, v14 v18 v20 (designated) v21, v24; the deal on c20
        assertThat(List.of(f.registered(), f.converted(), f.countedNewVisitors())).containsExactly(8, 1, 7);
    }

    @Test
    void wangFang() {
        ConsultantFigures f = review().of("王芳");
        // v6, v12, v15; v16 was voided as a non-buyer: neither a turn nor a registration
        assertThat(List.of(f.days(), f.walkInTurns(), f.phoneTurns(), f.makeUpTurns())).containsExactly(3, 3, 0, 0);
        assertThat(List.of(f.creditsFromPasses(), f.creditsRefunded(), f.creditsLostToCap())).containsExactly(0, 1, 0);
        // declined 09:30, away on private matters 11:15, declined again 13:00 (the limit: disqualified)
        assertThat(List.of(f.passesKept(), f.passesForfeited(), f.passesAtCap(), f.passesDisqualified()))
                .containsExactly(0, 3, 0, 0);
        assertThat(List.of(f.violations(), f.declines(), f.disqualifications())).containsExactly(2, 2, 1);
        assertThat(f.uncounted()).isEqualTo(Map.of(VisitType.RETURNING, 1, VisitType.NEW, 1));
        assertThat(List.of(f.voided(), f.standIns(), f.deals())).containsExactly(1, 0, 0);
        assertThat(List.of(f.registered(), f.converted(), f.countedNewVisitors())).containsExactly(3, 0, 3);
        assertThat(f.conversion()).isZero();
    }

    @Test
    void eachDaysSpreadCountsOnlyThoseSignedInForTheWholeWindow() {
        Review r = review();
        assertThat(r.days()).containsExactly(
                // all three all day (王芳 disqualified but signed in): walk-in 5 - 1, phone 1 - 0
                new DayFigures(LocalDate.of(2026, 11, 2), 11, 2, 9, 2, 3, 4, 1),
                // 王芳 signed in at 09:00, before the first counted turn (09:10): 张伟 2, 李娜 3, 王芳 2
                new DayFigures(LocalDate.of(2026, 11, 3), 12, 0, 7, 0, 3, 1, 0),
                // 王芳 signed out at 10:00, before the last counted turn (10:10): 张伟 2, 李娜 1
                new DayFigures(LocalDate.of(2026, 11, 7), 4, 0, 3, 0, 2, 1, 0));
        assertThat(r.meanSpreadWalkIn()).hasValue(2.0);
        assertThat(r.maxSpreadWalkIn()).isEqualTo(4);
        assertThat(r.walkIns()).isEqualTo(27);
        assertThat(r.calls()).isEqualTo(2);
    }

    @Test
    void whoeverSignsInAfterTheFirstCountedTurnIsLeftOutOfTheSpread() {
        // given 甲 and 乙 from 08:00 and 丙 in only after the first counted turn
        ReviewBuilder b = new ReviewBuilder(FROM, TO);
        ScenarioDays.of(com.rotadesk.model.scenario.ScenarioParser.parse("late", """
                08:00 signin 甲
                08:00 signin 乙
                09:00 visit a1 phone=13500000001 => 甲 counted
                09:30 signin 丙
                09:40 visit a2 phone=13500000002 => 乙 counted
                09:41 visit a3 phone=13500000003 => 丙 counted
                09:50 end a1
                09:51 visit a4 phone=13500000004 => 甲 counted
                """)).forEach(d -> b.add(DayReplay.play(d)));
        // then the spread compares 甲 (2) and 乙 (1) only
        DayFigures day = b.build().days().getFirst();
        assertThat(List.of(day.wholeWindow(), day.spreadWalkIn())).containsExactly(2, 1);
    }

    @Test
    void daysReplayedSideBySideCountAsDaysReplayedOneByOne() {
        ReviewBuilder together = new ReviewBuilder(FROM, TO).addAll(ScenarioDays.of("/review/month.scenario"));
        assertThat(together.build()).isEqualTo(review());
    }

    @Test
    void arrivalsByWeekdayAndHourAndTheSurge() {
        Review r = review();
        ArrivalsHeatMap h = r.arrivals();
        assertThat(List.of(h.count(Channel.WALK_IN, DayOfWeek.MONDAY, 9), h.count(Channel.WALK_IN, DayOfWeek.MONDAY, 10),
                h.count(Channel.WALK_IN, DayOfWeek.MONDAY, 11), h.count(Channel.WALK_IN, DayOfWeek.MONDAY, 13),
                h.count(Channel.PHONE, DayOfWeek.MONDAY, 12))).containsExactly(5, 2, 3, 1, 2);
        assertThat(List.of(h.count(Channel.WALK_IN, DayOfWeek.TUESDAY, 8), h.count(Channel.WALK_IN, DayOfWeek.TUESDAY, 9),
                h.count(Channel.WALK_IN, DayOfWeek.TUESDAY, 17), h.count(Channel.WALK_IN, DayOfWeek.SATURDAY, 10)))
                .containsExactly(1, 5, 1, 2);
        assertThat(List.of(h.days(DayOfWeek.MONDAY), h.days(DayOfWeek.TUESDAY), h.days(DayOfWeek.SATURDAY),
                h.days(DayOfWeek.SUNDAY))).containsExactly(1, 1, 1, 0);
        assertThat(r.surges()).containsExactly(
                new SurgePeriod(LocalDate.of(2026, 11, 3), LocalTime.of(10, 30), LocalTime.of(11, 0), 2));
    }
}
