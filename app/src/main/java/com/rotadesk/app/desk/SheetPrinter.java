package com.rotadesk.app.desk;

import com.rotadesk.app.sheets.SheetPages;
import javafx.embed.swing.SwingFXUtils;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.PrintResolution;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Prints sheets through the system's print dialog, on A4: each page of the office's PDF is drawn at the printer's
 * resolution and printed as an image, so the paper is exactly the PDF that is filed. Only this class touches
 * {@link PrinterJob}; the drawing is {@link SheetPages}', tested without a printer.
 */
final class SheetPrinter {
    private static final Logger LOG = LoggerFactory.getLogger(SheetPrinter.class);
    /** Sharp on any office laser; more only makes the spool larger. */
    private static final int MAX_DPI = 300;
    private static final int MIN_DPI = 150;

    /** How a print ended. */
    enum Outcome {
        PRINTED, CANCELLED, NO_PRINTER, FAILED
    }

    private final Supplier<PrinterJob> jobs;
    private final Executor thread;

    /**
     * @param jobs   a new job for the default printer, or null when none is installed ({@code PrinterJob::createPrinterJob})
     * @param thread where the pages are drawn and sent (never the FX thread)
     */
    SheetPrinter(Supplier<PrinterJob> jobs, Executor thread) {
        this.jobs = jobs;
        this.thread = thread;
    }

    /**
     * Asks the system's print dialog (call on the FX thread), then prints every page in the background.
     *
     * @param progress told (page, pages) before each page is sent, on the printing thread
     */
    CompletableFuture<Outcome> print(List<SheetPages> sheets, Window owner, BiConsumer<Integer, Integer> progress) {
        PrinterJob job;
        try {
            job = jobs.get();
        } catch (RuntimeException e) {
            // a platform without a print system answers with an exception rather than null
            LOG.warn("no print system", e);
            return CompletableFuture.completedFuture(Outcome.NO_PRINTER);
        }
        if (job == null) {
            return CompletableFuture.completedFuture(Outcome.NO_PRINTER);
        }
        try {
            if (!job.showPrintDialog(owner)) {
                job.cancelJob();
                return CompletableFuture.completedFuture(Outcome.CANCELLED);
            }
        } catch (RuntimeException e) {
            LOG.warn("print dialog failed", e);
            job.cancelJob();
            return CompletableFuture.completedFuture(Outcome.FAILED);
        }
        return CompletableFuture.supplyAsync(() -> send(job, sheets, progress), thread).exceptionally(e -> {
            LOG.warn("printing failed", e);
            job.cancelJob();
            return Outcome.FAILED;
        });
    }

    private static Outcome send(PrinterJob job, List<SheetPages> sheets, BiConsumer<Integer, Integer> progress) {
        Printer printer = job.getPrinter();
        int dpi = dpi(job.getJobSettings().getPrintResolution());
        int total = sheets.stream().mapToInt(SheetPages::count).sum();
        int[] done = {0};
        try {
            for (SheetPages sheet : sheets) {
                PageLayout layout = printer.createPageLayout(Paper.A4,
                        sheet.landscape() ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
                        Printer.MarginType.HARDWARE_MINIMUM);
                sheet.render(dpi, (index, image) -> {
                    progress.accept(++done[0], total);
                    // the whole A4 page, margins included, scaled into what the printer can reach
                    ImageView page = new ImageView(SwingFXUtils.toFXImage(image, null));
                    page.setPreserveRatio(true);
                    page.setSmooth(true);
                    page.setFitWidth(layout.getPrintableWidth());
                    page.setFitHeight(layout.getPrintableHeight());
                    if (!job.printPage(layout, page)) {
                        throw new IOException("the printer refused page " + done[0] + ": " + job.getJobStatus());
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!job.endJob()) {
            throw new IllegalStateException("the print job did not end: " + job.getJobStatus());
        }
        return Outcome.PRINTED;
    }

    private static int dpi(PrintResolution r) {
        int asked = r == null ? MAX_DPI : Math.min(r.getFeedResolution(), r.getCrossFeedResolution());
        return Math.clamp(asked, MIN_DPI, MAX_DPI);
    }
}
