package com.rotadesk.persistence;

import com.rotadesk.model.Client;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * The manager's office on ten years of a busy office (issue 14), through the store's queries the clients window and
 * the {@code clients}, {@code timeline} commands use: the register searched as typed (a name's start, a phone's
 * digits, a consultant), the public pool, and a client's timeline (the days the phone appears in, each replayed).
 * For each, the first call in this JVM after opening (cold JIT and page cache) on its own, then warm calls after an
 * unmeasured warm-up of the same mix. The folder is the one {@link StoreBenchmark} generates (made here when
 * missing); nothing is written to it. Prints a Markdown table for docs/benchmarks.md.
 * {@code ./mvnw -pl persistence -Pbench -DskipTests verify -Dbench.main=com.rotadesk.persistence.ClientsBenchmark}.
 */
public final class ClientsBenchmark {
    /** As many rows as the clients window asks for. */
    private static final int LIMIT = 200;

    private ClientsBenchmark() {
    }

    /** Args: data folder, days (when it must be generated), warm calls per search. */
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/bench-office");
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 3650;
        int calls = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        TenYearOffice.busyOffice(folder, days, 300);
        // each row printed as it is measured too: a long run shows where it is
        List<String> rows = new ArrayList<>() {
            @Override
            public boolean add(String row) {
                System.out.println(row);
                return super.add(row);
            }
        };
        long t0 = System.nanoTime();
        try (OfficeStore store = OfficeStore.open(folder)) {
            store.engine();
            rows.add(String.format("| opened (with any migration left) | %.0f ms |", ms(t0)));
            LocalDateTime now = store.engine().date().atTime(20, 0);
            List<Client> all = new ArrayList<>();
            store.forEachClient(all::add);
            rows.add(String.format("| history | %,d journal entries, %,d clients, %,d visits, %d days |",
                    store.journalSize(), all.size(), store.visitCount(), store.days().size()));
            Random random = new Random(14);
            Sample s = new Sample(all, random);

            Map<String, Function<Integer, List<ClientRow>>> searches = new LinkedHashMap<>();
            searches.put("register opened, nothing typed (latest contacts)", i -> store.clients("", now, LIMIT));
            searches.put("a surname typed (王: one character)", i -> store.clients(s.surname(i), now, LIMIT));
            searches.put("a name's first two characters", i -> store.clients(s.namePrefix(i, 2), now, LIMIT));
            searches.put("a whole name", i -> store.clients(s.client(i).name(), now, LIMIT));
            searches.put("a phone's last four digits", i -> store.clients(s.tail(i), now, LIMIT));
            searches.put("a phone's first seven digits", i -> store.clients(s.client(i).phone().substring(0, 7), now,
                    LIMIT));
            searches.put("a whole phone", i -> store.clients(s.client(i).phone(), now, LIMIT));
            searches.put("a consultant's name (their clients, newest contact first)", i -> store.clients(
                    s.consultant(i), now, LIMIT));
            searches.put("the public pool, nothing typed", i -> store.pool("", now, LIMIT));
            searches.put("the public pool, a surname typed", i -> store.pool(s.surname(i), now, LIMIT));
            searches.put("the public pool, a consultant's name typed", i -> store.pool(s.consultant(i), now, LIMIT));

            // the first call of each kind in this JVM on its own: the JIT and H2's page cache are cold
            int[] found = new int[searches.size()];
            double[] first = new double[searches.size()];
            int k = 0;
            for (var e : searches.entrySet()) {
                long t = System.nanoTime();
                found[k] = e.getValue().apply(1_000_000 + k).size();
                first[k++] = ms(t);
            }
            for (int i = 0; i < calls; i++) {
                for (var e : searches.values()) {
                    e.apply(i);
                }
            }
            k = 0;
            for (var e : searches.entrySet()) {
                double[] warm = new double[calls];
                int rowsFound = 0;
                for (int i = 0; i < calls; i++) {
                    long t = System.nanoTime();
                    rowsFound += e.getValue().apply(calls + i).size();
                    warm[i] = ms(t);
                }
                rows.add(row(e.getKey(), first[k], String.format("%d · %.0f", found[k], rowsFound / (double) calls),
                        warm));
                k++;
            }

            // timelines: clients picked at random, and the longest records among 2,000 random clients
            List<Client> candidates = new ArrayList<>();
            for (int i = 0; i < 2000; i++) {
                candidates.add(all.get(random.nextInt(all.size())));
            }
            Map<String, Integer> dayCounts = new LinkedHashMap<>();
            double[] daysQuery = new double[candidates.size()];
            for (int i = 0; i < candidates.size(); i++) {
                long t = System.nanoTime();
                dayCounts.put(candidates.get(i).phone(), store.clientDays(candidates.get(i).phone()).size());
                daysQuery[i] = ms(t);
            }
            int[] counts = dayCounts.values().stream().mapToInt(Integer::intValue).sorted().toArray();
            rows.add(String.format("| days a client appears in, over %d random clients | median %d, p95 %d, most %d |",
                    counts.length, counts[counts.length / 2], counts[(int) Math.ceil(counts.length * 0.95) - 1],
                    counts[counts.length - 1]));
            rows.add(row("the days a client appears in (clientDays, the timeline's queries)", daysQuery[0], "",
                    Arrays.copyOfRange(daysQuery, 1, daysQuery.length)));
            List<String> longest = dayCounts.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(20)
                    .map(Map.Entry::getKey).toList();
            List<String> randomOnes = candidates.stream().skip(1000).limit(60).map(Client::phone).toList();
            Timeline firstTimeline = timeline(store, candidates.get(1999).phone());
            for (int i = 0; i < 20; i++) {
                timeline(store, randomOnes.get(40 + i));
            }
            List<Timeline> warmRandom = randomOnes.stream().limit(40).map(p -> timeline(store, p)).toList();
            List<Timeline> warmLongest = longest.stream().map(p -> timeline(store, p)).toList();
            rows.add(row("a client's timeline, random clients (days, then each day replayed)", firstTimeline.ms,
                    firstTimeline.days + " · " + median(warmRandom), times(warmRandom)));
            rows.add(row("a client's timeline, the 20 longest records of 2,000", Double.NaN,
                    "· " + median(warmLongest), times(warmLongest)));
            double perDay = warmLongest.stream().mapToDouble(x -> x.ms / Math.max(1, x.days)).sorted()
                    .toArray()[warmLongest.size() / 2];
            rows.add(String.format("| a timeline's cost per day shown (longest records, median) | %.1f ms |", perDay));
        }
        System.out.println();
        System.out.println("| measure | first call | rows or days: first · warm mean | warm p50 | warm p95 | max |");
        System.out.println("|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
    }

