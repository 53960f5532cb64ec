package com.rotadesk.app.sheets;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * A sheet laid out in words, ready for any writer: localised, masked, and in print order. The writers only
 * decide how it looks on paper or in a cell, never what it says.
 *
 * @param kind       which sheet (names the file)
 * @param title      the printed title, also the worksheet's name
 * @param date       the day (PDF document dates are set from it, for repeatable output)
 * @param header     lines under the title (office, date, window)
 * @param landscape  whether the PDF needs A4 landscape for its columns
 * @param parts      tables, texts and charts in order
 * @param signature  the line printed at the end for a signature, or empty
 * @param footer     the page footer format with {@code {0}} page and {@code {1}} pages
 */
public record SheetDocument(SheetKind kind, String title, LocalDate date, List<String> header, boolean landscape,
        List<Part> parts, String signature, String footer) {

    /** Copies the lists. */
    public SheetDocument {
        Objects.requireNonNull(kind, "kind");
        header = List.copyOf(header);
        parts = List.copyOf(parts);
        signature = Objects.requireNonNullElse(signature, "");
    }

    /** One piece of a sheet. */
    public sealed interface Part {
    }

    /**
     * A table with a caption.
     *
     * @param keyColumns how many leading columns identify a row; a PDF too wide for the page repeats them
     *                   on each band of the remaining columns
     */
    public record Table(String caption, List<Column> columns, List<List<Cell>> rows, int keyColumns) implements Part {
        /** Copies and checks the rows' width. */
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
            for (List<Cell> row : rows) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException("row of " + row.size() + " cells in a table of "
                            + columns.size() + " columns (" + caption + ")");
                }
            }
        }
    }

    /** A paragraph (legend, empty-day notice). */
    public record Text(String text) implements Part {
    }

    /** A bar chart in the PDF; the writers of cells print its {@code table} instead. */
    public record Chart(String caption, List<String> series, List<Bar> bars, Table table) implements Part {
        /** Copies the lists. */
        public Chart {
            series = List.copyOf(series);
            bars = List.copyOf(bars);
        }
    }

    /**
     * A grid of shaded cells (arrivals by weekday and hour) in the PDF; the writers of cells print its {@code table}.
     *
     * @param rows    the row labels, top to bottom
     * @param columns the column labels, left to right
     * @param values  a value per row and column (the darker, the larger)
     * @param note    a line under the grid (what the values are), or empty
     */
    public record HeatMap(String caption, List<String> rows, List<String> columns, List<List<Double>> values,
            String note, Table table) implements Part {
        /** Copies and checks the grid's shape. */
        public HeatMap {
            rows = List.copyOf(rows);
            columns = List.copyOf(columns);
            values = values.stream().map(List::copyOf).toList();
            note = Objects.requireNonNullElse(note, "");
            int width = columns.size();
            if (values.size() != rows.size() || values.stream().anyMatch(v -> v.size() != width)) {
                throw new IllegalArgumentException("a heat map needs a value per row and column (" + caption + ")");
            }
        }
    }

    /** One category of a chart with a value per series. */
    public record Bar(String label, List<Integer> values) {
        /** Copies the values. */
        public Bar {
            values = List.copyOf(values);
        }
    }

    /** A column's header and how it takes space. */
    public record Column(String header, Fit fit) {
    }

    /** How a column takes space in the PDF. */
    public enum Fit {
        /** As wide as its content; text left, numbers right. */
        AUTO,
        /** As wide as its content, centred (grid cells, times). */
        CENTER,
        /** Takes the page width left over (notes). */
        FILL,
        /** Left blank for a handwritten signature: a fixed, generous width. */
        SIGNATURE
    }

    /** A cell value: writers keep numbers and times as real numbers and times where they can. */
    public sealed interface Cell {
        /** The text a plain-text writer prints. */
        String text();
    }

    /** Text. */
    public record TextCell(String text) implements Cell {
        /** Null becomes empty. */
        public TextCell {
            text = Objects.requireNonNullElse(text, "");
        }
    }

    /** A whole number. */
    public record NumberCell(long value) implements Cell {
        @Override
        public String text() {
            return Long.toString(value);
        }
    }

    /** A time of day, printed HH:mm. */
    public record TimeCell(LocalTime value) implements Cell {
        /** Requires a time. */
        public TimeCell {
            Objects.requireNonNull(value, "time");
        }

        @Override
        public String text() {
            return String.format("%02d:%02d", value.getHour(), value.getMinute());
        }
    }

    /** A number with a fixed count of decimals (an average). */
    public record DecimalCell(double value, int decimals) implements Cell {
        @Override
        public String text() {
            return String.format(java.util.Locale.ROOT, "%." + decimals + "f", value);
        }
    }

    /** A share, printed as a percentage with one decimal; spreadsheets keep the fraction. */
    public record PercentCell(double fraction) implements Cell {
        @Override
        public String text() {
            return String.format(java.util.Locale.ROOT, "%.1f%%", fraction * 100);
        }
    }

    /** Nothing. */
    public record BlankCell() implements Cell {
        @Override
        public String text() {
            return "";
        }
    }

    /** Text, or blank for null. */
    static Cell text(String s) {
        return s == null || s.isEmpty() ? new BlankCell() : new TextCell(s);
    }

    /** A time, or blank for null. */
    static Cell time(LocalTime t) {
        return t == null ? new BlankCell() : new TimeCell(t);
    }

    /** A number. */
    static Cell number(long n) {
        return new NumberCell(n);
    }

    /** A number with decimals. */
    static Cell decimal(double d, int decimals) {
        return new DecimalCell(d, decimals);
    }

    /** A share as a percentage, or {@code none} (a dash) when there is none. */
    static Cell percent(Double fraction, String none) {
        return fraction == null ? new TextCell(none) : new PercentCell(fraction);
    }

    /** True for cells holding a number (right-aligned in print). */
    static boolean numeric(Cell cell) {
        return cell instanceof NumberCell || cell instanceof DecimalCell || cell instanceof PercentCell;
    }
}
