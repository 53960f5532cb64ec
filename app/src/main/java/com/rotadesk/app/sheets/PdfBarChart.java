package com.rotadesk.app.sheets;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

import java.io.IOException;

/** Draws a grouped bar chart (arrivals per hour: visits and calls side by side) with axis, values and legend. */
final class PdfBarChart {
    private static final float HEIGHT = 190f;
    private static final float[][] COLOURS = {{0.22f, 0.38f, 0.60f}, {0.62f, 0.74f, 0.86f}, {0.55f, 0.55f, 0.55f}};
    private static final float LABEL = 7f;
    private final PdfFont regular;
    private final PdfFont bold;

    PdfBarChart(PdfFont regular, PdfFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    void draw(PdfPageFlow flow, SheetDocument.Chart chart) throws IOException {
        float captionHeight = 16f;
        flow.ensure(captionHeight + HEIGHT + 8);
        flow.text(bold, 10f, flow.left(), flow.y() - 10f, bold.safe(chart.caption()));
        legend(flow, chart);
        flow.down(captionHeight);
        PDPageContentStream s = flow.stream();
        float axisX = flow.left() + 22;
        float plotWidth = flow.width() - 26;
        float bottom = flow.y() - HEIGHT + 14;
        float plotHeight = HEIGHT - 30;
        int max = 1;
        for (SheetDocument.Bar bar : chart.bars()) {
            for (int v : bar.values()) {
                max = Math.max(max, v);
            }
        }
        int top = niceTop(max);
        // Grid lines and the value axis at quarters of a round top value.
        s.setLineWidth(0.4f);
        for (int i = 0; i <= 4; i++) {
            float gy = bottom + plotHeight * i / 4f;
            s.setStrokingColor(i == 0 ? 0.2f : 0.82f, i == 0 ? 0.2f : 0.82f, i == 0 ? 0.2f : 0.82f);
            s.moveTo(axisX, gy);
            s.lineTo(axisX + plotWidth, gy);
            s.stroke();
            String label = Integer.toString(top * i / 4);
            flow.text(regular, LABEL, axisX - 4 - regular.width(label, LABEL), gy - LABEL / 3, label);
        }
        int n = Math.max(1, chart.bars().size());
        float group = plotWidth / n;
        int series = chart.series().size();
        float barWidth = Math.min(18f, group * 0.8f / Math.max(1, series));
        for (int b = 0; b < chart.bars().size(); b++) {
            SheetDocument.Bar bar = chart.bars().get(b);
            float gx = axisX + group * b + (group - barWidth * series) / 2;
            for (int k = 0; k < bar.values().size(); k++) {
                int v = bar.values().get(k);
                float h = plotHeight * v / top;
                float[] c = COLOURS[Math.min(k, COLOURS.length - 1)];
                s.setNonStrokingColor(c[0], c[1], c[2]);
                s.addRect(gx + k * barWidth, bottom, barWidth, h);
                s.fill();
                if (v > 0) {
                    String value = Integer.toString(v);
                    s.setNonStrokingColor(0f, 0f, 0f);
                    flow.text(regular, LABEL, gx + k * barWidth + (barWidth - regular.width(value, LABEL)) / 2,
                            bottom + h + 2, value);
                }
            }
            s.setNonStrokingColor(0f, 0f, 0f);
            String label = regular.safe(bar.label());
            flow.text(regular, LABEL, axisX + group * b + (group - regular.width(label, LABEL)) / 2,
                    bottom - LABEL - 3, label);
        }
        flow.down(HEIGHT + 8);
    }

    private void legend(PdfPageFlow flow, SheetDocument.Chart chart) throws IOException {
        PDPageContentStream s = flow.stream();
        float x = flow.left() + flow.width();
        for (int k = chart.series().size() - 1; k >= 0; k--) {
            String name = regular.safe(chart.series().get(k));
            x -= regular.width(name, 8f) + 4;
            flow.text(regular, 8f, x, flow.y() - 9f, name);
            x -= 10;
            float[] c = COLOURS[Math.min(k, COLOURS.length - 1)];
            s.setNonStrokingColor(c[0], c[1], c[2]);
            s.addRect(x, flow.y() - 9.5f, 8, 8);
            s.fill();
            s.setNonStrokingColor(0f, 0f, 0f);
            x -= 12;
        }
    }

    /** The smallest of 4, 8, 12, 20, 40, 80... at least {@code max}, so that quarter lines are whole numbers. */
    static int niceTop(int max) {
        int top = 4;
        while (top < max) {
            top = top < 12 ? top + 4 : top < 20 ? 20 : top * 2;
        }
        return top;
    }
}
