package com.rotadesk.model.review;

import com.rotadesk.model.Action;
import com.rotadesk.model.Policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Simulates a range day by day (so a caller can show progress and stop between days), then sums it up. */
public final class SimulationBuilder {
    /** Records played ahead of the simulated day. */
    private static final int AHEAD = 4;
    private final Simulator simulator;
    private final ReviewBuilder recorded;
    private final ReviewBuilder simulated;
    private final Map<String, Set<String>> recordedValues = new LinkedHashMap<>();
    private final List<Difference> differences = new ArrayList<>();
    private final List<SkippedAction> skipped = new ArrayList<>();
    private int days;
    private int replayed;
    private boolean sameRules = true;
    private boolean reproduced = true;

    /** A simulation of {@code change} over the days from {@code from} to {@code to}. */
    public SimulationBuilder(LocalDate from, LocalDate to, PolicyChange change) {
        this.simulator = new Simulator(change);
        this.recorded = new ReviewBuilder(from, to);
        this.simulated = new ReviewBuilder(from, to);
        change.settings().keySet().forEach(k -> recordedValues.put(k, new TreeSet<>()));
    }

    /** Simulates the next day (in date order). */
    public SimulatedDay add(RecordedDay day) {
        Simulator.Record record = Simulator.record(day);
        return add(day, () -> record);
    }

    /**
     * Simulates the next days (in date order), telling {@code each} of every day simulated. The next few days' records
     * are played on the common pool while this thread plays the simulated days, which follow one another (R4 carries
     * over); only a few days are held at once.
     */
    public void addAll(List<RecordedDay> days, java.util.function.Consumer<SimulatedDay> each) {
        java.util.ArrayDeque<java.util.concurrent.CompletableFuture<Simulator.Record>> ahead = new java.util.ArrayDeque<>();
        int next = 0;
        try {
            for (int i = 0; i < days.size(); i++) {
                while (next < days.size() && next < i + AHEAD) {
                    RecordedDay d = days.get(next++);
                    ahead.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> Simulator.record(d),
                            java.util.concurrent.ForkJoinPool.commonPool()));
                }
                each.accept(add(days.get(i), Parallel.joiner(ahead.removeFirst())));
            }
        } finally {
            ahead.forEach(r -> r.cancel(false));
        }
    }

    private SimulatedDay add(RecordedDay day, java.util.function.Supplier<Simulator.Record> record) {
        note(day.opening().policy());
        for (Action a : day.actions()) {
            if (a instanceof Action.ChangePolicy cp) {
                note(cp.policy());
            }
        }
        SimulatedDay d = simulator.next(day, record);
        recorded.add(d.recorded());
        simulated.add(d.simulated());
        differences.addAll(d.differences());
        skipped.addAll(d.skipped());
        days++;
        replayed += d.replayed();
        sameRules &= d.sameRules();
        reproduced &= !d.sameRules() || d.reproduced();
        return d;
    }

    private void note(Policy policy) {
        recordedValues.forEach((key, values) -> values.add(policy.asSettings().get(key)));
    }

    /** The simulation of the days added so far. */
    public Simulation build() {
        return new Simulation(simulator.change(), recordedValues, recorded.build(), simulated.build(), differences,
                skipped, days, replayed, days > 0 && sameRules, reproduced);
    }

    /** Simulates every day given, in order. */
    public static Simulation run(LocalDate from, LocalDate to, PolicyChange change, Iterable<RecordedDay> days) {
        SimulationBuilder b = new SimulationBuilder(from, to, change);
        List<RecordedDay> all = new ArrayList<>();
        days.forEach(all::add);
        b.addAll(all, d -> { });
        return b.build();
    }
}
