package com.rotadesk.app.sheets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads exported sheets back the way a user's program would. */
final class SheetFiles {
    private SheetFiles() {
    }

    /** The CSV rows; checks the UTF-8 byte-order mark first. */
    static List<List<String>> csv(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT)) {
            for (CSVRecord r : parser) {
                rows.add(r.toList());
            }
        }
        return rows;
    }

    /** The rows of the table whose header row starts with {@code firstHeader}, after that header. */
    static List<List<String>> csvTable(List<List<String>> rows, String firstHeader, String secondHeader) {
        List<List<String>> out = new ArrayList<>();
        boolean in = false;
        for (List<String> row : rows) {
            if (!in) {
                in = row.size() > 1 && row.get(0).equals(firstHeader) && row.get(1).equals(secondHeader);
                if (in) {
                    out.add(row);
                }
                continue;
            }
            if (row.size() <= 1) {
                break;
            }
            out.add(row);
        }
        return out;
    }

    /** The PDF's text, as PDFBox extracts it. */
    static String pdfText(Path file) throws IOException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** The PDF's page count. */
    static int pdfPages(Path file) throws IOException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            return doc.getNumberOfPages();
        }
    }

    /** The worksheet names of a workbook. */
    static List<String> sheetNames(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); ReadableWorkbook wb = new ReadableWorkbook(in)) {
            return wb.getSheets().map(Sheet::getName).toList();
        }
    }

    /** The rows of one worksheet. */
    static List<Row> sheet(Path file, String name) throws IOException {
        try (InputStream in = Files.newInputStream(file); ReadableWorkbook wb = new ReadableWorkbook(in, new ReadingOptions(true, false))) {
            return wb.findSheet(name).orElseThrow(() -> new AssertionError("no worksheet " + name)).read();
        }
    }

    /** The row whose cell {@code column} has that text. */
    static Row rowWith(List<Row> rows, int column, String text) {
        return rows.stream().filter(r -> r.getCellAsString(column).filter(text::equals).isPresent()).findFirst()
                .orElseThrow(() -> new AssertionError("no row with '" + text + "' in column " + column));
    }
}
