package com.rotadesk.app.sheets;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One sheet as the office files it: the very PDF the exporter writes, and that PDF's pages as images. The desk's
 * preview and its printout are drawn from these images, so what is previewed, printed and filed is one document.
 */
public final class SheetPages {
    private final SheetDocument document;
    private final byte[] pdf;
    private final int count;

    private SheetPages(SheetDocument document, byte[] pdf, int count) {
        this.document = document;
        this.pdf = pdf;
        this.count = count;
    }

    /** Writes the document's PDF with this writer and counts its pages. */
    static SheetPages of(SheetDocument document, PdfSheetWriter writer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(document, out);
        byte[] bytes = out.toByteArray();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            return new SheetPages(Objects.requireNonNull(document), bytes, pdf.getNumberOfPages());
        }
    }

    /** The sheet laid out in words (its kind, title and day). */
    public SheetDocument document() {
        return document;
    }

    /** How many pages the sheet prints on. */
    public int count() {
        return count;
    }

    /** Whether the pages are A4 landscape. */
    public boolean landscape() {
        return document.landscape();
    }

    /** The PDF's bytes (a copy). */
    public byte[] pdf() {
        return pdf.clone();
    }

    /** Every page as an image at {@code dpi} (the preview). */
    public List<BufferedImage> render(float dpi) throws IOException {
        List<BufferedImage> pages = new ArrayList<>(count);
        render(dpi, (index, image) -> pages.add(image));
        return pages;
    }

    /**
     * Every page at {@code dpi}, one at a time, handed over as soon as it is drawn: at printer resolution an A4
     * page is some 35 MB, so a long register is never held in memory whole.
     */
    public void render(float dpi, PageSink sink) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                sink.page(i, renderer.renderImageWithDPI(i, dpi, ImageType.RGB));
            }
        }
    }

    /** Receives the pages as they are drawn. */
    @FunctionalInterface
    public interface PageSink {
        /** One page (index from 0). */
        void page(int index, BufferedImage image) throws IOException;
    }
}
