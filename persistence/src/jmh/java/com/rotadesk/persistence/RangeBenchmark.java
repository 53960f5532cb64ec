package com.rotadesk.persistence;

import com.rotadesk.model.review.PolicyChange;
import com.rotadesk.model.review.RecordedDay;
import com.rotadesk.model.review.Review;
import com.rotadesk.model.review.ReviewBuilder;
import com.rotadesk.model.review.Simulation;
import com.rotadesk.model.review.SimulationBuilder;
import com.rotadesk.model.sim.DayGenerator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The month in review and the simulator from the H2 store, as the desk and the command line run them: the range
 * read a week at a time ({@code recordedDays}), each day replayed, counted and (for the simulation) played again under
 * a make-up cap of 2 and busy passes that forfeit. A year of busy days (20 consultants, 300 walk-in visits and 20
 * calls a day) is generated once into the folder. Prints a Markdown table for docs/benchmarks.md.
 * {@code ./mvnw -pl persistence -Pbench -DskipTests verify -Dbench.main=com.rotadesk.persistence.RangeBenchmark
 * -Dbench.args="target/bench-year 365"}.
 */
public final class RangeBenchmark {
    private static final int WEEK = 7;

    private RangeBenchmark() {
    }

    /** Args: data folder, days. */
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/bench-year");
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 365;
        if (!Files.exists(folder.resolve(OfficeStore.DB_NAME + ".mv.db"))) {
            long t = System.nanoTime();
            System.out.printf("generating %d days into %s%n", days, folder);
            TenYearOffice.generate(folder, days,
                    new DayGenerator.Settings(20, 300, 20, 0.3, 0.03, 0.05, true, 0.02, 0.005, false, true), 2026);
            System.out.printf("generated in %.0f s%n", (System.nanoTime() - t) / 1e9);
        }
        PolicyChange change = PolicyChange.parse(List.of("makeUpCap=2", "busyPass=forfeit"));
        List<String> rows = new ArrayList<>();
        try (OfficeStore store = OfficeStore.open(folder)) {
            List<LocalDate> all = store.days();
            LocalDate last = all.getLast();
            LocalDate monthFrom = last.minusDays(29);
            LocalDate yearFrom = all.getFirst();
            rows.add(String.format("| history | %d days, %,d journal entries, %,d clients |", all.size(),
                    store.journalSize(), store.clientCount()));
            // the first run of each in this JVM on its own (cold JIT and page cache), then warm runs
            double[] firstMonth = {ms(() -> review(store, monthFrom, last)), ms(() -> simulate(store, monthFrom, last, change))};
            double[] readMonth = new double[10];
            double[] reviewMonth = new double[10];
            double[] simulateMonth = new double[10];
            for (int i = 0; i < 10; i++) {
                readMonth[i] = ms(() -> read(store, monthFrom, last));
                reviewMonth[i] = ms(() -> review(store, monthFrom, last));
                simulateMonth[i] = ms(() -> simulate(store, monthFrom, last, change));
            }
            double[] readYear = new double[3];
            double[] reviewYear = new double[3];
            double[] simulateYear = new double[3];
            for (int i = 0; i < 3; i++) {
                readYear[i] = ms(() -> read(store, yearFrom, last));
                reviewYear[i] = ms(() -> review(store, yearFrom, last));
                simulateYear[i] = ms(() -> simulate(store, yearFrom, last, change));
            }
            Review month = review(store, monthFrom, last);
            Simulation sim = simulate(store, monthFrom, last, change);
            rows.add(String.format("| a month: %d days, %,d walk-in visits; simulated: %s |", month.days().size(),
                    month.walkIns(), sim.summary()));
            rows.add(row("month in review of 30 days, first in this JVM", firstMonth[0], firstMonth[0]));
            rows.add(row("simulation of 30 days, first in this JVM", firstMonth[1], firstMonth[1]));
            rows.add(row("read 30 days from the store (recordedDays, a week at a time)", readMonth));
            rows.add(row("month in review of 30 days (read, replay, count)", reviewMonth));
            rows.add(row("simulation of 30 days (read, replay twice, compare, count)", simulateMonth));
            rows.add(row("read a year (" + all.size() + " days)", readYear));
            rows.add(row("month in review of a year", reviewYear));
            rows.add(row("simulation of a year", simulateYear));
        }
        System.out.println();
        System.out.println("| measure | median ms | worst ms |");
        System.out.println("|---|---|---|");
        rows.forEach(System.out::println);
    }

    private static List<RecordedDay> read(OfficeStore store, LocalDate from, LocalDate to) {
        List<RecordedDay> out = new ArrayList<>();
        weeks(from, to, (a, z) -> out.addAll(store.recordedDays(a, z)));
        return out;
    }

    /** As the desk's and the command line's RangeWork does it: a week read, then replayed, then the next. */
    private static Review review(OfficeStore store, LocalDate from, LocalDate to) {
        ReviewBuilder b = new ReviewBuilder(from, to);
        weeks(from, to, (a, z) -> b.addAll(store.recordedDays(a, z)));
        return b.build();
    }

    private static Simulation simulate(OfficeStore store, LocalDate from, LocalDate to, PolicyChange change) {
        SimulationBuilder b = new SimulationBuilder(from, to, change);
        weeks(from, to, (a, z) -> b.addAll(store.recordedDays(a, z), d -> { }));
        return b.build();
    }

    private static void weeks(LocalDate from, LocalDate to, java.util.function.BiConsumer<LocalDate, LocalDate> week) {
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(WEEK)) {
            week.accept(d, d.plusDays(WEEK - 1).isAfter(to) ? to : d.plusDays(WEEK - 1));
        }
    }

    private static double ms(java.util.function.Supplier<?> work) {
        long t = System.nanoTime();
        work.get();
        return (System.nanoTime() - t) / 1e6;
    }

    private static String row(String what, double... samples) {
        double[] s = samples.clone();
        Arrays.sort(s);
        return String.format("| %s | %.0f | %.0f |", what, s[s.length / 2], s[s.length - 1]);
    }
}
