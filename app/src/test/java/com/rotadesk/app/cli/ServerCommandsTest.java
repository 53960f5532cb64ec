package com.rotadesk.app.cli;

import com.rotadesk.app.sheets.DailySummaryBuilder;
import com.rotadesk.model.Action;
import com.rotadesk.model.Channel;
import com.rotadesk.model.OfficeProfile;
import com.rotadesk.model.Registration;
import com.rotadesk.model.VisitSource;
import com.rotadesk.persistence.OfficeFollower;
import com.rotadesk.persistence.OfficeStore;
import com.rotadesk.persistence.ServerOffice;
import com.rotadesk.persistence.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The command line in shared mode, on a real PostgreSQL server (skipped when the build names none): the same day
 * loaded into a data folder and into a server office gives byte-identical sheets, also a day two desks wrote at once;
 * an office moves to the server and back; the head office's weekly summary adds up the offices' daily summaries.
 */
class ServerCommandsTest {
    private static final String SERVER = System.getProperty("rotadesk.test.server", "");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    private static final String DAY_ONE = """
            title: the first day of the east entrance
            roster: 谢铁峰 徐娅 丁伟
            date: 2026-11-23
            08:30 signin 谢铁峰
            08:31 signin 徐娅
            08:32 signin 丁伟
            09:00 visit 王先生 phone=13800000001 => 谢铁峰 counted
            09:05 visit 李女士 phone=13800000002 skip=徐娅:absent => 丁伟 counted
            09:20 end 王先生
            09:25 visit 王先生 phone=13800000001 => 谢铁峰 uncounted
            09:40 call 赵女士 phone=13900000003 => 徐娅 counted
            10:05 deal 李女士
            """;

    @TempDir
    Path dir;
    private final List<String> offices = new ArrayList<>();
    private final CommandRun cli = new CommandRun();

    @BeforeEach
    void server() {
        assumeTrue(!SERVER.isBlank(), "needs a PostgreSQL server: -Drotadesk.test.server=jdbc:postgresql://…");
    }

    @AfterEach
    void dropOffices() throws SQLException {
        for (String code : offices) {
            try (var c = DriverManager.getConnection(SERVER); var s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS office_" + code + " CASCADE");
                s.execute("DELETE FROM rotadesk.ledger WHERE office = '" + code + "'");
                s.execute("DELETE FROM rotadesk.office WHERE code = '" + code + "'");
            }
        }
    }

