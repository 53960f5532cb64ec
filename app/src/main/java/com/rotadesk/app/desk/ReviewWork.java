package com.rotadesk.app.desk;

import com.rotadesk.app.sheets.DateRange;
import com.rotadesk.app.sheets.RangeReports;
import com.rotadesk.app.sheets.RangeWork;
import com.rotadesk.app.sheets.SheetDocument;
import com.rotadesk.app.sheets.SheetExportException;
import com.rotadesk.app.sheets.SheetFormat;
import com.rotadesk.model.review.PolicyChange;
import com.rotadesk.model.review.Review;
import com.rotadesk.model.review.Simulation;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The month in review and the simulator at the desk, off the FX thread and off the store's: the store's thread only
 * reads a week of days at a time (so check-ins go in between), this thread replays them, counts, lays out and
 * writes the reports.
 */
final class ReviewWork {
    private final DeskService service;
    private final RangeReports reports = RangeReports.standard();
    /** One thread that ends when idle, like the sheets' own. */
    private final ThreadPoolExecutor thread = new ThreadPoolExecutor(1, 1, 20, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "rotadesk-review");
                t.setDaemon(true);
                return t;
            });

    ReviewWork(DeskService service) {
        this.service = service;
        thread.allowCoreThreadTimeOut(true);
    }

    /** The month in review of the range; empty when cancelled. */
    CompletableFuture<Optional<Review>> review(DateRange range, RangeWork.Progress progress) {
        return CompletableFuture.supplyAsync(() -> RangeWork.review(range, this::days, progress), thread);
    }

    /** The simulation of the range under the change; empty when cancelled. Nothing is journaled. */
    CompletableFuture<Optional<Simulation>> simulate(DateRange range, PolicyChange change, RangeWork.Progress progress) {
        return CompletableFuture.supplyAsync(() -> RangeWork.simulate(range, change, this::days, progress), thread);
    }

    private List<com.rotadesk.model.review.RecordedDay> days(java.time.LocalDate from, java.time.LocalDate to) {
        return service.recordedDays(from, to).join();
    }

    /** Lays out a report and writes it in the formats chosen; returns the files written. */
    CompletableFuture<List<Path>> export(Supplier<SheetDocument> doc, String name, Path folder,
            Set<SheetFormat> formats) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return reports.write(doc.get(), name, folder, formats);
            } catch (SheetExportException e) {
                throw new CompletionException(e);
            }
        }, thread);
    }

    /** The reports' layouts and writers. */
    RangeReports reports() {
        return reports;
    }
}
