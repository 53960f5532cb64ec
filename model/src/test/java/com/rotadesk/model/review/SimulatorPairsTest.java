package com.rotadesk.model.review;

import com.rotadesk.model.Visit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pairs of scenarios with the same actions under two policies, each with its own expectations (they hold: the files
 * are played). Given one half's days, when they are simulated under the other half's policy, then the simulated days
 * are the other half's days: who received each visit, counted or not, every figure; and the visits that differ are
 * listed, the first of each day first and the rest as following from it.
 */
class SimulatorPairsTest {
    private static final LocalDate FROM = LocalDate.of(2026, 11, 1);
    private static final LocalDate TO = LocalDate.of(2026, 11, 30);

    @ParameterizedTest(name = "{0} simulated as {1}")
    @CsvSource({
            "cap-1.scenario, cap-0.scenario, makeUpCap=0",
            "cap-0.scenario, cap-1.scenario, makeUpCap=1",
            "carry-off.scenario, carry-on.scenario, carryOver=true",
            "carry-on.scenario, carry-off.scenario, carryOver=false",
            "protection-30.scenario, protection-7.scenario, protectionDays=7",
            "protection-7.scenario, protection-30.scenario, protectionDays=30"})
    void theSimulationIsTheOtherHalf(String recordedFile, String expectedFile, String change) {
        List<RecordedDay> recorded = ScenarioDays.of("/review/" + recordedFile);
        List<RecordedDay> expected = ScenarioDays.of("/review/" + expectedFile);
        PolicyChange policy = PolicyChange.parse(List.of(change));

        SimulationBuilder sim = new SimulationBuilder(FROM, TO, policy);
        List<SimulatedDay> days = new ArrayList<>();
        recorded.forEach(d -> days.add(sim.add(d)));
        Simulation result = sim.build();

        assertThat(result.skipped()).isEmpty();
        assertThat(result.sameRules()).isFalse();
        ReviewBuilder other = new ReviewBuilder(FROM, TO);
        List<Difference> differences = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            PlayedDay want = DayReplay.play(expected.get(i));
            PlayedDay got = days.get(i).simulated();
            assertThat(got.visits()).extracting(Visit::ref, Visit::consultant, Visit::counted, Visit::makeUp)
                    .as("visits of %s", want.date())
                    .isEqualTo(want.visits().stream()
                            .map(v -> org.assertj.core.groups.Tuple.tuple(v.ref(), v.consultant(), v.counted(), v.makeUp()))
                            .toList());
            other.add(want);
            differences.addAll(expectedDifferences(DayReplay.play(recorded.get(i)), want));
        }
        assertThat(result.simulated()).isEqualTo(other.build());
        assertThat(result.differences()).extracting(d -> d.date() + " " + d.registration().name() + " "
                + d.recorded() + "->" + d.simulated() + (d.first() ? " first" : " following"))
                .containsExactlyElementsOf(differences.stream().map(d -> d.date() + " " + d.registration().name() + " "
                        + d.recorded() + "->" + d.simulated() + (d.first() ? " first" : " following")).toList());
        assertThat(result.differences()).isNotEmpty();
        assertThat(result.summary()).endsWith(result.differences().size() + " assignments differ");
    }

    /** The visits whose receiver the two files disagree on, in arrival order (these pairs receive on arrival). */
    private static List<Difference> expectedDifferences(PlayedDay a, PlayedDay b) {
        Map<String, Visit> byRef = new java.util.HashMap<>();
        b.visits().forEach(v -> byRef.put(v.ref(), v));
        List<Difference> out = new ArrayList<>();
        for (Visit v : a.visits()) {
            Visit w = byRef.get(v.ref());
            if (!java.util.Objects.equals(v.consultant(), w.consultant())) {
                out.add(new Difference(a.date(), 0, v.arrival(), v.channel(), v.number(), v.registration(), v.type(),
                        v.consultant(), v.counted(), w.type(), w.consultant(), w.counted(), out.isEmpty()));
            }
        }
        return out;
    }
}
