package com.rotadesk.model.review;

import com.rotadesk.model.Action;
import com.rotadesk.model.Event;
import com.rotadesk.model.PassReason;
import com.rotadesk.model.Policy;
import com.rotadesk.model.PolicyException;
import com.rotadesk.model.Refusal;
import com.rotadesk.model.engine.OfficeEngine;
import com.rotadesk.model.scenario.ScenarioParser;
import com.rotadesk.model.sim.DayGenerator;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The simulator's own rules: the same policy reproduces the record, what cannot apply is left out and counted. */
class SimulatorTest {
    private static final LocalDate FROM = LocalDate.of(2026, 11, 1);
    private static final LocalDate TO = LocalDate.of(2026, 11, 30);

    private static Simulation simulate(List<RecordedDay> days, String... change) {
        return SimulationBuilder.run(days.getFirst().date(), days.getLast().date(), PolicyChange.parse(List.of(change)),
                days);
    }

    private static List<RecordedDay> scenario(String text) {
        return ScenarioDays.of(ScenarioParser.parse("test", text));
    }

    /** Three busy generated days: rejections, waiting, away spells, surge, voids, deals, calls, undo, the manager. */
    private static List<RecordedDay> busyDays() {
        DayGenerator generator = new DayGenerator(20261201L, DayGenerator.Settings.busy());
        OfficeEngine engine = new OfficeEngine(Policy.defaults());
        List<Action> journal = new ArrayList<>();
        Action roster = new Action.SetRoster(FROM.atStartOfDay(), generator.consultants());
        engine.apply(roster);
        journal.add(roster);
        for (int d = 2; d <= 4; d++) {
            journal.addAll(generator.day(engine, LocalDate.of(2026, 11, d)));
        }
        return ScenarioDays.ofJournal(Policy.defaults(), journal);
    }

    @Test
    void underThePolicyTheDaysRanWithTheRecordIsReproducedExactly() {
        for (List<RecordedDay> days : List.of(ScenarioDays.of("/review/month.scenario"), busyDays())) {
            Simulation s = simulate(days, "makeUpCap=1", "busyPass=keep");

            assertThat(s.sameRules()).isTrue();
            assertThat(s.reproduced()).isTrue();
            assertThat(s.differences()).isEmpty();
            assertThat(s.skipped()).isEmpty();
            assertThat(s.simulated()).isEqualTo(s.recorded());
            assertThat(s.replayed()).isEqualTo(days.stream().mapToInt(d -> d.actions().size()).sum());
            assertThat(s.summary()).isEqualTo("simulated " + days.size() + " days, " + s.replayed()
                    + " actions replayed, 0 skipped, 0 assignments differ");
        }
    }

    @Test
    void busyDaysUnderAnotherPolicyAccountForEveryAction() {
        List<RecordedDay> days = busyDays();
        Simulation s = simulate(days, "makeUpCap=2", "busyPass=forfeit");

        assertThat(s.sameRules()).isFalse();
        assertThat(s.differences()).isNotEmpty();
        long leftOut = s.skipped().stream().filter(k -> k.what() != SkippedAction.What.REJECTION).count();
        assertThat(s.replayed() + leftOut).isEqualTo(days.stream().mapToInt(d -> d.actions().size()).sum());
        assertThat(s.daysWithDifferences()).isEqualTo(s.differences().stream().map(Difference::date).distinct().count());
        // a simulation is as deterministic as the engine
        assertThat(simulate(days, "makeUpCap=2", "busyPass=forfeit")).isEqualTo(s);
    }

    @Test
    void aRejectionOfSomeoneTheOtherRulesDoNotProposeIsLeftOutAndCounted() {
        // with a credit 甲 is proposed first and is not here; without one the walk proposes 丙 straight away
        List<RecordedDay> days = scenario("""
                policy: makeUpCap=1
                08:00 signin 甲
                08:01 signin 乙
                08:02 signin 丙
                09:00 visit x1 phone=13500000001 => 甲 counted
                09:05 visit x2 phone=13500000002 => 乙 counted
                09:10 end x2
                09:15 visit x3 phone=13500000003 => 丙 counted
                09:20 visit x4 phone=13500000004 => 乙 counted
                09:25 end x1
                09:25 end x3
                09:30 visit x5 phone=13500000005 skip=甲:absent => 丙 counted
                09:30 expect violations 甲=1
                """);
        Simulation s = simulate(days, "makeUpCap=0");

        assertThat(s.differences()).isEmpty();
        assertThat(s.skipped()).singleElement().satisfies(k -> {
            assertThat(k.what()).isEqualTo(SkippedAction.What.REJECTION);
            assertThat(k.rejection().consultant()).isEqualTo("甲");
            assertThat(k.rejection().reason()).isEqualTo(PassReason.ABSENT);
            assertThat(k.visit().registration().name()).isEqualTo("x5");
        });
        assertThat(s.recorded().of("甲").violations()).isEqualTo(1);
        assertThat(s.simulated().of("甲").violations()).isZero();
        assertThat(s.replayed()).isEqualTo(days.getFirst().actions().size());
    }

