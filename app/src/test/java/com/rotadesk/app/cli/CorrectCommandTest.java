package com.rotadesk.app.cli;

import com.rotadesk.model.engine.MistypedMonday;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R28 on the command line: {@code correct} puts right a visit of an earlier day or of today by its number on that
 * day's register, says what it decided, and refuses a mistyped line or an unknown visit in one line.
 */
class CorrectCommandTest {
    @TempDir
    Path dir;

    private final CommandRun cli = new CommandRun(() -> MistypedMonday.WEDNESDAY.atTime(10, 0));

    private Path office() throws IOException {
        Path scenario = Files.writeString(dir.resolve("days.scenario"), MistypedMonday.text());
        Path data = dir.resolve("data");
        assertThat(cli.run("load-scenario", scenario.toString(), "--data-dir", data.toString())).as(cli::err)
                .isZero();
        return data;
    }

    @Test
    void anEarlierDaysVisitIsCorrectedAndTheClientFollows() throws IOException {
        Path data = office();

        assertThat(cli.run("correct", "--date", "2026-11-23", "--visit", "1", "--phone", MistypedMonday.RIGHT,
                "--reason", "电话录错", "--data-dir", data.toString())).as(cli::err).isZero();

        assertThat(cli.out()).contains("corrected 2026-11-23 walk-in 1: phone 138****0011 -> 138****0001")
                .contains("138****0001 now: 甲一's client").contains("138****0011 now: nobody's client");
        assertThat(cli.run("timeline", "--phone", MistypedMonday.RIGHT, "--data-dir", data.toString())).isZero();
        assertThat(cli.out()).contains("R28 registered with another phone, corrected to this one on 11-25")
                .contains("(that day's rotation stands)");
        assertThat(cli.run("verify", "--data-dir", data.toString())).as(cli::err).isZero();
    }

    @Test
    void todaysVisitIsCorrectedByItsNumberToo() throws IOException {
        Path scenario = Files.writeString(dir.resolve("today.scenario"), MistypedMonday.text()
                + "09:40 visit 赵 phone=13800000099 => 甲一\n");
        Path data = dir.resolve("data");
        assertThat(cli.run("load-scenario", scenario.toString(), "--data-dir", data.toString())).as(cli::err)
                .isZero();

        assertThat(cli.run("correct", "--date", "2026-11-25", "--visit", "1", "--name", "赵敏", "--party", "3",
                "--reason", "名字不全", "--data-dir", data.toString())).as(cli::err).isZero();

        assertThat(cli.out()).contains("corrected 2026-11-25 walk-in 1: name 赵 -> 赵敏, party 1 -> 3");
    }

    @Test
    void aMistypedLineOrAnUnknownVisitIsOneLine() throws IOException {
        Path data = office();
        String folder = data.toString();

        assertThat(cli.run("correct", "--date", "2026-11-23", "--visit", "1", "--phone", MistypedMonday.RIGHT,
                "--data-dir", folder)).isEqualTo(2);
        assertThat(cli.err()).startsWith("rotadesk: correct needs --reason");
        assertThat(cli.run("correct", "--date", "23.11.2026", "--visit", "1", "--phone", MistypedMonday.RIGHT,
                "--reason", "x", "--data-dir", folder)).isEqualTo(2);
        assertThat(cli.err()).startsWith("rotadesk: correct needs --date YYYY-MM-DD");
        assertThat(cli.run("correct", "--date", "2026-11-23", "--visit", "first", "--phone", MistypedMonday.RIGHT,
                "--reason", "x", "--data-dir", folder)).isEqualTo(2);
        assertThat(cli.err()).startsWith("rotadesk: --visit is a number from 1");
        assertThat(cli.run("correct", "--date", "2026-11-23", "--visit", "9", "--phone", MistypedMonday.RIGHT,
                "--reason", "x", "--data-dir", folder)).isEqualTo(1);
        assertThat(cli.err().lines().count()).isEqualTo(1);
        assertThat(cli.run("correct", "--date", "2026-11-25", "--call", "1", "--name", "x", "--reason", "x",
                "--data-dir", folder)).isEqualTo(1);
        assertThat(cli.err()).isEqualTo("rotadesk: today's register has no call 1\n");
        assertThat(cli.run("verify", "--data-dir", folder)).isZero();
        assertThat(cli.out()).doesNotContain("correct");
    }
}
