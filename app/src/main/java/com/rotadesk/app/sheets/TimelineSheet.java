package com.rotadesk.app.sheets;

import com.rotadesk.app.clients.ClientTimeline;
import com.rotadesk.app.clients.ClientWords;
import com.rotadesk.app.sheets.SheetDocument.Cell;
import com.rotadesk.app.sheets.SheetDocument.Column;
import com.rotadesk.app.sheets.SheetDocument.Fit;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A client's timeline as the one-page dispute record the manager prints and signs (R30): the client and where it
 * stands, every line with its time, consultant, rule and journal entry, and the chain's anchor at the end of the
 * newest day shown, in the header and on every page's footer, so the signed paper can be checked with
 * {@code verify --head}. A long record runs on to more pages.
 */
public final class TimelineSheet {
    private final PdfSheetWriter pdf;

    /** A record printed with these fonts (keep one per application: it caches the font files). */
    public TimelineSheet(PdfFonts fonts) {
        this.pdf = new PdfSheetWriter(fonts);
    }

    /** The record laid out in words. */
    public SheetDocument layout(ClientTimeline t, Locale locale, boolean fullPhones) {
        ClientWords w = new ClientWords(locale);
        String name = t.client() == null ? "" : w.name(t.client().name());
        List<String> header = new ArrayList<>();
        header.add(w.get("timeline.client", name, w.phone(t.phone(), fullPhones)));
        String owner = t.standing() == null || t.standing().owner() == null ? "" : t.standing().owner() + " · ";
        header.add(w.get("timeline.standing", owner + (t.client() == null ? w.get("status.unknown")
                : w.standing(t.standing()))));
        if (t.client() != null && t.client().registered() != null) {
            header.add(w.get("timeline.registered", w.day(t.client().registered()))
                    + (t.client().imported() ? " " + w.get("timeline.imported") : ""));
        }
        if (t.anchor() != null) {
            header.add(w.get("timeline.anchor", t.anchor(), w.day(t.lastDay())));
        }
        header.add(w.get("timeline.printed", w.minute(t.now())));
        List<Column> columns = List.of(new Column(w.get("timeline.col.at"), Fit.CENTER),
                new Column(w.get("timeline.col.what"), Fit.AUTO), new Column(w.get("timeline.col.consultant"), Fit.AUTO),
                new Column(w.get("timeline.col.rule"), Fit.FILL), new Column(w.get("timeline.col.entry"), Fit.CENTER));
        List<List<Cell>> rows = new ArrayList<>();
        for (ClientTimeline.Line l : t.lines()) {
            String detail = w.detail(l, t.client() == null ? null : t.client().name(), fullPhones);
            rows.add(List.of(SheetDocument.text(w.minute(l.at())),
                    SheetDocument.text(w.kind(l.kind()) + (detail.isEmpty() ? "" : " · " + detail)),
                    SheetDocument.text(l.consultant()), SheetDocument.text(w.rules(l)),
                    SheetDocument.text(w.entry(l))));
        }
        List<SheetDocument.Part> parts = new ArrayList<>();
        parts.add(new SheetDocument.Table("", columns, rows, 1));
        if (rows.isEmpty()) {
            parts.add(new SheetDocument.Text(w.get("timeline.empty")));
        }
        String footer = t.anchor() == null ? w.get("timeline.footerNoAnchor", "", "{0}", "{1}")
                : w.get("timeline.footer", t.anchor(), "{0}", "{1}");
        LocalDate date = t.lastDay() != null ? t.lastDay() : t.now().toLocalDate();
        return new SheetDocument(SheetKind.TIMELINE, w.get("timeline.title"), date, header, false, parts,
                w.get("timeline.signature"), footer);
    }

    /** The record's PDF with its pages ready to draw (the window's preview and print). */
    public SheetPages pages(ClientTimeline t, Locale locale, boolean fullPhones) throws SheetExportException {
        try {
            return SheetPages.of(layout(t, locale, fullPhones), pdf);
        } catch (IOException | RuntimeException e) {
            throw new SheetExportException("Could not produce the client record: " + e.getMessage(), e);
        }
    }

    /** Writes the record's PDF to {@code file}, whole or not at all. */
    public void write(ClientTimeline t, Locale locale, boolean fullPhones, Path file) throws SheetExportException {
        SheetDocument doc = layout(t, locale, fullPhones);
        try {
            com.rotadesk.app.clients.AtomicWrite.write(file, out -> pdf.write(doc, out));
        } catch (IOException | RuntimeException e) {
            throw new SheetExportException("Could not write " + file + ": " + (e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
    }
}
