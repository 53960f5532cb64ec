package com.rotadesk.app.cli;

import com.rotadesk.app.sheets.DailySummaryBuilder;
import com.rotadesk.persistence.OfficeStore;
import com.rotadesk.persistence.ServerOffice;
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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The command line in shared mode, on a real PostgreSQL server (skipped when the build names none): the same day
 * loaded into a data folder and into a server office gives byte-identical sheets; an office moves to the server and
 * back; the head office's weekly summary adds up the offices' daily summaries.
 */
class ServerCommandsTest {
    private static final String SERVER = System.getProperty("rotadesk.test.server", "");
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
