package com.rotadesk.persistence;

import com.rotadesk.model.Action;
import com.rotadesk.model.Channel;
import com.rotadesk.model.Registration;
import com.rotadesk.model.VisitSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * The store at the scale of ten years of a busy office: check-in, phone lookup while typing, loading a day for
 * the sheets, and opening the office. Run with {@code ./mvnw -pl persistence -am -Pbench -DskipTests verify};
 * prints a Markdown table for docs/benchmarks.md. The same measures run on an office on a PostgreSQL server (shared
 * mode, copied there with {@code rotadesk migrate}) with {@code -Dbench.args="--db jdbc:postgresql://HOST/DB CODE"},
 * the role from ROTADESK_DB_USER / ROTADESK_DB_PASSWORD.
 */
public final class StoreBenchmark {
    private StoreBenchmark() {
    }

    /** Args: data folder, days, walk-in visits per day; or {@code --db URL OFFICE} for an office on a server. */
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--db")) {
            ServerOffice office = ServerConfig.resolve(args[1], args.length > 2 ? args[2] : null, false, null)
                    .orElseThrow();
            measure(() -> OfficeStore.open(office), () -> String.format("| schema %s on the server | %.0f MB |",
                    office.schema(), schemaBytes(office) / 1e6));
            return;
        }
        Path folder = Path.of(args.length > 0 ? args[0] : "target/bench-office");
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 3650;
        int visits = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        TenYearOffice.busyOffice(folder, days, visits);
        measure(() -> OfficeStore.open(folder), () -> String.format("| database file | %.0f MB |",
                fileBytes(folder) / 1e6));
    }

    /** Opens the office six times, then looks up, checks in and loads past days; prints the table. */
    private static void measure(Supplier<OfficeStore> opener, Supplier<String> size) {
        List<String> rows = new ArrayList<>();
        // the daily backup is not part of opening: take today's first
        try (OfficeStore store = opener.get()) {
            store.engine();
        }
        double[] opens = new double[6];
        for (int i = 0; i < opens.length; i++) {
            long t = System.nanoTime();
            try (OfficeStore store = opener.get()) {
                store.engine().nextUp(null, Channel.WALK_IN);
                opens[i] = ms(t);
                if (i == 0) {
                    rows.add(String.format("| history | %,d journal entries, %,d clients, %,d visits |",
                            store.journalSize(), store.clientCount(), store.visitCount()));
                }
            }
        }
        rows.add(row("open the office and rebuild today's board (first, in a fresh JVM)", opens[0], opens[0], opens[0]));
        rows.add(row("open the office and rebuild today's board (warm)", Arrays.copyOfRange(opens, 1, opens.length)));

        try (OfficeStore store = opener.get()) {
            Random random = new Random(7);
            LocalDate today = store.engine().date();
            List<String> phones = new ArrayList<>();
            store.engine().visits().forEach(v -> {
                if (v.registration().phone() != null) {
                    phones.add(v.registration().phone());
                }
            });
            // as JMH would: the first lookups after opening run before the JIT and H2's page cache have warmed up,
            // so they are measured on their own, and the steady figure comes after a warm-up of the same mix
            double[] cold = lookups(store, phones, random, today, 200);
            lookups(store, phones, random, today, 2000);
            double[] lookups = lookups(store, phones, random, today, 2000);
            rows.add(row("phone lookup while typing, the first 200 after opening (cold JVM and cache)", cold));
            rows.add(row("phone lookup while typing (last four digits or a 7-digit prefix)", lookups));

            double[] checkIns = new double[300];
            LocalDateTime at = today.atTime(20, 0);
            for (var v : store.engine().visits()) {
                // a second run on the same folder continues after the first
                LocalDateTime last = v.endedAt() != null ? v.endedAt() : v.arrival();
                if (!last.isBefore(at)) {
                    at = last.plusMinutes(1);
                }
            }
            for (int i = 0; i < checkIns.length; i++) {
                String phone = "199" + String.format("%08d", i);
                Action.CheckIn checkIn = new Action.CheckIn(at.plusSeconds(i * 2L), Channel.WALK_IN, "bench" + at + "/" + i,
                        new Registration("压测" + i, phone, 1, VisitSource.WALK_IN), null, null, null, null, List.of());
                long t = System.nanoTime();
                store.submit(checkIn);
                checkIns[i] = ms(t);
                store.submit(new Action.EndVisit(at.plusSeconds(i * 2L + 1), "bench" + at + "/" + i));
            }
            rows.add(row("confirm a check-in (journal + read tables, one transaction)", checkIns));

            // as the lookups: the first days after the other work run cold, so they are reported on their own,
            // and the steady figure comes from 100 days after 50 unmeasured ones (30 gave a p95 of two samples)
            List<LocalDate> all = store.days();
            double[] coldDays = pastDays(store, all, random, 10);
            pastDays(store, all, random, 50);
            rows.add(row("load one past day for the sheets, the first 10 (cold)", coldDays));
            rows.add(row("load one past day for the sheets", pastDays(store, all, random, 100)));
        }
        rows.add(size.get());
        System.out.println();
        System.out.println("| measure | p50 | p95 | max |");
        System.out.println("|---|---|---|---|");
        rows.forEach(System.out::println);
    }

    private static long fileBytes(Path folder) {
        try {
            return Files.size(folder.resolve(OfficeStore.DB_NAME + ".mv.db"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The office's tables and indexes on the server, in bytes. */
    private static long schemaBytes(ServerOffice office) {
        try (var c = new ServerStream(office).connect(); var s = c.prepareStatement("SELECT sum(pg_total_relation_size(c.oid))"
                + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relkind = 'r'")) {
            s.setString(1, office.schema());
            try (var r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Loads {@code n} random past days as the sheets do, and times each. */
    private static double[] pastDays(OfficeStore store, List<LocalDate> all, Random random, int n) {
        double[] times = new double[n];
        for (int i = 0; i < n; i++) {
            LocalDate day = all.get(random.nextInt(all.size() - 1));
            long t = System.nanoTime();
            store.engineAt(day).visits();
            times[i] = ms(t);
        }
        return times;
    }

    /** Types {@code n} phones' last four digits or first seven, alternately, and times each lookup. */
    private static double[] lookups(OfficeStore store, List<String> phones, Random random, LocalDate today, int n) {
        double[] times = new double[n];
        for (int i = 0; i < n; i++) {
            String phone = phones.get(random.nextInt(phones.size()));
            String typed = i % 2 == 0 ? phone.substring(phone.length() - 4) : phone.substring(0, 7);
            long t = System.nanoTime();
            store.lookup(typed, today.atTime(20, 0), 8);
            times[i] = ms(t);
        }
        return times;
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static String row(String what, double... samples) {
        double[] s = samples.clone();
        Arrays.sort(s);
        return String.format("| %s | %.2f ms | %.2f ms | %.2f ms |", what, s[s.length / 2],
                s[Math.min(s.length - 1, (int) Math.ceil(s.length * 0.95) - 1)], s[s.length - 1]);
    }
}