    @Test
    void anActionTheOtherRulesRefuseIsLeftOutAndSoIsTheUndoThatTookItBack() {
        // with one decline allowed 甲 is out for the day and x2 waits for 乙; with two allowed 甲 takes x2 at once
        List<RecordedDay> days = scenario("""
                policy: maxDeclinesPerDay=1
                08:00 signin 甲
                08:01 signin 乙
                09:00 visit x1 phone=13500000001 skip=甲:declined => 乙 counted
                09:05 visit x2 phone=13500000002 => waiting
                09:10 end x1
                09:10 assign x2 => 乙 counted
                09:11 undo
                09:12 assign x2 => 乙 counted
                """);
        Simulation s = simulate(days, "maxDeclinesPerDay=2");

        assertThat(s.skipped()).extracting(SkippedAction::what, SkippedAction::refusal).containsExactly(
                org.assertj.core.groups.Tuple.tuple(SkippedAction.What.ACTION, Refusal.NOT_WAITING),
                org.assertj.core.groups.Tuple.tuple(SkippedAction.What.UNDO, null),
                org.assertj.core.groups.Tuple.tuple(SkippedAction.What.ACTION, Refusal.NOT_WAITING));
        assertThat(s.differences()).singleElement().satisfies(d -> {
            assertThat(d.registration().name()).isEqualTo("x2");
            assertThat(d.recorded()).isEqualTo("乙");
            assertThat(d.simulated()).isEqualTo("甲");
            assertThat(d.first()).isTrue();
        });
        assertThat(s.summary()).isEqualTo("simulated 1 days, 5 actions replayed, 3 skipped, 1 assignments differ");
        assertThat(s.recorded().of("甲").disqualifications()).isEqualTo(1);
        assertThat(s.simulated().of("甲").disqualifications()).isZero();
    }

    @Test
    void aPolicyTheManagerChangedDuringTheDayKeepsTheSimulatedSettings() {
        List<RecordedDay> recorded = scenario("""
                08:00 signin 甲
                08:01 signin 乙
                09:00 visit x1 phone=13500000001 => 甲 counted
                """);
        RecordedDay day = recorded.getFirst();
        List<Action> actions = new ArrayList<>(day.actions());
        actions.add(new Action.ChangePolicy(day.date().atTime(12, 0), day.opening().policy().with("makeUpCap", "3")));
        RecordedDay withChange = new RecordedDay(day.opening(), day.clients(), actions);

        Simulation s = simulate(List.of(withChange), "busyPass=forfeit");

        assertThat(s.recordedValues()).containsEntry("busyPass", java.util.Set.of("keep"));
        SimulatedDay d = new Simulator(PolicyChange.parse(List.of("busyPass=forfeit"))).next(withChange);
        Policy last = d.simulated().events().stream().filter(e -> e instanceof Event.PolicyChanged)
                .map(e -> ((Event.PolicyChanged) e).policy()).reduce((a, b) -> b).orElseThrow();
        assertThat(last.makeUpCap()).isEqualTo(3);
        assertThat(last.busyPass().code()).isEqualTo("forfeit");
        assertThat(d.sameRules()).isFalse();
    }

    @Test
    void anUnknownOrMistypedPolicyIsRefusedWithItsName() {
        assertThatThrownBy(() -> PolicyChange.parse(List.of("makeUpCapp=2"))).isInstanceOf(PolicyException.class)
                .hasMessageContaining("makeUpCapp");
        assertThatThrownBy(() -> PolicyChange.parse(List.of("makeUpCap=lots"))).isInstanceOf(PolicyException.class)
                .hasMessageContaining("makeUpCap");
        assertThatThrownBy(() -> PolicyChange.parse(List.of("makeUpCap"))).isInstanceOf(PolicyException.class);
        assertThatThrownBy(() -> PolicyChange.parse(List.of("makeUpCap=1", "makeUpCap=2")))
                .isInstanceOf(PolicyException.class).hasMessageContaining("twice");
    }
}
