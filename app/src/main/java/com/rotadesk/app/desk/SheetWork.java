package com.rotadesk.app.desk;

import com.rotadesk.app.sheets.DateRange;
import com.rotadesk.app.sheets.DayRangeExport;
import com.rotadesk.app.sheets.DaySheets;
import com.rotadesk.app.sheets.SheetExportException;
import com.rotadesk.app.sheets.SheetExporter;
import com.rotadesk.app.sheets.SheetFormat;
import com.rotadesk.app.sheets.SheetKind;
import com.rotadesk.app.sheets.SheetOptions;
import com.rotadesk.app.sheets.SheetPages;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The desk's sheet work, off the FX thread and off the store's thread: previews are drawn and date ranges exported
 * on a thread of their own, so neither the window nor a check-in waits on a PDF. The store's thread only replays
 * the days.
 */
final class SheetWork {
    /** The preview's resolution: sharp on a desk screen, and a page is a few megabytes, not thirty. */
    static final float PREVIEW_DPI = 110f;

    private final DeskService service;
    private final SheetExporter exporter = SheetExporter.standard();
    /** One thread that ends when idle: the desk is rebuilt on a language switch and must not pile threads up. */
    private final ThreadPoolExecutor thread = new ThreadPoolExecutor(1, 1, 20, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "rotadesk-sheets");
                t.setDaemon(true);
                return t;
            });

    SheetWork(DeskService service) {
        this.service = service;
        thread.allowCoreThreadTimeOut(true);
    }

    /**
     * A day's chosen sheets as they print: their PDFs and the pages drawn for the screen.
     *
     * @param day   the sheets' data (from {@link DeskService#sheetsAt}), kept by the caller for the next choice
     */
    CompletableFuture<Preview> preview(CompletableFuture<DaySheets> day, List<SheetKind> kinds, SheetOptions options) {
        return day.thenApplyAsync(sheets -> {
            List<SheetPages> pages = new ArrayList<>();
            List<Image> images = new ArrayList<>();
            try {
                for (SheetKind kind : kinds) {
                    SheetPages p = exporter.pages(sheets, kind, options);
                    pages.add(p);
                    for (var page : p.render(PREVIEW_DPI)) {
                        images.add(SwingFXUtils.toFXImage(page, null));
                    }
                }
            } catch (SheetExportException e) {
                throw new CompletionException(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Preview(sheets.date(), kinds, pages, images);
        }, thread);
    }

    /** Every day of the range with records, into the folder, the same files as {@code rotadesk export}. */
    CompletableFuture<DayRangeExport.Result> export(DateRange range, Set<LocalDate> withData, Path folder,
            Set<SheetFormat> formats, SheetOptions options, DayRangeExport.Progress progress) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                // each day is replayed on the store's thread, one at a time, so check-ins go in between days
                return new DayRangeExport(exporter).export(range, withData, d -> service.sheetsAt(d).join(), folder,
                        formats, options, progress);
            } catch (SheetExportException e) {
                throw new CompletionException(e);
            }
        }, thread);
    }

    /** The thread printing draws its pages on. */
    Executor thread() {
        return thread;
    }

    /**
     * What the sheets dialog shows and prints.
     *
     * @param day    the day
     * @param kinds  the sheets chosen, in print order
     * @param sheets each sheet's PDF
     * @param images every page of them, in order, drawn at {@link #PREVIEW_DPI}
     */
    record Preview(LocalDate day, List<SheetKind> kinds, List<SheetPages> sheets, List<Image> images) {
        Preview {
            kinds = List.copyOf(kinds);
            sheets = List.copyOf(sheets);
            images = List.copyOf(images);
        }
    }
}
