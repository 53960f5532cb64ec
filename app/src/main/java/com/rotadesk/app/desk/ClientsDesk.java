package com.rotadesk.app.desk;

import com.rotadesk.app.clients.ClientOffice;
import com.rotadesk.app.clients.ClientTimeline;
import com.rotadesk.app.clients.ClientWords;
import com.rotadesk.app.sheets.PdfFonts;
import com.rotadesk.app.sheets.TimelineSheet;
import com.rotadesk.model.Action;
import javafx.print.PrinterJob;
import javafx.stage.Window;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The manager's office at the desk (Office → Clients, Ctrl+K): the clients window, a client's timeline, transfers
 * and the import of an old register. Everything the store answers or confirms runs on the desk's store thread
 * ({@link DeskService#withStore}); printing and the dispute record's PDF on a thread of their own.
 */
final class ClientsDesk {
    private final Texts t;
    private final ClientWords words;
    private final Window owner;
    private final DeskService service;
    private final Consumer<BoardSnapshot> update;
    /** Draws and prints the dispute records, never on the FX thread or the store's. */
    private final Executor drawing = Executors.newSingleThreadExecutor(r -> {
        Thread th = new Thread(r, "rotadesk-records");
        th.setDaemon(true);
        return th;
    });
    private TimelineSheet records;
    private SheetPrinter printer;
    private ClientsWindow window;

    ClientsDesk(Texts t, Window owner, DeskService service, Consumer<BoardSnapshot> update) {
        this.t = t;
        this.words = new ClientWords(t.locale());
        this.owner = owner;
        this.service = service;
        this.update = update;
    }

    /** The clients window (one at a time: a second Ctrl+K brings it to the front). */
    ClientsWindow open() {
        if (window != null && window.stage().isShowing()) {
            window.stage().toFront();
            window.focusSearch();
            return window;
        }
        window = new ClientsWindow(this);
        window.show();
        return window;
    }

    /** Office → Import old register, Ctrl+I in the clients window: the import over {@code over}. */
    ImportDialog openImport(Window over) {
        return new ImportDialog(this, over, this::registerChanged).show();
    }

    /**
     * Office → A consultant leaving, or the clients window's button: every protected client of a consultant
     * ({@code leaving} preselected, or null) to others or the pool; {@code said} gets what was done.
     */
    TransferDialog transferAll(Window over, String leaving, Consumer<String> said) {
        return TransferDialog.forConsultant(this, over, leaving, s -> {
            registerChanged();
            said.accept(s);
        }).show();
    }

    /** The clients window, if open, reads the register again (an import or a transfer changed it). */
    private void registerChanged() {
        if (window != null && window.stage().isShowing()) {
            window.look();
        }
    }

    Texts texts() {
        return t;
    }

    ClientWords words() {
        return words;
    }

    Window owner() {
        return owner;
    }

    DeskService service() {
        return service;
    }

    /** Asks the manager's office, on the store's thread. */
    <T> CompletableFuture<T> ask(Function<ClientOffice, T> question) {
        return service.withStore(store -> question.apply(new ClientOffice(store)));
    }

    /** Confirms actions (transfers), then shows the board the store answers with. */
    CompletableFuture<BoardSnapshot> submit(List<Action> actions) {
        return service.submit(actions.toArray(Action[]::new));
    }

    /** The board after something the manager's office changed, on the main window. */
    void boardChanged(BoardSnapshot s) {
        update.accept(s);
    }

    /** The board as the store has it now (after an import), on the main window. */
    void refreshBoard() {
        service.snapshot().thenAccept(s -> javafx.application.Platform.runLater(() -> update.accept(s)));
    }

    /** A failure in the manager's words, as the desk says any. */
    String describe(Throwable failure) {
        Throwable cause = failure instanceof java.util.concurrent.CompletionException c && c.getCause() != null
                ? c.getCause() : failure;
        if (cause instanceof com.rotadesk.app.clients.RegisterFileException r) {
            return words.problem(r);
        }
        if (cause instanceof com.rotadesk.app.sheets.SheetExportException s) {
            return words.get("record.failed", s.getCause() == null || s.getCause().getMessage() == null
                    ? s.getMessage() : s.getCause().getMessage());
        }
        return Feedback.describe(t, cause, service.folder());
    }

    /** The timeline window of a client, over {@code over}. */
    TimelineWindow timeline(Window over, String phone) {
        TimelineWindow w = new TimelineWindow(this, over, phone);
        w.show();
        return w;
    }

    /** The record printer and its PDF maker, made at first use (their fonts are 20 MB). */
    synchronized TimelineSheet records() {
        if (records == null) {
            records = new TimelineSheet(new PdfFonts());
        }
        return records;
    }

    synchronized SheetPrinter printer() {
        if (printer == null) {
            printer = new SheetPrinter(PrinterJob::createPrinterJob, drawing);
        }
        return printer;
    }

    /** Where the dispute records are drawn. */
    Executor drawing() {
        return drawing;
    }

    /** The timeline of a client, read on the store's thread. */
    CompletableFuture<ClientTimeline> readTimeline(String phone) {
        java.time.LocalDateTime now = service.now();
        return ask(office -> office.timeline(phone, now));
    }
}
