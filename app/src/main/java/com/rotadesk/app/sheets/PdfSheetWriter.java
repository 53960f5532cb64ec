package com.rotadesk.app.sheets;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.GregorianCalendar;
import java.util.List;

/**
 * Writes one sheet as a print-ready A4 PDF (landscape when its columns need it) with the bundled CJK font
 * embedded as a subset. Document dates come from the sheet's day, not the clock, so a day always prints the same.
 */
public final class PdfSheetWriter {
    /** The office's time zone for the PDF dates: sales offices are on China time. */
    private static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Shanghai");
    private static final float TITLE = 16f;
    private static final float BODY = 9f;
    private final PdfFonts fonts;

    /** A writer embedding these fonts. */
    public PdfSheetWriter(PdfFonts fonts) {
        this.fonts = fonts;
    }

    /** Writes the document; the stream is not closed. */
    public void write(SheetDocument doc, OutputStream out) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            info(pdf, doc);
            PdfFont regular = new PdfFont(pdf, fonts.regular());
            PdfFont bold = new PdfFont(pdf, fonts.bold());
            PDRectangle size = doc.landscape() ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth())
                    : PDRectangle.A4;
            try (PdfPageFlow flow = new PdfPageFlow(pdf, size)) {
                String title = bold.safe(doc.title());
                flow.text(bold, TITLE, flow.left() + (flow.width() - bold.width(title, TITLE)) / 2,
                        flow.y() - TITLE, title);
                flow.down(TITLE + 10);
                for (String line : doc.header()) {
                    flow.text(regular, BODY, flow.left(), flow.y() - BODY, regular.safe(line));
                    flow.down(BODY * 1.5f);
                }
                flow.down(6);
                PdfTableRenderer tables = new PdfTableRenderer(regular, bold);
                PdfBarChart charts = new PdfBarChart(regular, bold);
                PdfHeatMap heatMaps = new PdfHeatMap(regular, bold);
                for (SheetDocument.Part part : doc.parts()) {
                    switch (part) {
                        case SheetDocument.Table t -> tables.draw(flow, t);
                        case SheetDocument.Chart c -> charts.draw(flow, c);
                        case SheetDocument.HeatMap h -> heatMaps.draw(flow, h);
                        case SheetDocument.Text t -> paragraph(flow, regular, t.text());
                    }
                }
                if (!doc.signature().isEmpty()) {
                    flow.ensure(40);
                    flow.down(22);
                    flow.text(regular, 10f, flow.left(), flow.y() - 10f, regular.safe(doc.signature()));
                    flow.down(16);
                }
            }
            footers(pdf, regular, doc.footer());
            pdf.save(out);
        }
    }

    private static void paragraph(PdfPageFlow flow, PdfFont font, String text) throws IOException {
        for (String line : PdfTableRenderer.wrap(font, font.safe(text), flow.width(), BODY - 1)) {
            flow.ensure(BODY * 1.5f);
            flow.text(font, BODY - 1, flow.left(), flow.y() - BODY, line);
            flow.down(BODY * 1.4f);
        }
        flow.down(6);
    }

    /** "Page n of m" on every page, drawn once the page count is known. */
    private static void footers(PDDocument pdf, PdfFont font, String format) throws IOException {
        List<PDPage> pages = new java.util.ArrayList<>();
        pdf.getPages().forEach(pages::add);
        for (int i = 0; i < pages.size(); i++) {
            PDPage page = pages.get(i);
            String text = font.safe(format.replace("{0}", Integer.toString(i + 1))
                    .replace("{1}", Integer.toString(pages.size())));
            try (PDPageContentStream s = new PDPageContentStream(pdf, page, PDPageContentStream.AppendMode.APPEND,
                    true)) {
                float w = font.width(text, 7.5f);
                s.setNonStrokingColor(0.35f, 0.35f, 0.35f);
                s.beginText();
                s.setFont(font.pdf(), 7.5f);
                s.newLineAtOffset((page.getMediaBox().getWidth() - w) / 2, PdfPageFlow.MARGIN - 8);
                s.showText(text);
                s.endText();
            }
        }
    }

    private static void info(PDDocument pdf, SheetDocument doc) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(doc.title() + " " + doc.date());
        info.setCreator("RotaDesk");
        info.setProducer("RotaDesk");
        GregorianCalendar day = GregorianCalendar.from(doc.date().atStartOfDay(OFFICE_ZONE));
        info.setCreationDate(day);
        info.setModificationDate(day);
        // A fixed seed for the trailer /ID, which PDFBox otherwise derives from the clock.
        pdf.setDocumentId(doc.date().toEpochDay() * 10 + doc.kind().ordinal());
    }
}
