package com.rotadesk.app.desk;

import javafx.print.PrinterJob;
import javafx.stage.Window;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The desk's daily sheets: the sheets dialog with its preview and printing (Ctrl+P) and the range export (Ctrl+E),
 * sharing one exporter, one drawing thread and the last export folder.
 */
final class SheetsDesk {
    private final Texts t;
    private final Window owner;
    private final DeskService service;
    private final SheetWork work;
    private final SheetPrinter printer;
    private Path lastFolder;
    private SheetsDialog sheets;
    private ExportDialog export;

    SheetsDesk(Texts t, Window owner, DeskService service) {
        this.t = t;
        this.owner = owner;
        this.service = service;
        this.work = new SheetWork(service);
        this.printer = new SheetPrinter(PrinterJob::createPrinterJob, work.thread());
        Path home = Path.of(System.getProperty("user.home"));
        Path documents = home.resolve("Documents");
        this.lastFolder = Files.isDirectory(documents) ? documents : home;
    }

    /** The sheets dialog on today's rotation sheet; a second Ctrl+P brings the open one to the front. */
    SheetsDialog open() {
        if (sheets != null && sheets.stage().isShowing()) {
            sheets.stage().toFront();
            return sheets;
        }
        sheets = new SheetsDialog(owner, t, service, work, printer, day -> {
            LocalDate d = day == null ? today() : day;
            export(d, d);
        }).show(today());
        return sheets;
    }

    /** The export dialog with the range filled in (one at a time: an export in progress is brought forward). */
    ExportDialog export(LocalDate from, LocalDate to) {
        if (export != null && export.stage().isShowing()) {
            export.stage().toFront();
            return export;
        }
        export = new ExportDialog(owner, t, service, work, lastFolder, dir -> lastFolder = dir).show(from, to);
        return export;
    }

    /** The export dialog on today. */
    ExportDialog exportToday() {
        return export(today(), today());
    }

    private LocalDate today() {
        return service.now().toLocalDate();
    }

    /** The sheets' own styles, beside the desk's theme. */
    static String stylesheet() {
        return SheetsDesk.class.getResource("sheets.css").toExternalForm();
    }
}
