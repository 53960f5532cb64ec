package com.rotadesk.persistence;

import com.rotadesk.model.Action;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 at random moments during first start, an upgrade, check-ins, backup, restore, erase and rebuild: after
 * every kill the folder opens, its chain and every anchor verify, nothing confirmed is lost, no working copy is
 * left, and an erasure is either not begun or complete in every file. {@code ./mvnw -pl persistence -Pkill verify}
 * ({@code rotadesk.kills} kills per operation); the counts are in docs/trust.md.
 */
@EnabledIfSystemProperty(named = "rotadesk.kills", matches = "\\d+")
class KillHarnessTest {
    private static final int KILLS = Integer.getInteger("rotadesk.kills", 0);
    @TempDir
    static Path work;
    private static Path template;
    private static Path templateBackup;
    private static String phone;

    @BeforeAll
    static void aTemplateOffice() {
        template = work.resolve("template");
        List<Action> journal = CrashWriter.journal().subList(0, 150);
        try (OfficeStore store = OfficeStore.open(template)) {
            journal.subList(0, 100).forEach(store::submit);
            templateBackup = store.backup();
            journal.subList(100, 150).forEach(store::submit);
        }
        phone = journal.stream().filter(a -> a instanceof Action.CheckIn c && c.registration().phone() != null)
                .map(a -> ((Action.CheckIn) a).registration().phone()).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"first-start", "upgrade", "check-ins", "backup", "restore", "erase", "rebuild"})
    void killedAtRandomTheFolderAlwaysOpensWhole(String mode) throws Exception {
        Random random = new Random(mode.hashCode());
        long window = 800;
        long confirmed = 0;
        Path folder = work.resolve(mode);
        int killed = 0;
        for (int run = 1; run <= KILLS; run++) {
            if (!mode.equals("check-ins")) {
                prepare(mode, folder);
            }
            Process p = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                    KillTarget.class.getName(), mode, folder.toString(), mode.equals("erase") ? phone
                    : templateBackup.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            AtomicLong started = new AtomicLong();
            AtomicLong done = new AtomicLong();
            AtomicLong sure = new AtomicLong(mode.equals("check-ins") ? confirmed : 0);
            Thread reader = Thread.ofPlatform().start(() -> read(p, started, done, sure));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (started.get() == 0 && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            Thread.sleep(random.nextLong(window + 1));
            boolean finished = done.get() != 0;
            p.destroyForcibly();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            reader.join(10_000);
            if (finished && started.get() > 0) {
                // it ended before the kill: aim the next kills into its duration
                window = Math.max(50, (done.get() - started.get()) / 1_000_000);
            } else {
                killed++;
            }
            confirmed = check(mode, folder, run, sure.get());
        }
        System.out.printf("kill harness: %s %d runs, %d killed mid-operation%n", mode, KILLS, killed);
        assertThat(killed).as("most kills land inside the operation").isGreaterThan(KILLS / 2);
    }

    private static void prepare(String mode, Path folder) throws Exception {
        deleteTree(folder);
        switch (mode) {
            case "first-start" -> Files.createDirectories(folder);
            case "upgrade" -> {
                Files.createDirectories(folder);
                // a database as the release before this one left it (schema V6), with an office in its journal
                Flyway.configure().dataSource(OfficeStore.url(folder), "sa", "").target("6").load().migrate();
                try (var c = java.sql.DriverManager.getConnection(OfficeStore.url(folder), "sa", "")) {
                    String hash = HashChain.hash(1, new HashChain.Input(HashChain.GENESIS, 1,
                            java.time.LocalDateTime.of(2026, 11, 23, 0, 0), "start-day", "date=2026-11-23", null, null, null,
                            null));
                    c.createStatement().execute("INSERT INTO journal VALUES (1, TIMESTAMP '2026-11-23 00:00:00',"
                            + " 'start-day', 'date=2026-11-23', NULL, '" + HashChain.GENESIS + "', '" + hash + "')");
                    c.createStatement().execute("SHUTDOWN");
                }
            }
            default -> copyTree(template, folder);
        }
    }

    private static long check(String mode, Path folder, int run, long sure) throws Exception {
        try (OfficeStore store = OfficeStore.open(folder)) {
            String as = mode + " run " + run;
            assertThat(store.verify().findings()).as(as).isEmpty();
            assertThat(store.journalSize()).as(as + ": nothing confirmed lost").isGreaterThanOrEqualTo(sure);
            if (mode.equals("erase")) {
                boolean begun = !Ledger.erasures(folder).isEmpty();
                assertThat(store.lookup(phone, java.time.LocalDateTime.of(2026, 12, 1, 11, 0), 5).isEmpty())
                        .as(as + ": erased exactly when the ledger says so").isEqualTo(begun);
                if (begun) {
                    assertThat(raw(StoreFiles.db(folder))).as(as).doesNotContain(phone);
                    for (Path b : Backups.list(folder)) {
                        assertThat(raw(b)).as(as + " " + b).doesNotContain(phone);
                    }
                }
            }
            if (mode.equals("upgrade")) {
                assertThat(store.journalSize()).as(as).isEqualTo(1);
            }
            if (mode.equals("rebuild") || mode.equals("restore")) {
                assertThat(store.rebuild().consistent()).as(as).isTrue();
            }
            try (Stream<Path> s = Files.list(folder)) {
                assertThat(s.map(p -> p.getFileName().toString())).as(as + ": no working copy left")
                        .noneMatch(n -> n.startsWith(".build-") || n.startsWith(".restore-") || n.startsWith(".upgrade-")
                                || n.startsWith(".compact-") || n.startsWith(".rewrite-"));
            }
            return store.journalSize();
        }
    }

    private static String raw(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        if (file.toString().endsWith(".zip")) {
            try (var zip = new java.util.zip.ZipInputStream(Files.newInputStream(file))) {
                zip.getNextEntry();
                bytes = zip.readAllBytes();
            }
        }
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static void read(Process p, AtomicLong started, AtomicLong done, AtomicLong confirmed) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.equals("start")) {
                    started.set(System.nanoTime());
                } else if (line.equals("done")) {
                    done.set(System.nanoTime());
                } else if (line.startsWith("confirmed ")) {
                    confirmed.set(Long.parseLong(line.substring(10)));
                }
            }
        } catch (Exception e) {
            // killed mid-line: what was read stands
        }
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                if (p.getFileName().toString().equals("rotadesk.lock")) {
                    continue;
                }
                Path t = to.resolve(from.relativize(p));
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
