package com.rotadesk.app.sheets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;

/** R25 for the sheets: the same day gives the same files whenever and however often they are produced. */
class SheetDeterminismTest {

    @Test
    void exportingTheSameDayTwiceGivesIdenticalCsvAndPdfBytes(@TempDir Path first, @TempDir Path second)
            throws Exception {
        // Two independent replays and two exporters: nothing may leak from the first run into the second.
        SheetExporter.standard().export(ScriptedDay.play(), first, EnumSet.of(SheetFormat.CSV, SheetFormat.PDF),
                SheetOptions.defaults());
        SheetExporter.standard().export(ScriptedDay.play(), second, EnumSet.of(SheetFormat.CSV, SheetFormat.PDF),
                SheetOptions.defaults());
        for (SheetKind kind : SheetKind.DAILY) {
            String csv = "2026-11-23-" + kind.suffix() + ".csv";
            assertThat(Files.readAllBytes(second.resolve(csv))).as(csv).isEqualTo(Files.readAllBytes(first.resolve(csv)));
            String pdf = "2026-11-23-" + kind.suffix() + ".pdf";
            assertThat(SheetFiles.pdfText(second.resolve(pdf))).as(pdf).isEqualTo(SheetFiles.pdfText(first.resolve(pdf)));
            // Fixed document dates and /ID and PDFBox's hash-named font subsets make the bytes repeat too.
            assertThat(Files.readAllBytes(second.resolve(pdf))).as(pdf).isEqualTo(Files.readAllBytes(first.resolve(pdf)));
        }
    }

    @Test
    void pdfsCarryTheDayAsTheirDateNotTheClock(@TempDir Path out) throws Exception {
        SheetExporter.standard().export(ScriptedDay.play(), out, EnumSet.of(SheetFormat.PDF), SheetOptions.defaults());
        try (var doc = org.apache.pdfbox.Loader.loadPDF(out.resolve("2026-11-23-summary.pdf").toFile())) {
            var created = doc.getDocumentInformation().getCreationDate().toInstant();
            assertThat(created).isEqualTo(ScriptedDay.DATE.atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant());
        }
    }
}
