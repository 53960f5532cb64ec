package com.rotadesk.model.bench;

import com.rotadesk.model.Action;
import com.rotadesk.model.Policy;
import com.rotadesk.model.engine.OfficeEngine;
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
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Replaying journals (R25): a busy day (20 consultants, 500 visits) and a year of such days. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReplayBenchmark {
    private final Policy policy = Policy.defaults();
    private List<Action> busyDay;
    private List<Action> busyYear;

    /** Generates the journals once; generation itself is not measured. */
    @Setup(Level.Trial)
    public void generate() {
        busyDay = journal(1);
        busyYear = journal(365);
        System.out.printf("%nbusy day: %d actions; busy year: %d actions%n", busyDay.size(), busyYear.size());
    }

    private List<Action> journal(int days) {
        // the busy settings without the manager's adjustments, as the earlier engine generated them
        DayGenerator generator = new DayGenerator(2026,
                new DayGenerator.Settings(20, 500, 60, 0.3, 0.03, 0.05, true, 0.02, 0.005, false, true));
        OfficeEngine engine = new OfficeEngine(policy);
        LocalDate first = LocalDate.of(2026, 1, 1);
        List<Action> out = new ArrayList<>();
        out.add(new Action.SetRoster(first.atStartOfDay(), generator.consultants()));
        engine.apply(out.getFirst());
        for (int d = 0; d < days; d++) {
            out.addAll(generator.day(engine, first.plusDays(d)));
        }
        return out;
    }

    /** One busy day from its journal. */
    @Benchmark
    public OfficeEngine replayBusyDay() {
        return OfficeEngine.replay(policy, busyDay);
    }

    /** A year of busy days from the journal. */
    @Benchmark
    @Warmup(iterations = 1, time = 5)
    @Measurement(iterations = 3, time = 10)
    public OfficeEngine replayBusyYear() {
        return OfficeEngine.replay(policy, busyYear);
    }
}
