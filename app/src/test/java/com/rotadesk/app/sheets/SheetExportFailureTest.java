package com.rotadesk.app.sheets;

import com.rotadesk.model.Action;
import com.rotadesk.model.Channel;
import com.rotadesk.model.Registration;
import com.rotadesk.model.VisitSource;
import com.rotadesk.model.engine.OfficeEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Exports that cannot succeed fail with a clear message and leave no half-written sheet behind. */
class SheetExportFailureTest {

    @Test
    void aMissingFolderIsNamedInTheMessage(@TempDir Path dir) {
        Path missing = dir.resolve("nope");
        assertThatThrownBy(() -> SheetExporter.standard().export(ScriptedDay.play(), missing,
                EnumSet.of(SheetFormat.CSV), SheetOptions.defaults()))
                .isInstanceOf(SheetExportException.class).hasMessageContaining(missing.toString())
                .hasMessageContaining("does not exist");
    }

    @Test
    void noFormatIsRefused(@TempDir Path dir) {
        assertThatThrownBy(() -> SheetExporter.standard().export(ScriptedDay.play(), dir,
                EnumSet.noneOf(SheetFormat.class), SheetOptions.defaults()))
                .isInstanceOf(SheetExportException.class).hasMessageContaining("No format");
    }

    @Test
    void anEngineWithoutADayIsRefused(@TempDir Path dir) {
        assertThatThrownBy(() -> SheetExporter.standard().export(new OfficeEngine(com.rotadesk.model.Policy.defaults()),
                dir, EnumSet.of(SheetFormat.CSV), SheetOptions.defaults()))
                .isInstanceOf(SheetExportException.class).hasMessageContaining("No day");
    }

    @Test
    void aFailureWhileWritingLeavesNoFileAndKeepsTheOldOnes(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.csv"), "old");
        AtomicFiles files = new AtomicFiles(dir);
        try (files) {
            files.stage("a.csv", out -> out.write("new".getBytes()));
            files.stage("b.csv", out -> {
                out.write("half".getBytes());
                throw new IOException("No space left on device");
            });
            files.commit();
        } catch (IOException expected) {
            assertThat(expected).hasMessageContaining("No space");
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("a.csv");
        }
        assertThat(Files.readString(dir.resolve("a.csv"))).isEqualTo("old");
    }

    @Test
    void exportingOverAnEarlierExportReplacesIt(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("2026-11-23-calls.csv"), "stale");
        List<Path> written = SheetExporter.standard().export(ScriptedDay.play(), dir, EnumSet.of(SheetFormat.CSV),
                SheetOptions.defaults());
        assertThat(written).hasSize(4);
        assertThat(Files.readString(dir.resolve("2026-11-23-calls.csv"))).contains("来电登记表");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).noneMatch(p -> p.getFileName().toString().endsWith(".tmp"));
        }
    }

    @Test
    void sheetsAreReadableByOthersNotOwnerOnlyLikeTempFiles(@TempDir Path dir) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path control = Files.createFile(dir.resolve("control"));
        SheetExporter.standard().export(ScriptedDay.play(), dir, EnumSet.of(SheetFormat.CSV), SheetOptions.defaults());
        assertThat(Files.getPosixFilePermissions(dir.resolve("2026-11-23-visits.csv")))
                .isEqualTo(Files.getPosixFilePermissions(control));
    }

    @Test
    void aCharacterTheFontLacksIsReplacedNotFatal(@TempDir Path dir) throws Exception {
        OfficeEngine engine = ScriptedDay.play();
        // An emoji and a private-use character: neither is in Noto Sans SC.
        engine.apply(new Action.CheckIn(ScriptedDay.at(17, 58), Channel.WALK_IN, "V99",
                new Registration("王\uD83D\uDE00\uE000先生", "13900009999", 1, VisitSource.WALK_IN), null, null, null,
                null, List.of()));
        SheetExporter.standard().export(engine, dir, EnumSet.of(SheetFormat.PDF, SheetFormat.CSV), SheetOptions.defaults());
        assertThat(SheetFiles.pdfText(dir.resolve("2026-11-23-visits.pdf"))).contains("王??先生");
        // The CSV keeps the name as typed: only the PDF is limited by its font.
        assertThat(SheetFiles.csv(dir.resolve("2026-11-23-visits.csv")).toString()).contains("王\uD83D\uDE00\uE000先生");
    }

    @Test
    void aNameThatLooksLikeAFormulaIsDefusedInCsv() {
        assertThat(CsvSheetWriter.safe("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(CsvSheetWriter.safe("王先生")).isEqualTo("王先生");
    }
}
