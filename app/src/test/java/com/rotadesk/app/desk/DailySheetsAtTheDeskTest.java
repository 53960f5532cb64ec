package com.rotadesk.app.desk;

import com.rotadesk.app.cli.Commands;
import com.rotadesk.model.Action;
import com.rotadesk.model.Channel;
import com.rotadesk.model.Registration;
import com.rotadesk.model.VisitSource;
import com.rotadesk.persistence.OfficeStore;
import javafx.embed.swing.SwingFXUtils;
import javafx.print.Printer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily sheets at the desk, by keyboard (headless): Ctrl+P opens the preview, a past day typed into the
 * calendar shows the pages of the chosen sheet exactly as the command line's PDF draws them; Ctrl+E exports two
 * days into a folder, file for file what {@code rotadesk export} writes; with no printer, Ctrl+P says so.
 */
class DailySheetsAtTheDeskTest extends DeskRobot {
    private static final LocalDate THURSDAY = LocalDate.of(2026, 11, 19);
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);

    private Path data;
    private Path cli;

    @BeforeEach
    void twoPastDaysExportedByTheCommandLine() {
        data = folder.resolve("data");
        cli = folder.resolve("cli");
        try (OfficeStore store = OfficeStore.open(data)) {
            // Thursday: the demo office's morning; Friday: a short day of its own; the weekend: nothing
            for (Action a : DemoOffice.morning("测试售楼处", "销售一组", THURSDAY.atTime(11, 0))) {
                store.submit(a);
            }
            store.submit(new Action.StartDay(FRIDAY));
            store.submit(new Action.SignIn(FRIDAY.atTime(8, 30), "徐娅", null));
            store.submit(new Action.SignIn(FRIDAY.atTime(8, 31), "丁伟", null));
            store.submit(new Action.CheckIn(FRIDAY.atTime(9, 40), Channel.WALK_IN, "fri-1",
                    new Registration("钱女士", "13911112222", 2, VisitSource.WALK_IN), null, null, null, null, List.of()));
            store.submit(new Action.CheckIn(FRIDAY.atTime(10, 5), Channel.PHONE, "fri-call-1",
                    new Registration("郑先生", "13733334444", 1, VisitSource.PHONE_INVITATION), null, null, null, null,
                    List.of()));
            store.submit(new Action.EndVisit(FRIDAY.atTime(10, 30), "fri-1"));
        }
        // the command line first: the desk holds the folder's lock while it is open
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Commands(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err)).run(new String[] {
                "export", "--data-dir", data.toString(), "--date", THURSDAY.toString(), "--to", FRIDAY.toString(),
                "--format", "pdf,xlsx,csv", "--out", cli.toString(), "--lang", "zh"});
        assertThat(code).as(err::toString).isZero();
    }

    @Override
    Path dataFolder() {
        return data;
    }

    private String text(String query) {
        return lookup(query).tryQueryAs(Label.class).map(Label::getText).orElse("");
    }

    /** The preview is settled on a sheet: its heading, and no "reading…" or "drawing…" beside it. */
    private boolean previewShows(String heading) {
        return text(".sheets-heading").equals(heading) && text(".sheets-status").isEmpty()
                && !lookup(".sheet-page").queryAll().isEmpty();
    }

    /** A day typed into the focused date field as digits, as on a number pad. */
    private void typeDay(LocalDate day) {
        push(KeyCode.CONTROL, KeyCode.A);
        for (char c : day.toString().replace("-", "").toCharArray()) {
            type(KeyCode.getKeyCode(String.valueOf(c)));
        }
    }

    private List<Image> previewPages() {
        return lookup(".sheet-page .image-view").queryAllAs(ImageView.class).stream().map(ImageView::getImage)
                .toList();
    }

    /** The command line's PDF drawn at the preview's resolution, page by page. */
    private static List<BufferedImage> cliPages(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(doc);
            List<BufferedImage> pages = new java.util.ArrayList<>();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                pages.add(renderer.renderImageWithDPI(i, SheetWork.PREVIEW_DPI, ImageType.RGB));
            }
            return pages;
        }
    }

    private static void assertSamePixels(Image shown, BufferedImage expected, String what) {
        BufferedImage actual = SwingFXUtils.fromFXImage(shown, null);
        assertThat(actual.getWidth()).as(what + " width").isEqualTo(expected.getWidth());
        assertThat(actual.getHeight()).as(what + " height").isEqualTo(expected.getHeight());
        int w = expected.getWidth();
        int h = expected.getHeight();
        int[] a = actual.getRGB(0, 0, w, h, null, 0, w);
        int[] e = expected.getRGB(0, 0, w, h, null, 0, w);
        long differing = java.util.stream.IntStream.range(0, a.length).filter(i -> a[i] != e[i]).count();
        assertThat(differing).as(what + ": pixels that differ from the command line's PDF").isZero();
    }

    @Test
    void aPastDayTypedIntoTheCalendarPreviewsTheChosenSheetAsItPrints() throws Exception {
        openDesk("2026-11-23T10:00:00");
        push(KeyCode.CONTROL, KeyCode.P);
        waitUntil(() -> previewShows("接待排序表 · 2026年11月23日星期一 · 共 1 页"));

        // the calendar (Alt+↓) marks the days with records: Thursday, Friday and today, not the weekend
        push(KeyCode.ALT, KeyCode.DOWN);
        waitUntil(() -> !lookup(".date-cell.has-data").queryAll().isEmpty());
        assertThat(lookup(".date-cell.has-data").queryAllAs(javafx.scene.control.DateCell.class).stream()
                .map(c -> c.getItem().toString()).sorted().toList())
                .containsExactly("2026-11-19", "2026-11-20", "2026-11-23");
        type(KeyCode.ESCAPE);
        waitUntil(() -> !lookup(".sheets-date").queryAs(javafx.scene.control.DatePicker.class).isShowing());

        typeDay(THURSDAY);
        type(KeyCode.ENTER);
        waitUntil(() -> text(".sheets-heading").contains("2026年11月19日") && text(".sheets-status").isEmpty());
        push(KeyCode.CONTROL, KeyCode.DIGIT2);
        List<BufferedImage> visits = cliPages(cli.resolve("2026-11-19-visits.pdf"));
        waitUntil(() -> previewShows("来访登记表 · 2026年11月19日星期四 · 共 " + visits.size() + " 页"));
        List<Image> shown = previewPages();
        assertThat(shown).hasSize(visits.size());
        for (int i = 0; i < shown.size(); i++) {
            assertSamePixels(shown.get(i), visits.get(i), "visit register page " + (i + 1));
        }

        // Alt+→ goes to the next day with records (Friday), the same sheet; then over the empty weekend to today
        push(KeyCode.ALT, KeyCode.RIGHT);
        List<BufferedImage> friday = cliPages(cli.resolve("2026-11-20-visits.pdf"));
        waitUntil(() -> previewShows("来访登记表 · 2026年11月20日星期五 · 共 " + friday.size() + " 页"));
        assertSamePixels(previewPages().getFirst(), friday.getFirst(), "Friday's visit register");
        push(KeyCode.ALT, KeyCode.RIGHT);
        waitUntil(() -> text(".sheets-heading").contains("2026年11月23日") && text(".sheets-status").isEmpty());

        // a day without records says so instead of printing empty sheets
        typeDay(LocalDate.of(2026, 11, 21));
        type(KeyCode.ENTER);
        waitUntil(() -> lookup(".sheets-pages .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().startsWith("2026年11月21日星期六 没有记录")));
    }

    @Test
    void twoDaysExportIntoAFolderFileForFileAsTheCommandLineWritesThem() throws Exception {
        Path desk = folder.resolve("desk");
        openDesk("2026-11-23T10:00:00");
        push(KeyCode.CONTROL, KeyCode.E);
        waitUntil(() -> lookup(".export-from").tryQuery().map(Node::isFocused).orElse(false));
        // its calendars mark the days with records too
        push(KeyCode.ALT, KeyCode.DOWN);
        waitUntil(() -> lookup(".date-cell.has-data").queryAll().size() == 3);
        type(KeyCode.ESCAPE);
        waitUntil(() -> !lookup(".export-from").queryAs(javafx.scene.control.DatePicker.class).isShowing());

        // the last day before the first is refused in words
        typeDay(FRIDAY);
        type(KeyCode.TAB);
        typeDay(THURSDAY);
        type(KeyCode.TAB);
        interact(() -> lookup(".export-folder").queryAs(TextField.class).setText(desk.toString()));
        type(KeyCode.ENTER);
        waitUntil(() -> text(".export-message").equals(
                "结束日期 2026年11月19日星期四 早于开始日期 2026年11月20日星期五，请改正。"));

        // a folder that cannot be made (a file is in the way) is refused in words, before anything is written
        Path blocked = Files.writeString(folder.resolve("a-file"), "x").resolve("sheets");
        interact(() -> lookup(".export-folder").queryAs(TextField.class).setText(blocked.toString()));
        clickOn(".export-from");
        // Wednesday to Saturday: the two days with records are written, the two without are passed over
        typeDay(THURSDAY.minusDays(1));
        type(KeyCode.TAB);
        typeDay(FRIDAY.plusDays(1));
        type(KeyCode.TAB);
        type(KeyCode.ENTER);
        waitUntil(() -> text(".export-message").equals("无法创建文件夹 " + blocked + "，请换一个文件夹。"));

        List<String> progress = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        interact(() -> {
            lookup(".export-folder").queryAs(TextField.class).setText(desk.toString());
            lookup(".export-progress").queryAs(Label.class).textProperty().addListener((o, was, now) -> progress.add(now));
        });
        type(KeyCode.ENTER);
        waitUntil(() -> text(".export-message").equals("已导出 2 天、18 个文件到 " + desk));
        assertThat(progress).contains("第 1 天，共 4 天：2026年11月18日星期三", "第 2 天，共 4 天：2026年11月19日星期四",
                "第 4 天，共 4 天：2026年11月21日星期六");

        List<String> cliFiles = names(cli);
        assertThat(names(desk)).containsExactlyElementsOf(cliFiles).hasSize(18)
                .contains("2026-11-19-rotation.pdf", "2026-11-20-calls.csv", "2026-11-20.xlsx");
        for (String name : cliFiles) {
            if (name.endsWith(".csv") || name.endsWith(".pdf")) {
                assertThat(Files.readAllBytes(desk.resolve(name))).as(name)
                        .isEqualTo(Files.readAllBytes(cli.resolve(name)));
            }
        }
    }

    @Test
    void withoutAPrinterCtrlPSaysSoAndOffersThePdf() throws Exception {
        Assumptions.assumeTrue(Printer.getAllPrinters().isEmpty(), "this machine has a printer");
        openDesk("2026-11-23T10:00:00");
        push(KeyCode.CONTROL, KeyCode.P);
        waitUntil(() -> previewShows("接待排序表 · 2026年11月23日星期一 · 共 1 页"));
        push(KeyCode.CONTROL, KeyCode.P);
        waitUntil(() -> text(".sheets-message").startsWith("本机没有安装打印机，无法打印。"));
        assertThat(text(".sheets-message")).contains("Ctrl+E 导出 PDF");
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
