package com.rotadesk.app.sheets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one sheet as CSV: UTF-8 with a byte-order mark (without it Excel and WPS read Chinese as GBK and show
 * mojibake), CRLF line ends, the sheet's title and header rows, then each table with its caption. Nothing in it
 * depends on when it is written, so the same day always gives the same bytes.
 */
public final class CsvSheetWriter {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get();

    /** Writes the document; the stream is flushed, not closed. */
    public void write(SheetDocument doc, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, FORMAT);
        csv.printRecord(doc.title());
        for (String line : doc.header()) {
            csv.printRecord(line);
        }
        for (SheetDocument.Part part : doc.parts()) {
            csv.println();
            switch (part) {
                case SheetDocument.Table t -> table(csv, t);
                case SheetDocument.Chart c -> table(csv, c.table());
                case SheetDocument.HeatMap h -> table(csv, h.table());
                case SheetDocument.Text t -> csv.printRecord(safe(t.text()));
            }
        }
        csv.flush();
    }

    private static void table(CSVPrinter csv, SheetDocument.Table t) throws IOException {
        if (!t.caption().isEmpty()) {
            csv.printRecord(safe(t.caption()));
        }
        csv.printRecord(t.columns().stream().map(c -> safe(c.header())).toList());
        for (List<SheetDocument.Cell> row : t.rows()) {
            List<String> values = new ArrayList<>(row.size());
            for (SheetDocument.Cell cell : row) {
                values.add(cell instanceof SheetDocument.TextCell ? safe(cell.text()) : cell.text());
            }
            csv.printRecord(values);
        }
    }

    /**
     * Text that a spreadsheet would run as a formula (a visitor "name" typed as {@code =HYPERLINK(...)}) gets a
     * leading apostrophe, the usual CSV-injection guard; numbers and times are never text cells.
     */
    static String safe(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
