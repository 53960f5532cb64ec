package com.rotadesk.persistence;

import com.rotadesk.model.Action;
import com.rotadesk.model.Channel;
import com.rotadesk.model.OfficeProfile;
import com.rotadesk.model.Registration;
import com.rotadesk.model.VisitSource;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Shared mode on a PostgreSQL server (decision 0008), measured as a desk uses it: the confirm of a check-in (the
 * store's submit, one transaction that locks the office's head) on a server office beside the same on an H2 data
 * folder, and how long an action confirmed at one desk takes to be applied by another desk's follower (LISTEN/NOTIFY,
 * then the journal read by number), with the second desk in the same JVM or in a process of its own. Each run makes
 * a new office of its own on the server and drops it afterwards. Prints Markdown rows for docs/benchmarks.md.
 * <p>
 * {@code ROTADESK_DB_USER=… ROTADESK_DB_PASSWORD=… ./mvnw -pl persistence -Pbench -DskipTests verify
 * -Dbench.main=com.rotadesk.persistence.SharedModeBenchmark -Dbench.args="jdbc:postgresql://127.0.0.1:5434/DB 400"}
 */
public final class SharedModeBenchmark {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    private static final List<String> EAST = List.of("谢铁峰", "徐娅", "丁伟", "李娜", "王芳", "张伟", "刘洋", "陈静", "杨帆",
            "赵磊");
    private static final List<String> WEST = List.of("黄敏", "周杰", "吴昊", "徐静", "孙丽", "马超", "朱琳", "胡军", "郭涛",
            "何倩");
    /** Check-ins before the measured ones: the JIT, the server's plan cache and both ends' connections warm up. */
    private static final int WARM_UP = 100;

    private SharedModeBenchmark() {
    }

