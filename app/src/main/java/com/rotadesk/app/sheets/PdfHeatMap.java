package com.rotadesk.app.sheets;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

import java.io.IOException;
import java.util.Locale;

/** Draws a heat map: a grid of cells shaded from white to the sheets' blue by value, each with its value printed. */
final class PdfHeatMap {
    private static final float ROW = 17f;
    private static final float LABEL = 7.5f;
    private static final float[] DARK = {0.22f, 0.38f, 0.60f};
    private final PdfFont regular;
    private final PdfFont bold;

    PdfHeatMap(PdfFont regular, PdfFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    void draw(PdfPageFlow flow, SheetDocument.HeatMap map) throws IOException {
        float captionHeight = 16f;
        float height = captionHeight + ROW * (map.rows().size() + 1) + (map.note().isEmpty() ? 0 : 14) + 8;
        flow.ensure(height);
        flow.text(bold, 10f, flow.left(), flow.y() - 10f, bold.safe(map.caption()));
        flow.down(captionHeight);
        float labelWidth = 8;
        for (String r : map.rows()) {
            labelWidth = Math.max(labelWidth, regular.width(regular.safe(r), LABEL) + 8);
        }
        int n = Math.max(1, map.columns().size());
        float cell = Math.min(56f, (flow.width() - labelWidth) / n);
        double max = 0;
        for (var row : map.values()) {
            for (double v : row) {
                max = Math.max(max, v);
            }
        }
        PDPageContentStream s = flow.stream();
        float x0 = flow.left() + labelWidth;
        // hour labels above the grid
        for (int c = 0; c < map.columns().size(); c++) {
            String label = regular.safe(map.columns().get(c));
            flow.text(regular, LABEL, x0 + cell * c + (cell - regular.width(label, LABEL)) / 2, flow.y() - LABEL - 3,
                    label);
        }
        flow.down(ROW);
        for (int r = 0; r < map.rows().size(); r++) {
            float top = flow.y();
            String label = regular.safe(map.rows().get(r));
            flow.text(regular, LABEL, flow.left(), top - ROW / 2 - LABEL / 3, label);
            for (int c = 0; c < map.columns().size(); c++) {
                double v = map.values().get(r).get(c);
                float share = max == 0 ? 0 : (float) (v / max);
                s.setNonStrokingColor(1 - share * (1 - DARK[0]), 1 - share * (1 - DARK[1]), 1 - share * (1 - DARK[2]));
                s.addRect(x0 + cell * c, top - ROW, cell, ROW);
                s.fill();
                s.setStrokingColor(0.8f, 0.8f, 0.8f);
                s.setLineWidth(0.4f);
                s.addRect(x0 + cell * c, top - ROW, cell, ROW);
                s.stroke();
                if (v > 0) {
                    String value = String.format(Locale.ROOT, "%.1f", v);
                    float grey = share > 0.55f ? 1f : 0f;
                    s.setNonStrokingColor(grey, grey, grey);
                    flow.text(regular, LABEL, x0 + cell * c + (cell - regular.width(value, LABEL)) / 2,
                            top - ROW / 2 - LABEL / 3, value);
                }
            }
            s.setNonStrokingColor(0f, 0f, 0f);
            flow.down(ROW);
        }
        if (!map.note().isEmpty()) {
            flow.down(4);
            flow.text(regular, LABEL, flow.left(), flow.y() - LABEL, regular.safe(map.note()));
            flow.down(10);
        }
        flow.down(8);
    }
}
