package com.rotadesk.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

class CommandsTest {
    private static final String MORNING = """
            title: a morning for the command line
            08:30 signin 谢铁峰
            08:31 signin 徐娅
            08:32 signin 丁伟
            09:00 visit 王先生 phone=13800000001 => 谢铁峰 counted
            09:05 visit 李女士 phone=13800000002 skip=徐娅:absent => 丁伟 counted
            09:05 expect violations 徐娅=1
            09:20 end 王先生
            09:25 visit 王先生 phone=13800000001 => 谢铁峰 uncounted
            """;

    @TempDir
    Path dir;

    private final CommandRun cli = new CommandRun();

    private int run(String... args) {
        return cli.run(args);
    }

    private String out() {
        return cli.out();
    }

    private String err() {
        return cli.err();
    }

    /** The morning loaded into a fresh data folder by the command line, as a support engineer would. */
    private Path loadedMorning() throws IOException {
        Path scenario = Files.writeString(dir.resolve("morning.scenario"), MORNING);
        Path data = dir.resolve("data");
        assertThat(run("load-scenario", scenario.toString(), "--data-dir", data.toString())).as(this::err).isZero();
        return data;
    }

    @Test
    void aLoadedScenarioVerifiesAndRebuildsCleanly() throws IOException {
        Path scenario = Files.writeString(dir.resolve("morning.scenario"), MORNING);
        Path data = dir.resolve("data");

        assertThat(run("load-scenario", scenario.toString(), "--data-dir", data.toString())).isZero();
        assertThat(out()).contains("every expectation held");
        assertThat(run("verify", "--data-dir", data.toString())).isZero();
        assertThat(out()).contains("journal intact");
        assertThat(run("rebuild", "--data-dir", data.toString())).isZero();
        assertThat(out()).contains("no differences");
    }

    @Test
    void aWrongExpectationFailsWithTheLineAndTheDifference() throws IOException {
        Path scenario = Files.writeString(dir.resolve("wrong.scenario"),
                MORNING.replace("=> 丁伟 counted", "=> 谢铁峰 counted"));

        assertThat(run("load-scenario", scenario.toString(), "--data-dir", dir.resolve("data").toString())).isOne();
        assertThat(err()).contains("wrong.scenario:6").contains("expected 谢铁峰").doesNotContain("Exception");
        assertThat(err().lines()).hasSize(1);
    }

