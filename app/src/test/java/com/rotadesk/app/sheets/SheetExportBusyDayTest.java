package com.rotadesk.app.sheets;

import com.rotadesk.model.Channel;
import com.rotadesk.model.Phones;
import com.rotadesk.model.Policy;
import com.rotadesk.model.Visit;
import com.rotadesk.model.engine.OfficeEngine;
import com.rotadesk.model.sim.DayGenerator;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A generated busy day (20 consultants, 500 visits, 60 calls) in every format, checked against the engine. */
class SheetExportBusyDayTest {
    private static final LocalDate DATE = LocalDate.of(2026, 11, 24);
    @TempDir
    static Path out;
    private static OfficeEngine engine;
    private static List<Visit> walkIns;

    @BeforeAll
    static void export() throws Exception {
        engine = new OfficeEngine(Policy.defaults());
        new DayGenerator(20261124L, DayGenerator.Settings.busy()).day(engine, DATE);
        walkIns = engine.visits().stream().filter(v -> v.channel() == Channel.WALK_IN).toList();
        List<Path> written = SheetExporter.standard().export(engine, out, EnumSet.allOf(SheetFormat.class),
                SheetOptions.defaults());
        // Kept under target/ for a look at how a long day paginates.
        Path samples = Files.createDirectories(Path.of("target", "sheet-samples-busy"));
        for (Path p : written) {
            Files.copy(p, samples.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void visitRegisterHasEveryVisitWithItsConsultantAndMaskedPhone() throws Exception {
        List<List<String>> table = SheetFiles.csvTable(SheetFiles.csv(out.resolve("2026-11-24-visits.csv")), "序号", "到访");
        List<List<String>> rows = table.subList(1, table.size());
        assertThat(rows).hasSize(walkIns.size());
        for (int i = 0; i < walkIns.size(); i += 37) {
            Visit v = walkIns.get(i);
            List<String> row = rows.get(i);
            assertThat(row.get(0)).isEqualTo(Integer.toString(v.number()));
            assertThat(row.get(8)).isEqualTo(v.consultant() == null ? "" : v.consultant());
            assertThat(row.get(4)).isEqualTo(v.registration().phone() == null ? "" : Phones.mask(v.registration().phone()));
        }
        assertThat(SheetFiles.pdfText(out.resolve("2026-11-24-visits.pdf"))).contains("来访共 " + walkIns.size() + " 组");
        assertThat(SheetFiles.pdfPages(out.resolve("2026-11-24-visits.pdf"))).isGreaterThan(10);
    }

    @Test
    void rotationWorkbookTotalsMatchTheEngine() throws Exception {
        List<Row> rows = SheetFiles.sheet(out.resolve("2026-11-24.xlsx"), "接待排序表");
        Row header = rows.stream().filter(r -> r.getCellAsString(0).filter("序号"::equals).isPresent()).findFirst()
                .orElseThrow();
        int counted = -1;
        for (int c = 0; c < header.getCellCount(); c++) {
            if (header.getCellAsString(c).filter("计轮次"::equals).isPresent()) {
                counted = c;
                break;
            }
        }
        assertThat(counted).isGreaterThan(4);
        String group = engine.groups().getFirst();
        for (String consultant : engine.rotation(group, Channel.WALK_IN).members()) {
            Row row = SheetFiles.rowWith(rows, 1, consultant);
            assertThat(row.getCellAsNumber(counted)).as(consultant)
                    .contains(BigDecimal.valueOf(engine.turns(consultant, group, Channel.WALK_IN)));
        }
    }

    @Test
    void summaryTotalsMatchTheDay() throws Exception {
        List<List<String>> rows = SheetFiles.csv(out.resolve("2026-11-24-summary.csv"));
        List<String> total = SheetFiles.csvTable(rows, "置业顾问", "上门计轮次").getLast();
        long counted = walkIns.stream().filter(Visit::counted).count();
        assertThat(total.subList(0, 2)).containsExactly("合计", Long.toString(counted));
        int perHour = SheetFiles.csvTable(rows, "时段", "来访").stream().skip(1)
                .mapToInt(r -> Integer.parseInt(r.get(1))).sum();
        assertThat(perHour).isEqualTo(walkIns.size());
    }

    @Test
    void wideRotationGridIsSplitIntoBandsThatRepeatTheConsultant() throws Exception {
        String text = SheetFiles.pdfText(out.resolve("2026-11-24-rotation.pdf"));
        assertThat(text).contains("接待排序表", "项目经理签字", "补");
        String first = engine.rotation(engine.groups().getFirst(), Channel.WALK_IN).members().getFirst();
        // The consultant's name is repeated on every band of round columns.
        assertThat(text.split(first, -1).length - 1).isGreaterThanOrEqualTo(2);
    }
}
