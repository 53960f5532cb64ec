package com.rotadesk.app.sheets;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Pages of one PDF filled top to bottom: a cursor, a content stream, a new page when the next piece won't fit. */
final class PdfPageFlow implements AutoCloseable {
    static final float MARGIN = 32;
    /** Room kept at the bottom for the footer. */
    static final float FOOTER = 18;
    private final PDDocument doc;
    private final PDRectangle size;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream stream;
    private float y;

    PdfPageFlow(PDDocument doc, PDRectangle size) throws IOException {
        this.doc = doc;
        this.size = size;
        newPage();
    }

    void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(size);
        doc.addPage(page);
        pages.add(page);
        stream = new PDPageContentStream(doc, page);
        y = size.getHeight() - MARGIN;
    }

    /** Starts a new page unless {@code height} points fit above the footer. */
    void ensure(float height) throws IOException {
        if (!fits(height)) {
            newPage();
        }
    }

    boolean fits(float height) {
        return y - height >= MARGIN + FOOTER;
    }

    /** True when nothing has been drawn on the current page yet. */
    boolean atTop() {
        return y >= size.getHeight() - MARGIN;
    }

    float y() {
        return y;
    }

    void down(float points) {
        y -= points;
    }

    float left() {
        return MARGIN;
    }

    float width() {
        return size.getWidth() - 2 * MARGIN;
    }

    PDPageContentStream stream() {
        return stream;
    }

    PDRectangle size() {
        return size;
    }

    List<PDPage> pages() {
        return pages;
    }

    /** Draws already safe text with its baseline at {@code baseline}. */
    void text(PdfFont font, float fontSize, float x, float baseline, String safeText) throws IOException {
        if (safeText.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setFont(font.pdf(), fontSize);
        stream.newLineAtOffset(x, baseline);
        stream.showText(safeText);
        stream.endText();
    }

    @Override
    public void close() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }
}
