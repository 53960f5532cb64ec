package com.rotadesk.app.cli;

import com.rotadesk.model.engine.MistypedMonday;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Commands commands = new Commands(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), () -> MistypedMonday.WEDNESDAY.atTime(10, 0));

    private int run(String... args) {
        out.reset();
        err.reset();
        return commands.run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path office() throws IOException {
        Path scenario = Files.writeString(dir.resolve("days.scenario"), MistypedMonday.text());
        Path data = dir.resolve("data");
        assertThat(run("load-scenario", scenario.toString(), "--data-dir", data.toString())).as(this::err).isZero();
        return data;
    }

    @Test
    void anEarlierDaysVisitIsCorrectedAndTheClientFollows() throws IOException {
        Path data = office();

        assertThat(run("correct", "--date", "2026-11-23", "--visit", "1", "--phone", MistypedMonday.RIGHT,
                "--reason", "电话录错", "--data-dir", data.toString())).as(this::err).isZero();

        assertThat(out()).contains("corrected 2026-11-23 walk-in 1: phone 138****0011 -> 138****0001")
                .contains("138****0001 now: 甲一's client").contains("138****0011 now: nobody's client");
        assertThat(run("timeline", "--phone", MistypedMonday.RIGHT, "--data-dir", data.toString())).isZero();
        assertThat(out()).contains("R28 registered with another phone, corrected to this one on 11-25")
                .contains("(that day's rotation stands)");
        assertThat(run("verify", "--data-dir", data.toString())).as(this::err).isZero();
    }

    @Test
    void todaysVisitIsCorrectedByItsNumberToo() throws IOException {
        Path scenario = Files.writeString(dir.resolve("today.scenario"), MistypedMonday.text()
                + "09:40 visit 赵 phone=13800000099 => 甲一\n");
        Path data = dir.resolve("data");
        assertThat(run("load-scenario", scenario.toString(), "--data-dir", data.toString())).as(this::err).isZero();

        assertThat(run("correct", "--date", "2026-11-25", "--visit", "1", "--name", "赵敏", "--party", "3",
                "--reason", "名字不全", "--data-dir", data.toString())).as(this::err).isZero();

        assertThat(out()).contains("corrected 2026-11-25 walk-in 1: name 赵 -> 赵敏, party 1 -> 3");
    }

    @Test
    void aMistypedLineOrAnUnknownVisitIsOneLine() throws IOException {
        Path data = office();
        String folder = data.toString();

        assertThat(run("correct", "--date", "2026-11-23", "--visit", "1", "--phone", MistypedMonday.RIGHT,
                "--data-dir", folder)).isEqualTo(2);
        assertThat(err()).startsWith("rotadesk: correct needs --reason");
        assertThat(run("correct", "--date", "23.11.2026", "--visit", "1", "--phone", MistypedMonday.RIGHT,
                "--reason", "x", "--data-dir", folder)).isEqualTo(2);
        assertThat(err()).startsWith("rotadesk: correct needs --date YYYY-MM-DD");
        assertThat(run("correct", "--date", "2026-11-23", "--visit", "first", "--phone", MistypedMonday.RIGHT,
                "--reason", "x", "--data-dir", folder)).isEqualTo(2);
        assertThat(err()).startsWith("rotadesk: --visit is a number from 1");
        assertThat(run("correct", "--date", "2026-11-23", "--visit", "9", "--phone", MistypedMonday.RIGHT,
                "--reason", "x", "--data-dir", folder)).isEqualTo(1);
        assertThat(err().lines().count()).isEqualTo(1);
        assertThat(run("correct", "--date", "2026-11-25", "--call", "1", "--name", "x", "--reason", "x",
                "--data-dir", folder)).isEqualTo(1);
        assertThat(err()).isEqualTo("rotadesk: today's register has no call 1\n");
        assertThat(run("verify", "--data-dir", folder)).isZero();
        assertThat(out()).doesNotContain("correct");
    }
}
