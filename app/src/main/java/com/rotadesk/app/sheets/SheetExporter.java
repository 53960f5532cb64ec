package com.rotadesk.app.sheets;

import com.rotadesk.model.engine.OfficeEngine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Writes one day's sheets into a folder: {@code 2026-11-23-rotation.pdf}, {@code -visits}, {@code -calls},
 * {@code -summary} as PDF and CSV (one file per sheet) and {@code 2026-11-23.xlsx} (one worksheet per sheet),
 * for the chosen formats. All files are written before any is put in place (see {@link AtomicFiles}).
 */
public final class SheetExporter {
    private final SheetLayouts layouts;
    private final PdfSheetWriter pdf;
    private final XlsxSheetWriter xlsx;
    private final CsvSheetWriter csv;

    /** An exporter with these parts. */
    public SheetExporter(SheetLayouts layouts, PdfSheetWriter pdf, XlsxSheetWriter xlsx, CsvSheetWriter csv) {
        this.layouts = layouts;
        this.pdf = pdf;
        this.xlsx = xlsx;
        this.csv = csv;
    }

    /** The usual exporter with the bundled fonts; keep one per application, it caches the font files. */
    public static SheetExporter standard() {
        return new SheetExporter(new SheetLayouts(), new PdfSheetWriter(new PdfFonts()), new XlsxSheetWriter(),
                new CsvSheetWriter());
    }

    /**
     * Exports the engine's current day (replay the journal to the end of the day wanted first).
     *
     * @return the files written, in order
     */
    public List<Path> export(OfficeEngine engine, Path folder, Set<SheetFormat> formats, SheetOptions options)
            throws SheetExportException {
        Objects.requireNonNull(engine, "engine");
        if (engine.date() == null) {
            throw new SheetExportException("No day to export: the journal has no day yet.");
        }
        DaySheets sheets;
        try {
            sheets = DaySheets.of(engine);
        } catch (RuntimeException e) {
            throw new SheetExportException("Could not build the sheets of " + engine.date() + ": " + e.getMessage(), e);
        }
        return export(sheets, folder, formats, options);
    }

    /** Exports sheets already built. */
    public List<Path> export(DaySheets sheets, Path folder, Set<SheetFormat> formats, SheetOptions options)
            throws SheetExportException {
        Objects.requireNonNull(sheets, "sheets");
        Objects.requireNonNull(options, "options");
        if (formats.isEmpty()) {
            throw new SheetExportException("No format chosen: pick PDF, XLSX or CSV.");
        }
        checkFolder(folder);
        LocalDate date = sheets.date();
        List<SheetDocument> docs = layouts.layout(sheets, options);
        String current = "";
        try (AtomicFiles files = new AtomicFiles(folder)) {
            for (SheetDocument doc : docs) {
                if (formats.contains(SheetFormat.PDF)) {
                    current = name(date, doc, "pdf");
                    files.stage(current, out -> pdf.write(doc, out));
                }
                if (formats.contains(SheetFormat.CSV)) {
                    current = name(date, doc, "csv");
                    files.stage(current, out -> csv.write(doc, out));
                }
            }
            if (formats.contains(SheetFormat.XLSX)) {
                current = date + ".xlsx";
                files.stage(current, out -> xlsx.write(docs, out));
            }
            current = "";
            return files.commit();
        } catch (IOException | UncheckedIOException e) {
            String what = current.isEmpty() ? "the sheets of " + date : current;
            throw new SheetExportException("Could not write " + what + " to " + folder + ": " + reason(e)
                    + ". No sheet file was changed.", e);
        } catch (RuntimeException e) {
            throw new SheetExportException("Could not produce " + current + " for " + date + ": " + reason(e), e);
        }
    }

    /**
     * One sheet's PDF, written exactly as {@link #export} writes it, with its pages ready to draw (preview, print).
     */
    public SheetPages pages(DaySheets sheets, SheetKind kind, SheetOptions options) throws SheetExportException {
        Objects.requireNonNull(sheets, "sheets");
        SheetDocument doc = layouts.layout(sheets, options).stream().filter(d -> d.kind() == kind).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no sheet " + kind));
        try {
            return SheetPages.of(doc, pdf);
        } catch (IOException | RuntimeException e) {
            throw new SheetExportException("Could not produce the " + kind.suffix() + " sheet of " + sheets.date() + ": "
                    + reason(e), e);
        }
    }

    /** {@code 2026-11-23-rotation.pdf}. */
    static String name(LocalDate date, SheetDocument doc, String extension) {
        return date + "-" + doc.kind().suffix() + "." + extension;
    }

    private static void checkFolder(Path folder) throws SheetExportException {
        Objects.requireNonNull(folder, "folder");
        if (!Files.isDirectory(folder)) {
            throw new SheetExportException("The export folder " + folder + " does not exist or is not a folder.");
        }
        if (!Files.isWritable(folder)) {
            throw new SheetExportException("The export folder " + folder + " is not writable.");
        }
    }

    private static String reason(Throwable e) {
        Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : t.getClass().getSimpleName() + ": " + m;
    }
}
