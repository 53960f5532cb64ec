package com.rotadesk.app.sheets;

import com.rotadesk.model.Channel;
import com.rotadesk.model.Visit;
import com.rotadesk.model.VoidReason;
import com.rotadesk.model.engine.OfficeEngine;
import com.rotadesk.model.scenario.ScenarioParser;
import com.rotadesk.model.scenario.ScenarioRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

/** The registers' and the summary's data for the scripted day. */
class RegisterAndSummaryBuilderTest {
    private static OfficeEngine engine;
    private static DaySheets sheets;

    @BeforeAll
    static void play() {
        engine = ScriptedDay.play();
        sheets = DaySheets.of(engine);
    }

    private static RegisterLine visit(String ref) {
        return sheets.visits().lines().stream().filter(l -> l.ref().equals(ref)).findFirst().orElseThrow();
    }

    @Test
    void visitRegisterHasEveryWalkInInArrivalOrder() {
        assertThat(sheets.visits().lines()).hasSize(12);
        assertThat(sheets.visits().lines()).extracting(RegisterLine::ref)
                .containsExactlyElementsOf(engine.visits().stream().filter(v -> v.channel() == Channel.WALK_IN)
                        .map(Visit::ref).toList());
        RegisterLine v1 = visit("V1");
        assertThat(v1.number()).isEqualTo(1);
        assertThat(v1.arrival()).isEqualTo(LocalTime.of(9, 0));
        assertThat(v1.ended()).isEqualTo(LocalTime.of(9, 40));
        assertThat(v1.party()).isEqualTo(3);
        assertThat(v1.consultant()).isEqualTo("谢铁峰");
        assertThat(v1.notes()).containsExactly(new RegisterLine.Note.Deal());
    }

    @Test
    void notesFlagWhatTheDeskMustFollowUp() {
        assertThat(visit("V4").notes()).contains(new RegisterLine.Note.Incomplete());
        assertThat(visit("V5").notes()).contains(new RegisterLine.Note.MakeUp());
        assertThat(visit("V6").notes()).contains(new RegisterLine.Note.HouseholdConflict());
        assertThat(visit("V10").notes()).contains(new RegisterLine.Note.Voided(VoidReason.NON_BUYER));
        assertThat(visit("V12").notes()).contains(new RegisterLine.Note.OutsideWindow());
        assertThat(visit("V7").notes()).isEmpty();
    }

    @Test
    void callRegisterHasThePhoneChannel() {
        assertThat(sheets.calls().lines()).extracting(RegisterLine::ref).containsExactly("C1", "C2");
        assertThat(sheets.calls().lines()).extracting(RegisterLine::consultant).containsExactly("谢铁峰", "徐娅");
    }

    @Test
    void summaryTotalsPerConsultant() {
        DailySummary s = sheets.summary();
        assertThat(s.consultants()).extracting(DailySummary.ConsultantTotals::consultant)
                .containsExactly("谢铁峰", "徐娅", "丁伟", "李鑫");
        assertThat(s.consultants().getFirst())
                .isEqualTo(new DailySummary.ConsultantTotals("谢铁峰", 3, 1, 1, 2, 1, 0, 1));
        assertThat(s.consultants().get(1)).isEqualTo(new DailySummary.ConsultantTotals("徐娅", 2, 1, 2, 0, 0, 0, 0));
        assertThat(s.consultants().get(2)).isEqualTo(new DailySummary.ConsultantTotals("丁伟", 1, 0, 1, 0, 1, 1, 0));
        assertThat(s.totals().walkInTurns()).isEqualTo(8);
        assertThat(s.visits()).isEqualTo(12);
        assertThat(s.calls()).isEqualTo(2);
    }

    @Test
    void aVoidedMakeUpTurnIsNeitherATurnNorAMakeUpInTheSummary() {
        // given a make-up turn that is voided within the void window (§7: the totals count what stands)
        OfficeEngine day = ScenarioRunner.play(ScenarioParser.parse("voided-makeup.scenario", """
                09:00 signin 丁伟
                09:00 signin 徐娅
                09:05 visit A phone=13800000001 => 丁伟 counted
                09:06 visit B phone=13800000002 => 徐娅 counted
                09:07 end B
                09:08 visit C phone=13800000003 => 徐娅 counted
                09:09 end A
                09:09 void C non-buyer
                09:10 visit D phone=13800000004 => 丁伟 counted makeup
                09:11 void D non-buyer
                """));
        // when the summary is built
        DailySummary.ConsultantTotals ding = DaySheets.of(day).summary().consultants().stream()
                .filter(c -> c.consultant().equals("丁伟")).findFirst().orElseThrow();
        // then only A stands as 丁伟's counted turn, and no make-up turn stands
        assertThat(ding.walkInTurns()).isEqualTo(1);
        assertThat(ding.makeUps()).isZero();
        assertThat(ding.uncounted()).isEqualTo(1);
    }

    @Test
    void aCorrectedVisitShowsItsCorrectedValuesMarkedAndTheReceptionistsNotes() {
        // given a visit checked in with a note and a mistyped phone, corrected later (R28)
        OfficeEngine day = ScenarioRunner.play(ScenarioParser.parse("corrected.scenario", """
                09:00 signin 丁伟
                09:05 visit A name=王显生 phone=13800000011 notes=中介带看 => 丁伟 counted
                09:06 visit B name=李女士 phone=13800000002 => waiting
                09:08 correct A name=王先生 phone=13800000001 reason=录错
                """));
        // when the register is made
        RegisterLine a = DaySheets.of(day).visits().lines().getFirst();
        // then it prints the corrected name and phone, 更正, and the note as typed
        assertThat(a.name()).isEqualTo("王先生");
        assertThat(a.phone()).isEqualTo("13800000001");
        assertThat(a.notes()).contains(new RegisterLine.Note.Corrected(), new RegisterLine.Note.Remark("中介带看"));
        assertThat(DaySheets.of(day).visits().lines().get(1).notes()).doesNotContain(new RegisterLine.Note.Corrected());
    }

    @Test
    void aVisitOutsideTheWindowStaysMarkedSoWhenTheWindowChangesLaterThatDay() {
        // given a visitor received after hours, and the manager widening the window later that evening
        OfficeEngine day = ScenarioRunner.play(ScenarioParser.parse("window.scenario", """
                17:00 signin 丁伟
                17:40 visit A phone=13800000001 => 丁伟 uncounted
                """));
        day.apply(new com.rotadesk.model.Action.ChangePolicy(ScenarioParser.DEFAULT_DATE.atTime(18, 0),
                day.policy().with("window", "08:00-20:00")));
        // then the register still says the visit came outside the window in force when it was received (R5)
        assertThat(DaySheets.of(day).visits().lines().getFirst().notes())
                .contains(new RegisterLine.Note.OutsideWindow());
    }

    @Test
    void arrivalsPerHourCoverTheWindowAndEveryArrival() {
        DailySummary s = sheets.summary();
        assertThat(s.hours().getFirst().hour()).isEqualTo(8);
        assertThat(s.hours().getLast().hour()).isEqualTo(17);
        assertThat(s.hours()).contains(new DailySummary.HourCount(9, 6, 0), new DailySummary.HourCount(11, 1, 2),
                new DailySummary.HourCount(17, 1, 0));
    }
}
