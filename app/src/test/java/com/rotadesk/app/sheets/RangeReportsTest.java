package com.rotadesk.app.sheets;

import com.rotadesk.app.cli.CommandLine;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line's {@code report} and {@code simulate} on the hand-counted month ({@code review/month.scenario},
 * loaded into a data folder as a support engineer would): the files, their numbers, and the one-line refusals.
 */
class RangeReportsTest {
    @TempDir
    Path dir;

    private Path data;
    private final CommandLine cli = new CommandLine();

    private int run(String... args) {
        return cli.run(args);
    }

    private String out() {
        return cli.out();
    }

    private String err() {
        return cli.err();
    }

    @BeforeEach
    void loadTheMonth() throws IOException {
        Path scenario = dir.resolve("month.scenario");
        try (InputStream in = RangeReportsTest.class.getResourceAsStream("/review/month.scenario")) {
            Files.copy(in, scenario);
        }
        data = dir.resolve("data");
        assertThat(run("load-scenario", scenario.toString(), "--data-dir", data.toString())).as(this::err).isZero();
    }

    @Test
    void theMonthInReviewIsWrittenAsPdfXlsxAndCsvWithTheHandCountedFigures() throws IOException {
        Path reports = dir.resolve("reports");
        assertThat(run("report", "--data-dir", data.toString(), "--from", "2026-11-01", "--to", "2026-11-30",
                "--format", "pdf,xlsx,csv", "--out", reports.toString(), "--lang", "en")).as(this::err).isZero();
        assertThat(out()).startsWith("reported 3 day(s) from 2026-11-01 to 2026-11-30: 3 file(s)");

        List<List<String>> csv = SheetFiles.csv(reports.resolve("review-2026-11-01_2026-11-30.csv"));
        List<List<String>> turns = SheetFiles.csvTable(csv, "Consultant", "Days");
        assertThat(turns.get(1)).containsExactly("张伟", "3", "9", "1", "2", "3", "0", "0", "1");
        assertThat(turns.get(3)).containsExactly("王芳", "3", "3", "0", "0", "0", "1", "0", "0");
        List<List<String>> results = SheetFiles.csvTable(csv, "Consultant", "Deals");
        assertThat(results.get(1)).containsExactly("张伟", "2", "10", "2", "9", "22.2%");
        List<List<String>> days = SheetFiles.csvTable(csv, "Date", "Weekday");
        assertThat(days.get(1)).containsExactly("2026-11-02", "Mon", "11", "2", "9", "2", "3", "4", "1");

        // the workbook keeps real numbers: turns as whole numbers, conversion as a fraction
        Path xlsx = reports.resolve("review-2026-11-01_2026-11-30.xlsx");
        List<Row> rows = SheetFiles.sheet(xlsx, SheetFiles.sheetNames(xlsx).getFirst());
        Row zhang = rows.stream().filter(r -> r.getCellAsString(0).filter("张伟"::equals).isPresent()
                && r.getCellCount() == 6).findFirst().orElseThrow();
        assertThat(zhang.getCellAsNumber(5)).hasValueSatisfying(v -> assertThat(v.doubleValue())
                .isCloseTo(2.0 / 9, org.assertj.core.data.Offset.offset(1e-9)));
        assertThat(zhang.getCellAsNumber(1)).contains(BigDecimal.valueOf(2));

        String pdf = SheetFiles.pdfText(reports.resolve("review-2026-11-01_2026-11-30.pdf"));
        assertThat(pdf).contains("Month in review").contains("Period: 2026-11-01 to 2026-11-30")
                .contains("Walk-in arrivals by weekday and hour");
    }

    @Test
    void simulatingUnderThePolicyTheDaysRanWithSaysItReproducesThemExactly() throws IOException {
        Path sim = dir.resolve("sim");
        assertThat(run("simulate", "--data-dir", data.toString(), "--from", "2026-11-01", "--to", "2026-11-30",
                "--policy", "makeUpCap=1", "busyPass=keep", "--out", sim.toString())).as(this::err).isZero();
        List<String> lines = out().lines().toList();
        assertThat(lines).contains("these days ran under exactly these rules: the replay reproduces the record exactly");
        assertThat(lines.getLast()).isEqualTo("simulated 3 days, 76 actions replayed, 0 skipped, 0 assignments differ");
        assertThat(sim.resolve("simulation-2026-11-01_2026-11-30.pdf")).exists();
        assertThat(sim.resolve("simulation-2026-11-01_2026-11-30.csv")).exists();
    }

    @Test
    void simulatingAnotherPolicyWritesTheFiguresSideBySideAndTheDifferingVisits() throws IOException {
        Path sim = dir.resolve("sim");
        assertThat(run("simulate", "--data-dir", data.toString(), "--from", "2026-11-01", "--to", "2026-11-30",
                "--policy", "makeUpCap=2", "busyPass=forfeit", "--out", sim.toString(), "--lang", "en"))
                .as(this::err).isZero();
        assertThat(out().lines().toList().getLast())
                .matches("simulated 3 days, 76 actions replayed, [1-9]\\d* skipped, [1-9]\\d* assignments differ");
        List<List<String>> csv = SheetFiles.csv(sim.resolve("simulation-2026-11-01_2026-11-30.csv"));
        assertThat(SheetFiles.csvTable(csv, "Consultant", "Walk-in turns recorded").get(1)).startsWith("张伟", "9");
        List<List<String>> differences = SheetFiles.csvTable(csv, "Date", "Arrived");
        assertThat(differences).hasSizeGreaterThan(1);
        assertThat(differences.get(1).getLast()).isEqualTo("first difference of the day");
        assertThat(SheetFiles.pdfText(sim.resolve("simulation-2026-11-01_2026-11-30.pdf")))
                .contains("Nothing was journaled").contains("Passed while receiving (R7): keep → forfeit");
    }

    @Test
    void mistakesGetOneLineAndAnExitCode() {
        assertThat(run("simulate", "--data-dir", data.toString(), "--from", "2026-11-01", "--policy", "makeUpCapp=2",
                "--out", dir.resolve("x").toString())).isEqualTo(2);
        assertThat(err()).startsWith("rotadesk: Unknown policy 'makeUpCapp'").doesNotContain("Exception");

        assertThat(run("simulate", "--data-dir", data.toString(), "--from", "2026-11-01", "--out",
                dir.resolve("x").toString())).isEqualTo(2);
        assertThat(err()).startsWith("rotadesk: simulate needs --policy");

        assertThat(run("report", "--data-dir", data.toString(), "--from", "2026-11-01", "--tomorrow", "x")).isEqualTo(2);
        assertThat(err()).startsWith("rotadesk: unknown option --tomorrow for report");

        assertThat(run("report", "--data-dir", data.toString(), "--from", "2026-11-30", "--to", "2026-11-01", "--out",
                dir.resolve("x").toString())).isEqualTo(2);
        assertThat(err()).startsWith("rotadesk: --to 2026-11-01 is before --from 2026-11-30");

        assertThat(run("report", "--data-dir", data.toString(), "--from", "2026-12-01", "--to", "2026-12-31", "--out",
                dir.resolve("x").toString())).isOne();
        assertThat(err().strip()).isEqualTo(
                "rotadesk: the data folder holds no day with records from 2026-12-01 to 2026-12-31");

        assertThat(run("report", "--data-dir", dir.resolve("nothing").toString(), "--from", "2026-11-01", "--out",
                dir.resolve("x").toString())).isOne();
        assertThat(err().lines().count()).isOne();
    }
}
