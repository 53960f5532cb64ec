package com.rotadesk.app.sheets;

import com.rotadesk.model.review.Review;
import com.rotadesk.model.review.Simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The reports of a date range, laid out and written: the month in review ({@code review-2026-11-01_2026-11-30})
 * and a policy simulation ({@code simulation-…}) as print-ready A4 PDF, a workbook with real numbers, and CSV, with
 * the daily sheets' font, tables and charts. All files of a report appear whole or not at all.
 */
public final class RangeReports {
    private final PdfSheetWriter pdf;
    private final XlsxSheetWriter xlsx;
    private final CsvSheetWriter csv;

    /** Reports written by these writers. */
    public RangeReports(PdfSheetWriter pdf, XlsxSheetWriter xlsx, CsvSheetWriter csv) {
        this.pdf = pdf;
        this.xlsx = xlsx;
        this.csv = csv;
    }

    /** The usual writers with the bundled fonts; keep one per application, it caches the font files. */
    public static RangeReports standard() {
        return new RangeReports(new PdfSheetWriter(new PdfFonts()), new XlsxSheetWriter(), new CsvSheetWriter());
    }

    /** The month in review as a document in the options' language. */
    public SheetDocument review(Review review, String office, SheetOptions options) {
        return new ReviewLayout(new SheetWords(options)).layout(review, Objects.requireNonNullElse(office, ""));
    }

    /** A simulation as a document; {@code refusals} words why an action was left out. */
    public SheetDocument simulation(Simulation simulation, String office, SheetOptions options, RefusalWords refusals) {
        return new SimulationLayout(new SheetWords(options), refusals).layout(simulation,
                Objects.requireNonNullElse(office, ""));
    }

    /** The file name without extension: {@code review-2026-11-01_2026-11-30}. */
    public static String name(SheetKind kind, java.time.LocalDate from, java.time.LocalDate to) {
        return kind.suffix() + "-" + from + "_" + to;
    }

    /**
     * Writes the document in each format into the folder ({@code NAME.pdf}, {@code NAME.xlsx}, {@code NAME.csv}).
     *
     * @return the files written, in order
     */
    public List<Path> write(SheetDocument doc, String name, Path folder, Set<SheetFormat> formats)
            throws SheetExportException {
        if (formats.isEmpty()) {
            throw new SheetExportException("No format chosen: pick PDF, XLSX or CSV.");
        }
        if (!Files.isDirectory(folder) || !Files.isWritable(folder)) {
            throw new SheetExportException("The folder " + folder + " does not exist or is not writable.");
        }
        String current = "";
        try (AtomicFiles files = new AtomicFiles(folder)) {
            if (formats.contains(SheetFormat.PDF)) {
                current = name + ".pdf";
                files.stage(current, out -> pdf.write(doc, out));
            }
            if (formats.contains(SheetFormat.XLSX)) {
                current = name + ".xlsx";
                files.stage(current, out -> xlsx.write(List.of(doc), out));
            }
            if (formats.contains(SheetFormat.CSV)) {
                current = name + ".csv";
                files.stage(current, out -> csv.write(doc, out));
            }
            return files.commit();
        } catch (IOException | UncheckedIOException e) {
            Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
            throw new SheetExportException("Could not write " + current + " to " + folder + ": " + t.getMessage()
                    + ". No file was changed.", e);
        }
    }

    /** The document's PDF with its pages ready to draw (a preview). */
    public SheetPages pages(SheetDocument doc) throws SheetExportException {
        try {
            return SheetPages.of(doc, pdf);
        } catch (IOException | RuntimeException e) {
            throw new SheetExportException("Could not produce " + doc.title() + ": " + e.getMessage(), e);
        }
    }
}
