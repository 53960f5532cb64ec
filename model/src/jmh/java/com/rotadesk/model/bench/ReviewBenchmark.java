package com.rotadesk.model.bench;

import com.rotadesk.model.Action;
import com.rotadesk.model.Client;
import com.rotadesk.model.ClientSource;
import com.rotadesk.model.Policy;
import com.rotadesk.model.engine.OfficeEngine;
import com.rotadesk.model.review.DayReplay;
import com.rotadesk.model.review.PolicyChange;
import com.rotadesk.model.review.RecordedDay;
import com.rotadesk.model.review.Review;
import com.rotadesk.model.review.ReviewBuilder;
import com.rotadesk.model.review.Simulation;
import com.rotadesk.model.review.SimulationBuilder;
import com.rotadesk.model.sim.DayGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The month in review and the simulator (§9) on busy days held in memory: 20 consultants, 300 walk-in visits and 20
 * calls a day, with rejections, waiting, away spells, surge, voids, deals, undo and the manager's adjustments. A month
 * is 30 such days, a year 365; the simulation changes the make-up cap to 2 and makes busy passes forfeit.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = "-Xmx6g")
public class ReviewBenchmark {
    private static final LocalDate FIRST = LocalDate.of(2026, 1, 1);
    private final PolicyChange change = PolicyChange.parse(List.of("makeUpCap=2", "busyPass=forfeit"));
    private List<RecordedDay> year;
    private List<RecordedDay> month;

    /** Generates a year once, as the journal would hold it; generation is not measured. */
    @Setup(Level.Trial)
    public void generate() {
        year = days(365);
        month = year.subList(0, 30);
        int actions = year.stream().mapToInt(d -> d.actions().size()).sum();
        System.out.printf("%nbusy year: %d days, %d actions (a month: %d)%n", year.size(), actions,
                month.stream().mapToInt(d -> d.actions().size()).sum());
    }

    /** The days with each day's clients as they stood at its opening (a version per day, as the store keeps). */
    private static List<RecordedDay> days(int count) {
        DayGenerator generator = new DayGenerator(2026,
                new DayGenerator.Settings(20, 300, 20, 0.3, 0.03, 0.05, true, 0.02, 0.005, false, true, 6));
        OfficeEngine engine = new OfficeEngine(Policy.defaults());
        engine.apply(new Action.SetRoster(FIRST.atStartOfDay(), generator.consultants()));
        Map<String, TreeMap<Integer, Client>> versions = new HashMap<>();
        List<RecordedDay> out = new ArrayList<>();
        for (int d = 0; d < count; d++) {
            List<Action> actions = generator.day(engine, FIRST.plusDays(d));
            out.add(new RecordedDay(engine.opening(), source(versions, d), actions.subList(1, actions.size())));
            // every client the day changed, however it changed (a visit, a follow-up, the protection period ending,
            // a transfer): the store keeps such a version too, and a replay from a stale one decides differently
            for (Client c : engine.clients()) {
                TreeMap<Integer, Client> v = versions.get(c.phone());
                if (v == null || !v.lastEntry().getValue().equals(c)) {
                    versions.computeIfAbsent(c.phone(), p -> new TreeMap<>()).put(d + 1, c);
                }
            }
        }
        return out;
    }

    private static ClientSource source(Map<String, TreeMap<Integer, Client>> versions, int day) {
        return new ClientSource() {
            @Override
            public Client find(String phone) {
                TreeMap<Integer, Client> v = versions.get(phone);
                var e = v == null ? null : v.floorEntry(day);
                return e == null ? null : e.getValue();
            }

            @Override
            public List<Client> all() {
                throw new UnsupportedOperationException("not asked by a replay");
            }
        };
    }

    private static Review review(List<RecordedDay> days) {
        ReviewBuilder b = new ReviewBuilder(days.getFirst().date(), days.getLast().date());
        days.forEach(d -> b.add(DayReplay.play(d)));
        return b.build();
    }

    /** The month in review of 30 busy days. */
    @Benchmark
    public Review reviewMonth() {
        return review(month);
    }

    /** The same 30 days simulated under another make-up cap and busy passes that forfeit. */
    @Benchmark
    public Simulation simulateMonth() {
        return SimulationBuilder.run(month.getFirst().date(), month.getLast().date(), change, month);
    }

    /** The month in review of a year of busy days. */
    @Benchmark
    @Warmup(iterations = 2, time = 10)
    @Measurement(iterations = 3, time = 10)
    public Review reviewYear() {
        return review(year);
    }

    /** A year of busy days simulated. */
    @Benchmark
    @Warmup(iterations = 2, time = 10)
    @Measurement(iterations = 3, time = 10)
    public Simulation simulateYear() {
        return SimulationBuilder.run(year.getFirst().date(), year.getLast().date(), change, year);
    }
}
