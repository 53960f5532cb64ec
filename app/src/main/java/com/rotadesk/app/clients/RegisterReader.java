package com.rotadesk.app.clients;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.SheetVisibility;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads an office's register: an .xlsx workbook (every visible sheet with a header row) or a CSV text file in
 * UTF-8 (with or without a byte-order mark), UTF-16 (Excel's "Unicode text") or GB18030 (which reads GBK and
 * GB2312 too), separated by commas, tabs or semicolons. The header is the row among the first twenty that names
 * the most known columns (a title row above it is skipped).
 */
public final class RegisterReader {
    /** How far down a sheet its header row is looked for. */
    private static final int HEADER_SEARCH = 20;
    private static final Charset GB18030 = Charset.forName("GB18030");

    /** Reads the file by its content (the name's extension only breaks a tie). */
    public RegisterTable read(Path file) throws RegisterFileException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new RegisterFileException(RegisterFileException.Problem.NOT_FOUND, e, file);
        } catch (IOException e) {
            throw new RegisterFileException(RegisterFileException.Problem.UNREADABLE, e, file, e.getMessage());
        }
        String name = file.getFileName().toString();
        if (bytes.length == 0) {
            throw new RegisterFileException(RegisterFileException.Problem.EMPTY, null, name);
        }
        // the signatures are eight bytes: a shorter file is neither
        boolean signed = bytes.length >= 8;
        if (signed && ReadableWorkbook.isOLE2Header(bytes)) {
            throw new RegisterFileException(RegisterFileException.Problem.OLD_EXCEL, null, name);
        }
        RegisterTable table = signed && ReadableWorkbook.isOOXMLZipHeader(bytes) ? xlsx(name, bytes)
                : csv(name, bytes);
        if (table.lines().isEmpty()) {
            throw new RegisterFileException(RegisterFileException.Problem.EMPTY, null, name);
        }
        return table;
    }

    private RegisterTable xlsx(String name, byte[] bytes) throws RegisterFileException {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, false))) {
            List<org.dhatim.fastexcel.reader.Sheet> visible = wb.getSheets()
                    .filter(s -> s.getVisibility() == SheetVisibility.VISIBLE).toList();
            List<List<List<String>>> contents = new ArrayList<>();
            for (org.dhatim.fastexcel.reader.Sheet s : visible) {
                List<List<String>> rows = new ArrayList<>();
                for (Row r : s.read()) {
                    while (rows.size() < r.getRowNum() - 1) {
                        rows.add(List.of());
                    }
                    rows.add(cells(r));
                }
                contents.add(rows);
            }
            List<RegisterTable.Sheet> sheets = new ArrayList<>();
            boolean several = visible.size() > 1;
            for (int i = 0; i < visible.size(); i++) {
                RegisterTable.Sheet sheet = sheet(several ? visible.get(i).getName() : null, contents.get(i),
                        several);
                if (sheet != null) {
                    sheets.add(sheet);
                }
            }
            if (sheets.isEmpty() && !contents.isEmpty()) {
                // no sheet names a known column: the first one's first row is the header, the manager maps it
                RegisterTable.Sheet first = unnamedHeader(several ? visible.getFirst().getName() : null,
                        contents.getFirst(), several);
                if (first != null) {
                    sheets.add(first);
                }
            }
            return new RegisterTable(name, "XLSX", wb.isDate1904(), sheets);
        } catch (IOException | RuntimeException e) {
            throw new RegisterFileException(RegisterFileException.Problem.UNREADABLE, e, name,
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    /** A row's cells as text: numbers in plain digits (a phone in a number cell, a date cell's serial day). */
    private static List<String> cells(Row r) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < r.getCellCount(); c++) {
            Cell cell = r.getCell(c);
            if (cell == null || cell.getType() == CellType.EMPTY) {
                out.add(null);
            } else if (cell.getType() == CellType.NUMBER) {
                out.add(Cells.number(cell.asNumber()));
            } else if (cell.getType() == CellType.FORMULA) {
                out.add(cell.getRawValue());
            } else {
                out.add(cell.getText());
            }
        }
        return out;
    }

    private RegisterTable csv(String name, byte[] bytes) throws RegisterFileException {
        Decoded text = decode(bytes);
        if (text == null) {
            throw new RegisterFileException(RegisterFileException.Problem.NOT_A_REGISTER, null, name);
        }
        char separator = separator(text.text());
        List<List<String>> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(false)
                .setTrim(false).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text.text()), format)) {
            for (CSVRecord r : parser) {
                rows.add(r.toList());
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new RegisterFileException(RegisterFileException.Problem.UNREADABLE, e, name,
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        RegisterTable.Sheet sheet = sheet(null, rows, false);
        if (sheet == null) {
            sheet = unnamedHeader(null, rows, false);
        }
        String format2 = text.charset() + ", " + switch (separator) {
            case '\t' -> "tab";
            case ';' -> "semicolon";
            default -> "comma";
        } + "-separated";
        return new RegisterTable(name, format2, false, sheet == null ? List.of() : List.of(sheet));
    }

    /** The file's text and the encoding it was read in; null when it is no text (a binary file). */
    record Decoded(String text, String charset) {
    }

    /**
     * UTF-8 with a byte-order mark, UTF-16 with one, UTF-8 when every byte decodes as UTF-8, otherwise GB18030 (a
     * Chinese Excel's "CSV" and WPS's default). A file with NUL bytes outside UTF-16 is no text.
     */
    static Decoded decode(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
            return new Decoded(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), "UTF-8");
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), "UTF-16");
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), "UTF-16");
        }
        for (byte x : b) {
            if (x == 0) {
                return null;
            }
        }
        try {
            String utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
            return new Decoded(utf8, "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            return new Decoded(new String(b, GB18030), "GB18030");
        }
    }

    /** The separator used most on the first lines, outside quotes: comma, tab or semicolon. */
    static char separator(String text) {
        int commas = 0;
        int tabs = 0;
        int semicolons = 0;
        boolean quoted = false;
        int lines = 0;
        for (int i = 0; i < text.length() && lines < HEADER_SEARCH; i++) {
            char ch = text.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                switch (ch) {
                    case ',' -> commas++;
                    case '\t' -> tabs++;
                    case ';' -> semicolons++;
                    case '\n' -> lines++;
                    default -> {
                    }
                }
            }
        }
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    /** A sheet from its rows: the header found, the lines below it that hold anything. Null when no header is. */
    private static RegisterTable.Sheet sheet(String sheetName, List<List<String>> rows, boolean named) {
        int best = -1;
        int bestScore = 0;
        for (int i = 0; i < Math.min(HEADER_SEARCH, rows.size()); i++) {
            int score = 0;
            for (String cell : rows.get(i)) {
                if (RegisterField.recognise(cell) != null) {
                    score++;
                }
            }
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return best < 0 ? null : sheetFrom(sheetName, rows, best, named);
    }

    /** The first row that holds anything as the header, for the manager to map. */
    private static RegisterTable.Sheet unnamedHeader(String sheetName, List<List<String>> rows, boolean named) {
        for (int i = 0; i < Math.min(HEADER_SEARCH, rows.size()); i++) {
            if (!blank(rows.get(i))) {
                return sheetFrom(sheetName, rows, i, named);
            }
        }
        return null;
    }

    private static RegisterTable.Sheet sheetFrom(String sheetName, List<List<String>> rows, int header,
            boolean named) {
        List<String> headers = new ArrayList<>();
        for (String h : rows.get(header)) {
            headers.add(h == null ? "" : stripBom(h).strip());
        }
        List<RegisterTable.Line> lines = new ArrayList<>();
        for (int i = header + 1; i < rows.size(); i++) {
            if (!blank(rows.get(i))) {
                String place = (named ? sheetName + "!" : "") + (i + 1);
                lines.add(new RegisterTable.Line(place, rows.get(i)));
            }
        }
        return new RegisterTable.Sheet(sheetName, header + 1, headers, lines);
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static boolean blank(List<String> row) {
        for (String c : row) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** True for a file name the register is written to as a workbook. */
    static boolean isXlsx(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }
}
