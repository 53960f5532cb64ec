package com.rotadesk.app.sheets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A sheet's pages are its exported PDF's pages; a date range exports day by day, skips empty days, stops on cancel. */
class SheetPagesAndRangeTest {
    private static final LocalDate DAY = ScriptedDay.DATE;

    @Test
    void thePagesAreTheExportedPdfDrawnAtTheAskedResolution(@TempDir Path out) throws Exception {
        SheetExporter exporter = SheetExporter.standard();
        DaySheets sheets = DaySheets.of(ScriptedDay.play());
        exporter.export(sheets, out, EnumSet.of(SheetFormat.PDF), SheetOptions.defaults());

        SheetPages rotation = exporter.pages(sheets, SheetKind.ROTATION, SheetOptions.defaults());
        assertThat(rotation.pdf()).isEqualTo(Files.readAllBytes(out.resolve(DAY + "-rotation.pdf")));
        assertThat(rotation.landscape()).isTrue();
        List<BufferedImage> pages = rotation.render(72f);
        assertThat(pages).hasSize(rotation.count()).isNotEmpty();
        // A4 landscape is 841.9 × 595.3 points: at 72 dpi, whole pixels
        assertThat(pages.getFirst().getWidth()).isEqualTo(841);
        assertThat(pages.getFirst().getHeight()).isEqualTo(595);

        SheetPages visits = exporter.pages(sheets, SheetKind.VISITS, SheetOptions.defaults());
        assertThat(visits.pdf()).isEqualTo(Files.readAllBytes(out.resolve(DAY + "-visits.pdf")));
        BufferedImage first = visits.render(36f).getFirst();
        assertThat(first.getWidth() > first.getHeight()).isEqualTo(visits.landscape());
    }

    @Test
    void aRangeExportsTheDaysWithRecordsAndTellsEachDay(@TempDir Path out) throws Exception {
        DaySheets sheets = DaySheets.of(ScriptedDay.play());
        List<String> told = new ArrayList<>();
        DayRangeExport.Result r = new DayRangeExport(SheetExporter.standard()).export(
                new DateRange(DAY.minusDays(1), DAY.plusDays(1)), Set.of(DAY), day -> sheets, out,
                EnumSet.of(SheetFormat.CSV), SheetOptions.defaults(), new DayRangeExport.Progress() {
                    @Override
                    public void day(int number, int total, LocalDate day) {
                        told.add(number + "/" + total + " " + day);
                    }
                });
        assertThat(told).containsExactly("1/3 " + DAY.minusDays(1), "2/3 " + DAY, "3/3 " + DAY.plusDays(1));
        assertThat(r.days()).isOne();
        assertThat(r.cancelled()).isFalse();
        assertThat(r.files()).extracting(p -> p.getFileName().toString()).containsExactly(DAY + "-rotation.csv",
                DAY + "-visits.csv", DAY + "-calls.csv", DAY + "-summary.csv");
    }

    @Test
    void aCancelledRangeKeepsTheDaysWrittenAndStartsNoOther(@TempDir Path out) throws Exception {
        DaySheets sheets = DaySheets.of(ScriptedDay.play());
        int[] built = {0};
        DayRangeExport.Result r = new DayRangeExport(SheetExporter.standard()).export(new DateRange(DAY, DAY.plusDays(6)),
                Set.of(DAY, DAY.plusDays(1)), day -> {
                    built[0]++;
                    return sheets;
                }, out, EnumSet.of(SheetFormat.CSV), SheetOptions.defaults(), new DayRangeExport.Progress() {
                    @Override
                    public boolean cancelled() {
                        return built[0] == 1;
                    }
                });
        assertThat(r.cancelled()).isTrue();
        assertThat(r.days()).isOne();
        assertThat(built[0]).isOne();
    }

    @Test
    void aDayThatCannotBeBuiltIsNamed(@TempDir Path out) {
        assertThatThrownBy(() -> new DayRangeExport(SheetExporter.standard()).export(new DateRange(DAY, DAY),
                Set.of(DAY), day -> {
                    throw new IllegalStateException("journal entry 7 cannot be replayed");
                }, out, EnumSet.of(SheetFormat.CSV), SheetOptions.defaults(), DayRangeExport.Progress.NONE))
                .isInstanceOf(SheetExportException.class).hasMessageContaining(DAY.toString())
                .hasMessageContaining("journal entry 7");
        assertThatThrownBy(() -> new DateRange(DAY, DAY.minusDays(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