    /** A timeline's store work: the days the phone appears in, each replayed for its entries (as ClientOffice). */
    private static Timeline timeline(OfficeStore store, String phone) {
        long t = System.nanoTime();
        List<LocalDate> days = store.clientDays(phone);
        int entries = 0;
        for (LocalDate d : days) {
            entries += store.entriesOf(d).size();
        }
        return new Timeline(days.size(), entries, ms(t));
    }

    private record Timeline(int days, int entries, double ms) {
    }

    private static double[] times(List<Timeline> ts) {
        return ts.stream().mapToDouble(Timeline::ms).toArray();
    }

    private static int median(List<Timeline> ts) {
        int[] d = ts.stream().mapToInt(Timeline::days).sorted().toArray();
        return d[d.length / 2];
    }

    /** What a manager types, drawn from the register itself. */
    private static final class Sample {
        private final List<Client> clients;
        private final List<String> consultants;
        private final int[] picks;

        Sample(List<Client> all, Random random) {
            this.clients = all;
            this.consultants = all.stream().map(Client::owner).filter(o -> o != null).distinct()
                    .sorted(Comparator.naturalOrder()).toList();
            this.picks = random.ints(4096, 0, all.size()).toArray();
        }

        Client client(int i) {
            return clients.get(picks[i % picks.length]);
        }

        String surname(int i) {
            return client(i).name().substring(0, 1);
        }

        String namePrefix(int i, int n) {
            String name = client(i).name();
            return name.substring(0, Math.min(n, name.length()));
        }

        String tail(int i) {
            String p = client(i).phone();
            return p.substring(p.length() - 4);
        }

        String consultant(int i) {
            return consultants.get(i % consultants.size());
        }
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static String row(String what, double first, String found, double... samples) {
        double[] s = samples.clone();
        Arrays.sort(s);
        return String.format("| %s | %s | %s | %.2f ms | %.2f ms | %.2f ms |", what,
                Double.isNaN(first) ? "" : String.format("%.2f ms", first), found, s[s.length / 2],
                s[Math.min(s.length - 1, (int) Math.ceil(s.length * 0.95) - 1)], s[s.length - 1]);
    }
}