    @Test
    void verifyFailsNamingAnEditedEntry() throws Exception {
        Path data = loadedMorning();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("rotadesk"), "sa", "");
                Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE journal SET payload = REPLACE(payload, 'party=1', 'party=3') WHERE seq = 6");
        }

        assertThat(run("verify", "--data-dir", data.toString())).isOne();
        assertThat(err()).contains("journal broken at entry 6");
    }

    @Test
    void backupAndRestoreRoundTrip() throws IOException {
        Path data = loadedMorning();
        assertThat(run("backup", "--data-dir", data.toString())).isZero();
        String backup = out().substring(out().indexOf(": ") + 2).strip();

        assertThat(run("restore", backup, "--data-dir", data.toString())).isZero();
        assertThat(out()).contains("chain intact");
        assertThat(run("verify", "--data-dir", data.toString())).isZero();
    }

    @Test
    void exportWritesEverySheetOfTheDayInEveryFormat() throws IOException {
        Path data = loadedMorning();
        Path out = dir.resolve("out");

        assertThat(run("export", "--data-dir", data.toString(), "--date", "2026-11-23", "--format", "pdf,xlsx,csv",
                "--out", out.toString(), "--lang", "zh")).as(this::err).isZero();

        assertThat(out()).contains("exported 1 day(s), 9 file(s)");
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).contains("2026-11-23-rotation.pdf",
                    "2026-11-23-visits.pdf", "2026-11-23-calls.pdf", "2026-11-23-summary.pdf", "2026-11-23-rotation.csv",
                    "2026-11-23-visits.csv", "2026-11-23-calls.csv", "2026-11-23-summary.csv", "2026-11-23.xlsx");
        }
        String visits = Files.readString(out.resolve("2026-11-23-visits.csv"), StandardCharsets.UTF_8);
        assertThat(visits).startsWith("\uFEFF").contains("王先生").contains("138****0001").doesNotContain("13800000001");
    }

    @Test
    void eraseTakesAVisitorOffTheSheetsAndKeepsTheChain() throws IOException {
        Path data = loadedMorning();
        Path out = dir.resolve("out");

        assertThat(run("erase", "--phone", "138-0000-0001", "--data-dir", data.toString())).as(this::err).isZero();
        assertThat(out()).contains("erased the name and phone of 138-0000-0001");
        assertThat(run("erase", "--phone", "13800000001", "--data-dir", data.toString())).isOne();
        assertThat(err()).contains("no visitor with phone 13800000001");
        assertThat(run("erase", "--data-dir", data.toString())).isEqualTo(2);

        assertThat(run("verify", "--data-dir", data.toString())).as(this::err).isZero();
        assertThat(run("export", "--data-dir", data.toString(), "--date", "2026-11-23", "--format", "csv",
                "--out", out.toString(), "--lang", "zh")).isZero();
        String visits = Files.readString(out.resolve("2026-11-23-visits.csv"), StandardCharsets.UTF_8);
        assertThat(visits).doesNotContain("王先生").doesNotContain("0001").contains("李女士");
    }

    @Test
    void exportOfADayTheFolderDoesNotHoldFailsClearly() throws IOException {
        Path data = loadedMorning();

        assertThat(run("export", "--data-dir", data.toString(), "--date", "2026-11-20", "--out",
                dir.resolve("out").toString())).isOne();
        assertThat(err()).contains("no day 2026-11-20");
        assertThat(run("export", "--data-dir", data.toString(), "--date", "2026-11-23", "--out",
                dir.resolve("out").toString(), "--format", "docx")).isEqualTo(2);
        assertThat(err()).contains("unknown format 'docx'");
    }

    @Test
    void unknownCommandsAndMissingArgumentsGiveOneLineReasons() {
        assertThat(run("frobnicate", "--data-dir", dir.toString())).isEqualTo(2);
        assertThat(err()).contains("unknown command");
        assertThat(run("restore", "--data-dir", dir.toString())).isEqualTo(2);
        assertThat(err()).contains("restore needs the backup file");
        assertThat(run("restore", dir.resolve("nope.zip").toString(), "--data-dir", dir.toString())).isOne();
        assertThat(err()).contains("no backup file");
    }

    @Test
    void aMistypedOptionIsRefusedWithTheUsageLineAndNoFolderIsTouched() throws IOException {
        Path elsewhere = dir.resolve("mistyped");

        assertThat(run("verify", "--dat-dir", elsewhere.toString())).isEqualTo(2);

        assertThat(err()).contains("unknown option --dat-dir").contains("usage: rotadesk verify [--data-dir DIR]");
        assertThat(run("verify", "--data-dir", elsewhere.toString())).isEqualTo(1);
        assertThat(err()).contains("there is no RotaDesk office");
        assertThat(elsewhere).doesNotExist();
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err()).contains("unknown command 'frobnicate'").contains("rotadesk erase --phone PHONE");
    }

    @Test
    void verifyChecksAnAnchorReadOffTheSignedSheet() throws IOException {
        Path data = loadedMorning();
        assertThat(run("verify", "--data-dir", data.toString())).isZero();
        String head = out().lines().filter(l -> l.startsWith("journal intact")).findFirst().orElseThrow()
                .replaceAll(".*head (\\d+:[0-9a-f]+).*", "$1");

        assertThat(run("verify", "--data-dir", data.toString(), "--head", head)).as(this::err).isZero();
        assertThat(out()).contains("the anchor given " + head + ": matches");
        assertThat(run("verify", "--data-dir", data.toString(), "--head", head.split(":")[0] + ":00000000")).isEqualTo(1);
        assertThat(err()).contains("rewritten");
        assertThat(run("verify", "--data-dir", data.toString(), "--head", "twelve")).isEqualTo(2);
        assertThat(err()).contains("an anchor is the entry number");
    }
}
