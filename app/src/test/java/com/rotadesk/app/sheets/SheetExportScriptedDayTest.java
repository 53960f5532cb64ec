package com.rotadesk.app.sheets;

import com.rotadesk.model.engine.OfficeEngine;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every sheet of the scripted day in every format, read back and checked against the day. */
class SheetExportScriptedDayTest {
    private static final SheetExporter EXPORTER = SheetExporter.standard();
    @TempDir
    static Path zh;
    @TempDir
    static Path en;
    private static OfficeEngine engine;
    private static List<Path> written;

    @BeforeAll
    static void export() throws Exception {
        engine = ScriptedDay.play();
        written = EXPORTER.export(engine, zh, EnumSet.allOf(SheetFormat.class), SheetOptions.defaults());
        EXPORTER.export(engine, en, EnumSet.allOf(SheetFormat.class), new SheetOptions(Locale.ENGLISH, false));
        copySamples();
    }

    /** Keeps the Chinese files under target/ for a look (the docs' screenshots are rendered from them). */
    private static void copySamples() throws Exception {
        Path samples = Path.of("target", "sheet-samples");
        Files.createDirectories(samples);
        for (Path p : written) {
            Files.copy(p, samples.resolve(p.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void writesTheNamedFilesAndNothingElse() throws Exception {
        try (Stream<Path> files = Files.list(zh)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "2026-11-23-rotation.pdf", "2026-11-23-visits.pdf", "2026-11-23-calls.pdf",
                    "2026-11-23-summary.pdf", "2026-11-23-rotation.csv", "2026-11-23-visits.csv",
                    "2026-11-23-calls.csv", "2026-11-23-summary.csv", "2026-11-23.xlsx");
        }
        assertThat(written).hasSize(9);
    }

    @Test
    void visitsCsvHasEveryVisitWithMaskedPhonesAndErasedVisitors() throws Exception {
        List<List<String>> table = SheetFiles.csvTable(SheetFiles.csv(zh.resolve("2026-11-23-visits.csv")), "序号", "到访");
        assertThat(table.getFirst()).containsExactly("序号", "到访", "离开", "客户姓名", "电话", "人数", "类型", "来源",
                "接待顾问", "计轮次", "备注", "经销售员签名");
        List<List<String>> rows = table.subList(1, table.size());
        assertThat(rows).hasSize(12);
        assertThat(rows.getFirst()).containsExactly("1", "09:00", "09:40", "王先生", "138****5678", "3", "新客户",
                "自然上门", "谢铁峰", "是", "成交", "");
        assertThat(rows.get(7).subList(3, 5)).containsExactly("（已删除）", "（已删除）");
        assertThat(rows.get(3).get(10)).isEqualTo("登记不全");
        assertThat(rows.get(5).get(10)).isEqualTo("同号不同名");
        assertThat(rows.get(9).get(10)).isEqualTo("作废：非购房");
        assertThat(rows.get(11).get(9)).isEqualTo("否");
        assertThat(rows.get(11).get(10)).isEqualTo("轮排时间外");
        assertThat(String.join(",", rows.stream().flatMap(List::stream).toList())).doesNotContain("13812345678", "@e8");
    }

    @Test
    void rotationCsvHasTheGridWithMakeUpForfeitAndPassMarks() throws Exception {
        List<List<String>> rows = SheetFiles.csv(zh.resolve("2026-11-23-rotation.csv"));
        assertThat(rows.getFirst()).containsExactly("接待排序表");
        List<List<String>> grid = SheetFiles.csvTable(rows, "序号", "置业顾问");
        assertThat(grid.getFirst()).containsExactly("序号", "置业顾问", "签到", "签退", "第1轮", "第2轮", "第3轮", "计轮次",
                "不计", "待补", "违规", "备注");
        assertThat(grid.get(1)).containsExactly("1", "谢铁峰", "08:30", "", "09:00", "跳 补09:45", "10:50废 补11:10",
                "3", "1", "0", "0", "");
        assertThat(grid.get(3)).containsExactly("3", "丁伟", "08:32", "", "空", "09:50", "", "1", "1", "1", "1", "");
        String all = rows.toString();
        assertThat(all).contains("人工调整（报负责人裁决）", "补发补轮", "上午系统故障漏排，补发一次");
    }

    @Test
    void summaryCsvHasTotalsAndArrivalsPerHour() throws Exception {
        List<List<String>> rows = SheetFiles.csv(zh.resolve("2026-11-23-summary.csv"));
        List<List<String>> totals = SheetFiles.csvTable(rows, "置业顾问", "上门计轮次");
        assertThat(totals.get(1)).containsExactly("谢铁峰", "3", "1", "1", "2", "1", "0", "1");
        assertThat(totals.getLast()).containsExactly("合计", "8", "2", "4", "2", "2", "1", "1");
        List<List<String>> hours = SheetFiles.csvTable(rows, "时段", "来访");
        assertThat(hours).contains(List.of("09:00", "6", "0"), List.of("11:00", "1", "2"));
    }

    @Test
    void callsCsvListsTheCalls() throws Exception {
        List<List<String>> table = SheetFiles.csvTable(SheetFiles.csv(zh.resolve("2026-11-23-calls.csv")), "序号", "来电时间");
        assertThat(table).hasSize(3);
        assertThat(table.get(1).subList(0, 8)).containsExactly("1", "11:00", "郑先生", "137****0001", "新客户",
                "电话邀约", "谢铁峰", "是");
    }

    @Test
    void pdfsPrintTheSheetsInChinese() throws Exception {
        String rotation = SheetFiles.pdfText(zh.resolve("2026-11-23-rotation.pdf"));
        assertThat(rotation).contains("接待排序表", "谢铁峰", "补09:45", "跳", "空", "10:50废", "项目经理签字",
                "上午系统故障漏排，补发一次", "第 1 页，共 1 页");
        String visits = SheetFiles.pdfText(zh.resolve("2026-11-23-visits.pdf"));
        assertThat(visits).contains("来访登记表", "138****5678", "王先生", "经销售员签名", "（已删除）", "来访共 12 组")
                .doesNotContain("13812345678", "@e8", "@p8");
        assertThat(SheetFiles.pdfText(zh.resolve("2026-11-23-calls.pdf"))).contains("来电登记表", "郑先生", "137****0001");
        assertThat(SheetFiles.pdfText(zh.resolve("2026-11-23-summary.pdf"))).contains("日报", "每小时到访", "合计",
                "来访 12 组");
    }

    @Test
    void workbookHasAWorksheetPerSheetWithRealNumbersAndTimes() throws Exception {
        Path xlsx = zh.resolve("2026-11-23.xlsx");
        assertThat(SheetFiles.sheetNames(xlsx)).containsExactly("接待排序表", "来访登记表", "来电登记表", "日报");
        List<Row> visits = SheetFiles.sheet(xlsx, "来访登记表");
        Row wang = SheetFiles.rowWith(visits, 3, "王先生");
        assertThat(wang.getCellAsNumber(0)).contains(BigDecimal.ONE);
        assertThat(wang.getCellAsNumber(1).orElseThrow().doubleValue()).isEqualTo(9.0 / 24);
        assertThat(wang.getCell(1).getDataFormatString()).isEqualTo("hh:mm");
        assertThat(wang.getCellAsString(4)).contains("138****5678");
        assertThat(wang.getCellAsNumber(5)).contains(BigDecimal.valueOf(3));
        assertThat(wang.getCellAsString(8)).contains("谢铁峰");
        List<Row> rotation = SheetFiles.sheet(xlsx, "接待排序表");
        Row xie = SheetFiles.rowWith(rotation, 1, "谢铁峰");
        assertThat(xie.getCellAsString(5)).contains("跳 补09:45");
        assertThat(xie.getCellAsNumber(7)).contains(BigDecimal.valueOf(3));
        List<Row> summary = SheetFiles.sheet(xlsx, "日报");
        assertThat(SheetFiles.rowWith(summary, 0, "合计").getCellAsNumber(1)).contains(BigDecimal.valueOf(8));
    }

    @Test
    void englishLabelsComeFromTheEnglishBundle() throws Exception {
        List<List<String>> table = SheetFiles.csvTable(SheetFiles.csv(en.resolve("2026-11-23-visits.csv")), "No.", "Arrived");
        assertThat(table.getFirst()).contains("Visitor", "Phone", "Consultant's signature");
        assertThat(table.get(1)).contains("138****5678", "New", "Walk-in", "Yes", "deal");
        assertThat(table.get(8).subList(3, 5)).containsExactly("(erased)", "(erased)");
        assertThat(SheetFiles.pdfText(en.resolve("2026-11-23-rotation.pdf"))).contains("Rotation sheet", "M09:45",
                "Project manager's signature", "Page 1 of 1");
        assertThat(SheetFiles.sheetNames(en.resolve("2026-11-23.xlsx")))
                .containsExactly("Rotation sheet", "Visit register", "Call register", "Daily summary");
    }

    @Test
    void phonesInFullOnlyWhenAsked(@TempDir Path full) throws Exception {
        EXPORTER.export(engine, full, EnumSet.of(SheetFormat.CSV, SheetFormat.PDF),
                new SheetOptions(Locale.SIMPLIFIED_CHINESE, true));
        assertThat(SheetFiles.csv(full.resolve("2026-11-23-visits.csv")).toString()).contains("13812345678");
        assertThat(SheetFiles.pdfText(full.resolve("2026-11-23-visits.pdf"))).contains("13812345678")
                .contains("（已删除）");
    }
}
