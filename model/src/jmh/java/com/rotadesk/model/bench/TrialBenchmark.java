package com.rotadesk.model.bench;

import com.rotadesk.model.Action;
import com.rotadesk.model.Channel;
import com.rotadesk.model.PassReason;
import com.rotadesk.model.Policy;
import com.rotadesk.model.Registration;
import com.rotadesk.model.Rejection;
import com.rotadesk.model.Visit;
import com.rotadesk.model.VisitSource;
import com.rotadesk.model.engine.OfficeEngine;
import com.rotadesk.model.engine.Proposal;
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
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What the check-in dialog asks on every keystroke and every "not here": the trial of a check-in on a busy day's
 * afternoon (20 consultants, the day's journal so far), with and without a rejection.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TrialBenchmark {
    private OfficeEngine engine;
    private Action.CheckIn plain;
    private Action.CheckIn rejected;

    /** A busy day played up to its last action; the check-ins are tried at that moment. */
    @Setup(Level.Trial)
    public void play() {
        // the busy settings without the manager's adjustments, as the earlier engine generated them
        DayGenerator generator = new DayGenerator(2026,
                new DayGenerator.Settings(20, 500, 60, 0.3, 0.03, 0.05, true, 0.02, 0.005, false, true));
        engine = new OfficeEngine(Policy.defaults());
        LocalDate day = LocalDate.of(2026, 1, 1);
        engine.apply(new Action.SetRoster(day.atStartOfDay(), generator.consultants()));
        generator.day(engine, day);
        LocalDateTime at = day.atTime(19, 0);
        // a visitor at the desk late in the day; undo the day's last actions until someone is available
        Registration reg = new Registration("新客户", "13912345678", 2, VisitSource.WALK_IN);
        plain = new Action.CheckIn(at, Channel.WALK_IN, "bench", reg, null, null, null, null, List.of());
        Visit first = engine.trial(plain);
        System.out.printf("%n%d visits today; the trial proposes %s%n", engine.visits().size(), first.consultant());
        rejected = first.consultant() == null ? plain : new Action.CheckIn(at, Channel.WALK_IN, "bench", reg, null,
                null, null, null, List.of(new Rejection(first.consultant(), PassReason.ABSENT)));
    }

    /** The proposal for a new visitor, as the dialog shows it when it opens. */
    @Benchmark
    public Visit trialCheckIn() {
        return engine.trial(plain);
    }

    /** The next proposal after "not here" (Alt+N). */
    @Benchmark
    public Visit trialAfterNotHere() {
        return engine.trial(rejected);
    }

    /** Who is next on the board. */
    @Benchmark
    public Proposal nextUp() {
        return engine.nextUp(null, Channel.WALK_IN);
    }
}
