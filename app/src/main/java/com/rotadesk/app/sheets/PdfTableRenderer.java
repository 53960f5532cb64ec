package com.rotadesk.app.sheets;

import com.rotadesk.app.sheets.SheetDocument.Cell;
import com.rotadesk.app.sheets.SheetDocument.Fit;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a table in the page flow: columns as wide as their content (long text wraps), a table wider than the
 * page split into bands that repeat the key columns, the header row repeated on every page, rows never split.
 */
final class PdfTableRenderer {
    static final float SIZE = 8f;
    private static final float CAPTION_SIZE = 10f;
    private static final float PAD = 2.5f;
    private static final float LEADING = SIZE * 1.3f;
    /** A content column wider than this wraps its text. */
    private static final float MAX_AUTO = 130f;
    private static final float MIN_FILL = 90f;
    private static final float MAX_HEADER = 48f;
    /** Room for a handwritten signature in a row. */
    private static final float SIGNING_ROW = 20f;
    private static final float SIGNATURE = 100f;
    private final PdfFont regular;
    private final PdfFont bold;

    PdfTableRenderer(PdfFont regular, PdfFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    void draw(PdfPageFlow flow, SheetDocument.Table table) throws IOException {
        int n = table.columns().size();
        float[] natural = new float[n];
        for (int c = 0; c < n; c++) {
            natural[c] = naturalWidth(table, c);
        }
        List<List<Integer>> bands = bands(table, natural, flow.width());
        for (int b = 0; b < bands.size(); b++) {
            List<Integer> cols = bands.get(b);
            float[] widths = widths(table, cols, natural, flow.width());
            drawBand(flow, table, cols, widths, b > 0 ? " (" + (b + 1) + "/" + bands.size() + ")"
                    : bands.size() > 1 ? " (1/" + bands.size() + ")" : "");
        }
    }

    private float naturalWidth(SheetDocument.Table table, int c) {
        SheetDocument.Column column = table.columns().get(c);
        if (column.fit() == Fit.SIGNATURE) {
            return SIGNATURE;
        }
        // A header up to MAX_HEADER wide sets the width; a longer one wraps rather than widen a narrow column.
        float w = Math.min(bold.width(bold.safe(column.header()), SIZE), MAX_HEADER);
        for (List<Cell> row : table.rows()) {
            w = Math.max(w, regular.width(regular.safe(row.get(c).text()), SIZE));
        }
        return w + 2 * PAD;
    }

    /** Column bands that fit the page width; key columns lead every band. */
    private static List<List<Integer>> bands(SheetDocument.Table table, float[] natural, float page) {
        int n = natural.length;
        int keys = Math.min(table.keyColumns(), n);
        float keyWidth = 0;
        for (int c = 0; c < keys; c++) {
            keyWidth += capped(table, c, natural);
        }
        List<List<Integer>> bands = new ArrayList<>();
        List<Integer> band = new ArrayList<>();
        float used = keyWidth;
        for (int c = keys; c < n; c++) {
            float w = table.columns().get(c).fit() == Fit.FILL ? MIN_FILL : capped(table, c, natural);
            if (!band.isEmpty() && used + w > page) {
                bands.add(band);
                band = new ArrayList<>();
                used = keyWidth;
            }
            band.add(c);
            used += w;
        }
        bands.add(band);
        List<List<Integer>> out = new ArrayList<>();
        for (List<Integer> b : bands) {
            List<Integer> cols = new ArrayList<>();
            for (int c = 0; c < keys; c++) {
                cols.add(c);
            }
            cols.addAll(b);
            out.add(cols);
        }
        return out;
    }

    private static float capped(SheetDocument.Table table, int c, float[] natural) {
        return table.columns().get(c).fit() == Fit.SIGNATURE ? natural[c] : Math.min(natural[c], MAX_AUTO);
    }

    /** Final widths of a band: capped content widths, the fill column taking what the page has left. */
    private static float[] widths(SheetDocument.Table table, List<Integer> cols, float[] natural, float page) {
        float[] w = new float[cols.size()];
        float used = 0;
        int fill = -1;
        for (int i = 0; i < cols.size(); i++) {
            int c = cols.get(i);
            if (table.columns().get(c).fit() == Fit.FILL && fill < 0) {
                fill = i;
                continue;
            }
            w[i] = capped(table, c, natural);
            used += w[i];
        }
        if (fill >= 0) {
            w[fill] = Math.max(MIN_FILL, page - used);
            used += w[fill];
        }
        // Still too wide (a band with only key columns and one wide column): shrink everything evenly.
        if (used > page) {
            for (int i = 0; i < w.length; i++) {
                w[i] *= page / used;
            }
        }
        return w;
    }

    private void drawBand(PdfPageFlow flow, SheetDocument.Table table, List<Integer> cols, float[] widths,
            String bandSuffix) throws IOException {
        List<String> headers = new ArrayList<>();
        for (int c : cols) {
            headers.add(table.columns().get(c).header());
        }
        List<List<String>> headerLines = wrapAll(bold, headers, widths);
        boolean signing = cols.stream().anyMatch(c -> table.columns().get(c).fit() == Fit.SIGNATURE);
        float minRow = signing ? SIGNING_ROW : 0;
        float headerHeight = height(headerLines);
        String caption = table.caption().isEmpty() && bandSuffix.isEmpty() ? "" : table.caption() + bandSuffix;
        float captionHeight = caption.isEmpty() ? 0 : CAPTION_SIZE * 1.6f;
        float firstRow = table.rows().isEmpty() ? 0
                : Math.max(minRow, height(wrapAll(regular, texts(table.rows().getFirst(), cols), widths)));
        // Keep the caption, the header and the first row together.
        flow.ensure(captionHeight + headerHeight + firstRow);
        if (!caption.isEmpty()) {
            flow.text(bold, CAPTION_SIZE, flow.left(), flow.y() - CAPTION_SIZE, bold.safe(caption));
            flow.down(captionHeight);
        }
        drawRow(flow, table, cols, widths, headerLines, 0, null);
        for (List<Cell> row : table.rows()) {
            List<List<String>> lines = wrapAll(regular, texts(row, cols), widths);
            if (!flow.fits(Math.max(minRow, height(lines)))) {
                flow.newPage();
                drawRow(flow, table, cols, widths, headerLines, 0, null);
            }
            drawRow(flow, table, cols, widths, lines, minRow, row);
        }
        flow.down(8);
    }

    /** Draws one row; {@code cells} is null for the header row. */
    private void drawRow(PdfPageFlow flow, SheetDocument.Table table, List<Integer> cols, float[] widths,
            List<List<String>> lines, float minHeight, List<Cell> cells) throws IOException {
        boolean header = cells == null;
        float h = Math.max(minHeight, height(lines));
        float top = flow.y();
        PDPageContentStream s = flow.stream();
        float x = flow.left();
        if (header) {
            s.setNonStrokingColor(0.88f, 0.88f, 0.88f);
            s.addRect(x, top - h, sum(widths), h);
            s.fill();
            s.setNonStrokingColor(0f, 0f, 0f);
        }
        PdfFont font = header ? bold : regular;
        for (int i = 0; i < cols.size(); i++) {
            Fit fit = table.columns().get(cols.get(i)).fit();
            boolean right = !header && cells != null && SheetDocument.numeric(cells.get(cols.get(i)));
            boolean center = header || fit == Fit.CENTER;
            // Text sits in the middle of a row taller than its lines (signing rows).
            float baseline = top - PAD - SIZE - (h - height(lines)) / 2;
            for (String line : lines.get(i)) {
                float tw = font.width(line, SIZE);
                float tx = right ? x + widths[i] - PAD - tw : center ? x + (widths[i] - tw) / 2 : x + PAD;
                flow.text(font, SIZE, tx, baseline, line);
                baseline -= LEADING;
            }
            s.setStrokingColor(0.45f, 0.45f, 0.45f);
            s.setLineWidth(0.5f);
            s.addRect(x, top - h, widths[i], h);
            s.stroke();
            x += widths[i];
        }
        flow.down(h);
    }

    private static List<String> texts(List<Cell> row, List<Integer> cols) {
        List<String> out = new ArrayList<>();
        for (int c : cols) {
            out.add(row.get(c).text());
        }
        return out;
    }

    private static List<List<String>> wrapAll(PdfFont font, List<String> texts, float[] widths) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            out.add(wrap(font, font.safe(texts.get(i)), widths[i] - 2 * PAD, SIZE));
        }
        return out;
    }

    private static float height(List<List<String>> lines) {
        int max = 1;
        for (List<String> l : lines) {
            max = Math.max(max, l.size());
        }
        return max * LEADING + 2 * PAD - (LEADING - SIZE) + 1;
    }

    /**
     * Breaks safe text into lines no wider than {@code width}: at a space when the line has one, else between
     * any two characters (Chinese has no spaces to break at).
     */
    static List<String> wrap(PdfFont font, String text, float width, float size) {
        List<String> lines = new ArrayList<>();
        if (text.isEmpty()) {
            lines.add("");
            return lines;
        }
        StringBuilder line = new StringBuilder();
        int[] cps = text.codePoints().toArray();
        for (int cp : cps) {
            String candidate = line + new String(Character.toChars(cp));
            if (line.isEmpty() || font.width(candidate, size) <= width) {
                line.appendCodePoint(cp);
                continue;
            }
            int space = line.lastIndexOf(" ");
            if (space > 0 && cp != ' ') {
                lines.add(line.substring(0, space));
                line = new StringBuilder(line.substring(space + 1)).appendCodePoint(cp);
            } else {
                lines.add(line.toString().stripTrailing());
                line = new StringBuilder(cp == ' ' ? "" : new String(Character.toChars(cp)));
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static float sum(float[] w) {
        float s = 0;
        for (float f : w) {
            s += f;
        }
        return s;
    }
}
