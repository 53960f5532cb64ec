package com.rotadesk.app.sheets;

import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the day's sheets as one workbook, a worksheet per sheet: numbers as numbers, times as Excel times
 * (fractions of a day shown {@code hh:mm}), bold headers, column widths from the content, printable on A4.
 */
public final class XlsxSheetWriter {
    private static final double SECONDS_PER_DAY = 24 * 60 * 60;
    private static final String HEADER_FILL = "D9D9D9";

    /** Writes the documents into one workbook; the stream is finished, not closed. */
    public void write(List<SheetDocument> docs, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "RotaDesk", "1.0");
        Set<String> names = new HashSet<>();
        for (SheetDocument doc : docs) {
            sheet(wb.newWorksheet(uniqueName(doc.title(), names)), doc);
        }
        wb.finish();
    }

    private void sheet(Worksheet ws, SheetDocument doc) {
        ColumnWidths widths = new ColumnWidths();
        int r = 0;
        ws.value(r, 0, doc.title());
        ws.style(r, 0).bold().fontSize(14).set();
        r++;
        for (String line : doc.header()) {
            ws.value(r++, 0, line);
        }
        for (SheetDocument.Part part : doc.parts()) {
            r++;
            switch (part) {
                case SheetDocument.Table t -> r = table(ws, t, r, widths);
                case SheetDocument.Chart c -> r = table(ws, c.table(), r, widths);
                case SheetDocument.HeatMap h -> r = table(ws, h.table(), r, widths);
                case SheetDocument.Text t -> ws.value(r++, 0, t.text());
            }
        }
        if (!doc.signature().isEmpty()) {
            ws.value(r + 1, 0, doc.signature());
        }
        widths.apply(ws);
        ws.paperSize(PaperSize.A4_PAPER);
        ws.pageOrientation(doc.landscape() ? "landscape" : "portrait");
        ws.setFitToPage(true);
        ws.fitToWidth((short) 1);
        ws.fitToHeight((short) 0);
    }

    private static int table(Worksheet ws, SheetDocument.Table t, int r, ColumnWidths widths) {
        if (!t.caption().isEmpty()) {
            ws.value(r, 0, t.caption());
            ws.style(r, 0).bold().set();
            r++;
        }
        for (int c = 0; c < t.columns().size(); c++) {
            String header = t.columns().get(c).header();
            ws.value(r, c, header);
            ws.style(r, c).bold().fillColor(HEADER_FILL).borderStyle(BorderStyle.THIN).wrapText(true).set();
            widths.see(c, header);
        }
        r++;
        for (List<SheetDocument.Cell> row : t.rows()) {
            for (int c = 0; c < row.size(); c++) {
                SheetDocument.Cell cell = row.get(c);
                switch (cell) {
                    case SheetDocument.NumberCell n -> ws.value(r, c, n.value());
                    case SheetDocument.TimeCell tc -> {
                        ws.value(r, c, tc.value().toSecondOfDay() / SECONDS_PER_DAY);
                        ws.style(r, c).format("hh:mm").borderStyle(BorderStyle.THIN).set();
                    }
                    case SheetDocument.DecimalCell d -> {
                        ws.value(r, c, d.value());
                        ws.style(r, c).format(d.decimals() == 0 ? "0" : "0." + "0".repeat(d.decimals()))
                                .borderStyle(BorderStyle.THIN).set();
                    }
                    case SheetDocument.PercentCell pc -> {
                        ws.value(r, c, pc.fraction());
                        ws.style(r, c).format("0.0%").borderStyle(BorderStyle.THIN).set();
                    }
                    case SheetDocument.TextCell tx -> ws.value(r, c, tx.text());
                    case SheetDocument.BlankCell b -> {
                    }
                }
                if (!(cell instanceof SheetDocument.TimeCell || cell instanceof SheetDocument.DecimalCell
                        || cell instanceof SheetDocument.PercentCell)) {
                    ws.style(r, c).borderStyle(BorderStyle.THIN).set();
                }
                widths.see(c, cell.text());
            }
            r++;
        }
        return r;
    }

    /** Worksheet names: at most 31 characters, none of {@code []:*?/\}, unique in the workbook. */
    static String uniqueName(String title, Set<String> taken) {
        String base = title.replaceAll("[\\[\\]:*?/\\\\]", "_");
        base = base.isBlank() ? "Sheet" : base;
        base = base.length() > 28 ? base.substring(0, 28) : base;
        String name = base;
        for (int i = 2; !taken.add(name); i++) {
            name = base + " " + i;
        }
        return name;
    }

    /** Column widths in characters; Chinese characters count double, as Excel draws them. */
    private static final class ColumnWidths {
        private final java.util.Map<Integer, Double> widths = new java.util.TreeMap<>();

        void see(int column, String text) {
            double w = 0;
            for (int i = 0; i < text.length(); i++) {
                w += text.charAt(i) > 0x2E80 ? 2.0 : 1.0;
            }
            widths.merge(column, w, Math::max);
        }

        void apply(Worksheet ws) {
            widths.forEach((c, w) -> ws.width(c, Math.min(60, Math.max(6, w + 2))));
        }
    }
}
