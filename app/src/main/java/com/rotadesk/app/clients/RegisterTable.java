package com.rotadesk.app.clients;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An office's register as read from its file, before anything is made of it: its sheets (a CSV has one), each
 * with its header row and its lines of text cells.
 *
 * @param file     the file's name, as the preview names it
 * @param format   how it was read: {@code XLSX}, or a CSV's encoding and separator ({@code GB18030, comma})
 * @param date1904 the workbook counts days from 1904 (old Mac Excel), so its date cells are read that way
 */
public record RegisterTable(String file, String format, boolean date1904, List<Sheet> sheets) {

    /** Copies the sheets. */
    public RegisterTable {
        Objects.requireNonNull(file, "file");
        sheets = List.copyOf(sheets);
    }

    /**
     * One sheet.
     *
     * @param name      the sheet's name (null for a CSV), which a line's place begins with when there are several
     * @param headerRow the spreadsheet row number of the header (1 = the first row)
     * @param headers   the column names as written
     */
    public record Sheet(String name, int headerRow, List<String> headers, List<Line> lines) {
        /** Copies the lists. */
        public Sheet {
            headers = List.copyOf(headers);
            lines = List.copyOf(lines);
        }
    }

    /**
     * A line of a sheet.
     *
     * @param place where the manager finds it: the row number, after the sheet's name when there are several
     * @param cells the cells' text, column by column (a shorter line has blanks after its last cell)
     */
    public record Line(String place, List<String> cells) {
        /** Copies the cells (a cell may be null). */
        public Line {
            cells = java.util.Collections.unmodifiableList(new ArrayList<>(cells));
        }

        /** The cell of a column, or null past the end of the line. */
        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : null;
        }
    }

    /** Every line of every sheet, in order. */
    public List<Line> lines() {
        List<Line> all = new ArrayList<>();
        sheets.forEach(s -> all.addAll(s.lines()));
        return all;
    }

    /** Every column name of the file (each once, in order of first appearance). */
    public List<String> headers() {
        Set<String> names = new LinkedHashSet<>();
        for (Sheet s : sheets) {
            for (String h : s.headers()) {
                if (h != null && !h.isBlank()) {
                    names.add(h.strip());
                }
            }
        }
        return List.copyOf(names);
    }
}