    private String newOffice() {
        String code = "c" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 24);
        offices.add(code);
        return code;
    }

    @Test
    void aDayConfirmedOnTheServerPrintsTheSameSheetsAsTheSameDayInADataFolder() throws IOException {
        // given a day confirmed on the server
        Path scenario = Files.writeString(dir.resolve("day.scenario"), DAY_ONE);
        String office = newOffice();
        assertThat(cli.run("load-scenario", scenario.toString(), "--db", SERVER, "--office", office)).as(cli::err).isZero();
        assertThat(cli.run("verify", "--db", SERVER, "--office", office)).as(cli::err).isZero();
        assertThat(cli.out()).contains("journal intact").contains("the head row").doesNotContain("password=r");

        // when the same journal is loaded into H2 (a data folder), and each exports the day's sheets
        Path folder = dir.resolve("h2");
        assertThat(cli.run("migrate", "--db", SERVER, "--office", office, "--to", folder.toString())).as(cli::err).isZero();
        assertThat(cli.run("export", "--data-dir", folder.toString(), "--date", "2026-11-23", "--format", "csv",
                "--out", dir.resolve("from-h2").toString(), "--lang", "zh")).as(cli::err).isZero();
        assertThat(cli.run("export", "--db", SERVER, "--office", office, "--date", "2026-11-23", "--format", "csv",
                "--out", dir.resolve("from-server").toString(), "--lang", "zh")).as(cli::err).isZero();

        // then every sheet is the same, byte for byte (the anchor printed on them included)
        List<Path> sheets = list(dir.resolve("from-h2"));
        assertThat(sheets).hasSize(4);
        for (Path sheet : sheets) {
            assertThat(Files.readAllBytes(dir.resolve("from-server").resolve(sheet.getFileName())))
                    .as(sheet.getFileName().toString()).isEqualTo(Files.readAllBytes(sheet));
        }
    }

    @Test
    void theMonthInReviewAndTheSimulatorReadAnOfficeOnTheServerAsTheyReadItsCopyInAFolder() throws IOException {
        // given a day confirmed on the server, and its copy in a data folder
        Path scenario = Files.writeString(dir.resolve("day.scenario"), DAY_ONE);
        String office = newOffice();
        assertThat(cli.run("load-scenario", scenario.toString(), "--db", SERVER, "--office", office)).as(cli::err).isZero();
        Path folder = dir.resolve("h2");
        assertThat(cli.run("migrate", "--db", SERVER, "--office", office, "--to", folder.toString())).as(cli::err).isZero();

        // when the head office reports and simulates the month from the server, and from the copy
        for (String[] where : List.of(new String[] {"--db", SERVER, "--office", office},
                new String[] {"--data-dir", folder.toString()})) {
            String name = where[0].equals("--db") ? "server" : "h2";
            assertThat(cli.run(concat(new String[] {"report", "--from", "2026-11-01", "--to", "2026-11-30", "--format",
                    "csv", "--out", dir.resolve("report-" + name).toString(), "--lang", "zh"}, where))).as(cli::err)
                    .isZero();
            assertThat(cli.out()).contains("reported 1 day(s)");
            assertThat(cli.run(concat(new String[] {"simulate", "--from", "2026-11-01", "--to", "2026-11-30", "--policy",
                    "makeUpCap=2", "--out", dir.resolve("simulate-" + name).toString(), "--lang", "zh"}, where)))
                    .as(cli::err).isZero();
            assertThat(cli.out()).contains("simulated 1 days");
        }

        // then the month's figures and the simulation's are the same from either
        List<Path> report = list(dir.resolve("report-h2"));
        assertThat(report).isNotEmpty();
        for (Path file : report) {
            assertThat(Files.readAllBytes(dir.resolve("report-server").resolve(file.getFileName())))
                    .as(file.getFileName().toString()).isEqualTo(Files.readAllBytes(file));
        }
        List<Path> simulation = list(dir.resolve("simulate-h2")).stream().filter(f -> f.toString().endsWith(".csv"))
                .toList();
        assertThat(simulation).isNotEmpty();
        for (Path file : simulation) {
            assertThat(Files.readAllBytes(dir.resolve("simulate-server").resolve(file.getFileName())))
                    .as(file.getFileName().toString()).isEqualTo(Files.readAllBytes(file));
        }
        // and a month with no day says so, naming the office
        assertThat(cli.run("report", "--from", "2026-12-01", "--to", "2026-12-31", "--out", dir.resolve("none").toString(),
                "--db", SERVER, "--office", office)).isOne();
        assertThat(cli.err()).contains("the office " + office + " holds no day");
    }

    @Test
    void theManagersRegisterOnTheServer_isSearchedAndAClientTransferredFromTheCommandLine() {
        // given a day confirmed on the server: 王先生 is 谢铁峰's client
        Path scenario = write("day.scenario", DAY_ONE);
        String office = newOffice();
        assertThat(cli.run("load-scenario", scenario.toString(), "--db", SERVER, "--office", office)).as(cli::err).isZero();
        assertThat(cli.run("clients", "--search", "王", "--full-phones", "--format", "csv", "--db", SERVER, "--office",
                office)).as(cli::err).isZero();
        assertThat(cli.out()).contains("13800000001,王先生,谢铁峰");

        // when the manager moves him to 丁伟 on the server
        assertThat(cli.run("transfer", "--phone", "13800000001", "--to", "丁伟", "--reason", "换顾问", "--db", SERVER,
                "--office", office)).as(cli::err).isZero();

        // then the register on the server says so, and the journal there still verifies
        assertThat(cli.run("clients", "--search", "王", "--full-phones", "--format", "csv", "--db", SERVER, "--office",
                office)).as(cli::err).isZero();
        assertThat(cli.out()).contains("13800000001,王先生,丁伟");
        assertThat(cli.run("verify", "--db", SERVER, "--office", office)).as(cli::err).isZero();
    }

    private Path write(String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void aDayTwoDesksWroteAtOnceWithABoardFollowingPrintsTheSameSheetsAsItsCopyInADataFolder() throws Exception {
        // given two entrances' desks confirming at the same moments on one server office, and a view-only board
        String code = newOffice();
        ServerOffice office = new ServerOffice(SERVER, null, null, code, false);
        int perDesk = 24;
        long entries;
        try (OfficeStore east = OfficeStore.open(office); OfficeStore west = OfficeStore.open(office);
                OfficeStore board = OfficeStore.open(office.readOnly());
                OfficeFollower following = board.follow(new OfficeFollower.Listener() {
                    @Override
                    public void wake() {
                        board.catchUp();
                    }

                    @Override
                    public void away(StoreException why) {
                    }

                    @Override
                    public void back() {
                    }
                })) {
            east.submit(new Action.ConfigureOffice(DAY.atTime(7, 0), new OfficeProfile("两门售楼处", List.of(
                    new OfficeProfile.Group("东门", List.of("谢铁峰", "徐娅", "丁伟")),
                    new OfficeProfile.Group("西门", List.of("李娜", "王芳", "张伟"))))));
            east.submit(new Action.StartDay(DAY));
            for (String c : List.of("谢铁峰", "徐娅", "丁伟", "李娜", "王芳", "张伟")) {
                east.submit(new Action.SignIn(DAY.atTime(8, 30), c, null));
            }
            // one office clock: each desk reads it as it confirms, so either may reach the head first
            AtomicInteger clock = new AtomicInteger();
            ExecutorService desks = Executors.newFixedThreadPool(2);
            List<Future<?>> running = new ArrayList<>();
            running.add(desks.submit(() -> entrance(east, "东门", "e", 0, perDesk, clock)));
            running.add(desks.submit(() -> entrance(west, "西门", "w", 50_000, perDesk, clock)));
            for (Future<?> f : running) {
                f.get(5, TimeUnit.MINUTES);
            }
            desks.shutdown();
            east.catchUp();
            west.catchUp();
            board.catchUp();
            entries = east.journalSize();
            assertThat(west.journalSize()).isEqualTo(entries);
            assertThat(board.journalSize()).isEqualTo(entries);
            assertThat(east.othersApplied()).as("each desk applied the other's entries").isPositive();
            assertThat(west.othersApplied()).isPositive();
            assertThat(board.engine().visits()).as("the board shows what the desks confirmed")
                    .isEqualTo(east.engine().visits()).isEqualTo(west.engine().visits()).hasSize(2 * perDesk);
        }
        assertThat(cli.run("verify", "--db", SERVER, "--office", code)).as(cli::err).isZero();
        assertThat(cli.out()).contains("journal intact");

        // when the day is exported from the server, and from its copy in a data folder (H2)
        Path folder = dir.resolve("h2");
        assertThat(cli.run("migrate", "--db", SERVER, "--office", code, "--to", folder.toString())).as(cli::err).isZero();
        assertThat(cli.run("export", "--db", SERVER, "--office", code, "--date", DAY.toString(), "--format", "csv",
                "--out", dir.resolve("from-server").toString(), "--lang", "zh")).as(cli::err).isZero();
        assertThat(cli.run("export", "--data-dir", folder.toString(), "--date", DAY.toString(), "--format", "csv",
                "--out", dir.resolve("from-h2").toString(), "--lang", "zh")).as(cli::err).isZero();

        // then every sheet is the same, byte for byte, and holds both entrances' visitors
        List<Path> sheets = list(dir.resolve("from-h2"));
        assertThat(sheets).hasSize(4);
        for (Path sheet : sheets) {
            Path fromServer = dir.resolve("from-server").resolve(sheet.getFileName());
            // the text first, for a readable difference; then the bytes
            assertThat(text(fromServer)).as(sheet.getFileName().toString()).isEqualTo(text(sheet));
            assertThat(Files.readAllBytes(fromServer)).as(sheet.getFileName().toString())
                    .isEqualTo(Files.readAllBytes(sheet));
        }
        String all = String.join("\n", sheets.stream().map(ServerCommandsTest::text).toList());
        assertThat(all).contains("客e0").contains("客w0").contains("客e" + (perDesk - 1)).contains("客w" + (perDesk - 1));
    }

    /**
     * One entrance's desk: walk-in visitors received and ended, every fourth a call, every fifth visitor a deal, and
     * every sixth a visitor of this desk coming back.
     */
    private static Void entrance(OfficeStore desk, String group, String prefix, int phones, int n, AtomicInteger clock) {
        for (int i = 0; i < n; i++) {
            String ref = prefix + i;
            boolean call = i % 4 == 3;
            int phone = i % 6 == 5 ? phones + i - 5 : phones + i;
            desk.submit(new Action.CheckIn(at(clock), call ? Channel.PHONE : Channel.WALK_IN, ref,
                    new Registration("客" + ref, "139" + String.format("%08d", phone), 1,
                            call ? VisitSource.PHONE_INVITATION : VisitSource.WALK_IN), null, null, null, group,
                    List.of()));
            if (!call) {
                if (i % 5 == 1) {
                    desk.submit(new Action.MarkDeal(at(clock), ref));
                }
                desk.submit(new Action.EndVisit(at(clock), ref));
            }
        }
        return null;
    }

    private static LocalDateTime at(AtomicInteger clock) {
        return DAY.atTime(9, 0).plusSeconds(40L * clock.incrementAndGet());
    }

    private static String text(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void anOfficeMovesToTheServerAndBackAndTheFolderIsUntouched() throws IOException {
        Path scenario = Files.writeString(dir.resolve("day.scenario"), DAY_ONE);
        Path folder = dir.resolve("desk");
        assertThat(cli.run("load-scenario", scenario.toString(), "--data-dir", folder.toString())).isZero();
        byte[] before = Files.readAllBytes(folder.resolve("rotadesk.mv.db"));
        String office = newOffice();

        assertThat(cli.run("migrate", "--data-dir", folder.toString(), "--to", SERVER, "--office", office)).as(cli::err)
                .isZero();
        assertThat(cli.out()).contains("verified where it landed: journal intact");
        assertThat(Files.readAllBytes(folder.resolve("rotadesk.mv.db"))).isEqualTo(before);
        assertThat(cli.run("migrate", "--data-dir", folder.toString(), "--to", SERVER, "--office", office)).isOne();
        assertThat(cli.err()).contains("already holds office " + office);

        Path back = dir.resolve("back");
        assertThat(cli.run("migrate", "--db", SERVER, "--office", office, "--to", back.toString())).as(cli::err).isZero();
        assertThat(cli.run("verify", "--data-dir", back.toString())).as(cli::err).isZero();
        assertThat(cli.run("backup", "--db", SERVER, "--office", office)).isOne();
        assertThat(cli.err()).contains("pg_dump");
    }

    @Test
    void theHeadOfficesWeekAddsUpEachOfficesDailySummaries() throws IOException {
        Path scenario = Files.writeString(dir.resolve("day.scenario"), DAY_ONE);
        String east = newOffice();
        String west = newOffice();
        assertThat(cli.run("load-scenario", scenario.toString(), "--db", SERVER, "--office", east)).isZero();
        assertThat(cli.run("load-scenario", scenario.toString(), "--db", SERVER, "--office", west)).isZero();
        int visits;
        int calls;
        int deals;
        try (OfficeStore store = OfficeStore.open(new ServerOffice(SERVER, null, null, east, true))) {
            var s = new DailySummaryBuilder().build(store.engineAt(LocalDate.of(2026, 11, 23)));
            visits = s.visits();
            calls = s.calls();
            deals = s.totals().deals();
        }
        assertThat(visits).isEqualTo(3);

        assertThat(cli.run("report-offices", "--db", SERVER, "--from", "2026-11-16", "--to", "2026-11-29", "--format",
                "csv")).as(cli::err).isZero();

        String line = ",2026-W48,2026-11-23,2026-11-29,1," + visits + "," + calls + "," + deals;
        assertThat(cli.out()).startsWith("\uFEFFoffice,name,week,from,to,days,visits,calls,deals")
                .contains(east + "," + east + line).contains(west + "," + west + line);
        assertThat(cli.run("report-offices", "--db", SERVER, "--from", "2026-11-29", "--to", "2026-11-16")).isEqualTo(2);
    }

    private static List<Path> list(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.sorted().toList();
        }
    }
}