    /**
     * Args: server URL, check-ins measured (default 400). The role comes from ROTADESK_DB_USER / ROTADESK_DB_PASSWORD
     * (or the URL). {@code follow URL OFFICE} is the second desk's process of the propagation measure.
     */
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("follow")) {
            follow(office(args[1], args[2]));
            return;
        }
        String url = args[0];
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        List<String> rows = new ArrayList<>();

        Path folder = Files.createTempDirectory("rotadesk-bench-h2-");
        ServerOffice alone = office(url, newCode());
        try (OfficeStore h2 = OfficeStore.open(folder); OfficeStore server = OfficeStore.open(alone)) {
            rows.addAll(checkIns(List.of(h2, server), List.of("H2 data folder", "PostgreSQL server"), n));
        } finally {
            Leftovers.deleteTree(folder);
            drop(alone);
        }
        ServerOffice shared = office(url, newCode());
        try {
            rows.addAll(propagation(shared, n, false));
        } finally {
            drop(shared);
        }
        ServerOffice apart = office(url, newCode());
        try {
            rows.addAll(propagation(apart, n, true));
        } finally {
            drop(apart);
        }
        System.out.println();
        System.out.println("| measure | n | p50 | p95 | max |");
        System.out.println("|---|---|---|---|---|");
        rows.forEach(System.out::println);
    }

    /**
     * A desk alone confirming check-ins, each followed by the visit's end: the check-in's submit is timed. The stores
     * take turns, one check-in each (the first changing every time), so that both meet the same load of a shared
     * machine.
     */
    private static List<String> checkIns(List<OfficeStore> stores, List<String> names, int n) {
        stores.forEach(SharedModeBenchmark::morning);
        double[][] times = new double[stores.size()][n];
        double[][] cpu = new double[stores.size()][n];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < WARM_UP + n; i++) {
            for (int k = 0; k < stores.size(); k++) {
                int s = (i + k) % stores.size();
                OfficeStore store = stores.get(s);
                long c = threads.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                store.submit(checkIn(i, null));
                if (i >= WARM_UP) {
                    times[s][i - WARM_UP] = ms(t);
                    cpu[s][i - WARM_UP] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
                }
                store.submit(new Action.EndVisit(at(i).plusSeconds(10), ref(i)));
            }
        }
        List<String> rows = new ArrayList<>();
        for (int s = 0; s < stores.size(); s++) {
            rows.add(row("confirm a check-in, " + names.get(s), times[s]));
            // what the desk's own thread spent on the processor; the rest is the database's work and waiting
            rows.add(row("… of which the desk thread's CPU time, " + names.get(s), cpu[s]));
        }
        return rows;
    }

    /**
     * Desk A confirms check-ins and visits' ends, one every 50–150 ms; desk B follows the office and applies each
     * entry. Timed from A's commit (its submit returned) and from A's confirm (its submit called) to the moment B
     * holds the entry.
     */
    private static List<String> propagation(ServerOffice office, int n, boolean ownProcess) throws Exception {
        String how = ownProcess ? "desk B in a process of its own" : "desk B in the same JVM";
        Map<Long, Long> applied = new ConcurrentHashMap<>();
        try (OfficeStore a = OfficeStore.open(office)) {
            morning(a);
            Process child = null;
            AutoCloseable b;
            CountDownLatch ready = new CountDownLatch(1);
            if (ownProcess) {
                child = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-Xmx1g",
                        "-classpath", System.getProperty("java.class.path"), SharedModeBenchmark.class.getName(),
                        "follow", office.url(), office.office()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
                Process p = child;
                Thread.ofPlatform().daemon().start(() -> read(p, applied, ready));
                b = p::destroy;
            } else {
                OfficeStore store = OfficeStore.open(office);
                OfficeFollower follower = store.follow(new Applied(store, applied, ready));
                b = () -> {
                    follower.close();
                    store.close();
                };
            }
            try (b) {
                if (!ready.await(60, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("desk B did not start");
                }
                int actions = 2 * (WARM_UP + n);
                long[] confirmed = new long[actions];
                long[] committed = new long[actions];
                long[] seqs = new long[actions];
                double[] confirms = new double[n];
                for (int i = 0; i < WARM_UP + n; i++) {
                    for (int k = 0; k < 2; k++) {
                        Action action = k == 0 ? checkIn(i, i % 2 == 0 ? "东门" : "西门")
                                : new Action.EndVisit(at(i).plusSeconds(10), ref(i));
                        int j = 2 * i + k;
                        long t = System.nanoTime();
                        confirmed[j] = epochNanos();
                        a.submit(action);
                        committed[j] = epochNanos();
                        seqs[j] = a.journalSize();
                        if (k == 0 && i >= WARM_UP) {
                            confirms[i - WARM_UP] = ms(t);
                        }
                        Thread.sleep(ThreadLocalRandom.current().nextLong(50, 150));
                    }
                }
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (!applied.containsKey(seqs[actions - 1]) && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                int measured = 2 * n;
                double[] fromCommit = new double[measured];
                double[] fromConfirm = new double[measured];
                for (int j = 2 * WARM_UP; j < actions; j++) {
                    Long seen = applied.get(seqs[j]);
                    if (seen == null) {
                        throw new IllegalStateException("desk B never applied entry " + seqs[j]);
                    }
                    fromCommit[j - 2 * WARM_UP] = (seen - committed[j]) / 1e6;
                    fromConfirm[j - 2 * WARM_UP] = (seen - confirmed[j]) / 1e6;
                }
                return List.of(row("board propagation A → B, from A's commit (" + how + ")", fromCommit),
                        row("board propagation A → B, from A's confirm (" + how + ")", fromConfirm),
                        row("confirm a check-in at A while B follows (" + how + ")", confirms));
            } finally {
                if (child != null) {
                    child.waitFor(10, TimeUnit.SECONDS);
                }
            }
        }
    }

    /** The second desk's process: follows the office and prints each entry it applied with the wall-clock time. */
    private static void follow(ServerOffice office) throws Exception {
        Map<Long, Long> applied = new ConcurrentHashMap<>();
        CountDownLatch ready = new CountDownLatch(1);
        try (OfficeStore store = OfficeStore.open(office);
                OfficeFollower follower = store.follow(new Applied(store, applied, ready) {
                    @Override
                    void seen(long seq, long at) {
                        System.out.println("applied " + seq + " " + at);
                        System.out.flush();
                    }
                })) {
            ready.await();
            System.out.println("ready");
            System.out.flush();
            // until the first desk's process ends this one
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    private static void read(Process p, Map<Long, Long> applied, CountDownLatch ready) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.equals("ready")) {
                    ready.countDown();
                } else if (line.startsWith("applied ")) {
                    String[] w = line.split(" ");
                    applied.put(Long.parseLong(w[1]), Long.parseLong(w[2]));
                }
            }
        } catch (java.io.IOException e) {
            // the process ended
        }
    }

    /** Desk B as DeskService follows: on each wake-up, read by number; each entry new to it is seen now. */
    private static class Applied implements OfficeFollower.Listener {
        private final OfficeStore store;
        private final Map<Long, Long> applied;
        private final CountDownLatch ready;

        Applied(OfficeStore store, Map<Long, Long> applied, CountDownLatch ready) {
            this.store = store;
            this.applied = applied;
            this.ready = ready;
        }

        @Override
        public void wake() {
            long before = store.journalSize();
            store.catchUp();
            long after = store.journalSize();
            long now = epochNanos();
            for (long s = before + 1; s <= after; s++) {
                seen(s, now);
            }
            ready.countDown();
        }

        void seen(long seq, long at) {
            applied.put(seq, at);
        }

        @Override
        public void away(StoreException why) {
            System.err.println("server away: " + why.getMessage());
        }

        @Override
        public void back() {
        }
    }

    /** Two entrances of ten consultants each, everyone signed in. */
    private static void morning(OfficeStore store) {
        store.submit(new Action.ConfigureOffice(DAY.atTime(7, 0), new OfficeProfile("压测售楼处",
                List.of(new OfficeProfile.Group("东门", EAST), new OfficeProfile.Group("西门", WEST)))));
        store.submit(new Action.StartDay(DAY));
        int m = 0;
        for (List<String> group : List.of(EAST, WEST)) {
            for (String c : group) {
                store.submit(new Action.SignIn(DAY.atTime(8, 0).plusSeconds(m++), c, null));
            }
        }
    }

    private static LocalDateTime at(int i) {
        return DAY.atTime(9, 0).plusSeconds(20L * i);
    }

    private static String ref(int i) {
        return "b" + i;
    }

    private static Action.CheckIn checkIn(int i, String group) {
        return new Action.CheckIn(at(i), Channel.WALK_IN, ref(i),
                new Registration("压测" + i, "199" + String.format("%08d", i), 1, VisitSource.WALK_IN), null, null, null,
                group, List.of());
    }

    private static ServerOffice office(String url, String code) {
        return ServerConfig.resolve(url, code, false, null).orElseThrow();
    }

    private static String newCode() {
        byte[] b = new byte[4];
        ThreadLocalRandom.current().nextBytes(b);
        return "bench" + HexFormat.of().formatHex(b);
    }

    private static void drop(ServerOffice office) throws SQLException {
        try (var c = new ServerStream(office).connect(); var s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + office.schema() + " CASCADE");
            s.execute("DELETE FROM rotadesk.ledger WHERE office = '" + office.office() + "'");
            s.execute("DELETE FROM rotadesk.office WHERE code = '" + office.office() + "'");
        }
    }

    /** The wall clock in nanoseconds (microseconds on Linux): the same clock in both processes. */
    private static long epochNanos() {
        Instant i = Instant.now();
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static String row(String what, double... samples) {
        double[] s = samples.clone();
        Arrays.sort(s);
        return String.format("| %s | %d | %.2f ms | %.2f ms | %.2f ms |", what, s.length, s[s.length / 2],
                s[Math.min(s.length - 1, (int) Math.ceil(s.length * 0.95) - 1)], s[s.length - 1]);
    }
}
