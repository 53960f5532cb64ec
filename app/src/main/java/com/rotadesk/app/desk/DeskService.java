package com.rotadesk.app.desk;

import com.rotadesk.model.Action;
import com.rotadesk.model.Event;
import com.rotadesk.model.Visit;
import com.rotadesk.persistence.OfficeStore;
import com.rotadesk.persistence.PhoneMatch;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The desk's single door to the store: every call runs on one background thread, so the FX thread never
 * waits on the database, and actions are confirmed one at a time in the order they were made.
 */
public final class DeskService implements AutoCloseable {
    private final OfficeStore store;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "rotadesk-store");
        t.setDaemon(true);
        return t;
    });

    /** Wraps an open store. */
    public DeskService(OfficeStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Now, to the minute (the desk's times are minutes). */
    public LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    /** The board as it stands. */
    public CompletableFuture<BoardSnapshot> snapshot() {
        return CompletableFuture.supplyAsync(() -> BoardSnapshot.of(store.engine()), worker);
    }

    /** Confirms actions in order, then returns the board. */
    public CompletableFuture<BoardSnapshot> submit(Action... actions) {
        return CompletableFuture.supplyAsync(() -> {
            for (Action a : actions) {
                store.submit(a);
            }
            return BoardSnapshot.of(store.engine());
        }, worker);
    }

    /** An action confirmed: the events it caused and the board afterwards. */
    public record Confirmed(List<Event> events, BoardSnapshot board) {
        /** Copies the events. */
        public Confirmed {
            events = List.copyOf(events);
        }
    }

    /** Confirms one action and answers with what it caused, for a dialog that says what happened next. */
    public CompletableFuture<Confirmed> confirm(Action action) {
        return CompletableFuture.supplyAsync(() -> {
            List<Event> events = store.submit(action);
            return new Confirmed(events, BoardSnapshot.of(store.engine()));
        }, worker);
    }

    /**
     * The events an action would cause now, without confirming it (a refusal fails the future with the engine's
     * reason): what the correction dialog shows before Enter.
     */
    public CompletableFuture<List<Event>> decide(Action action) {
        return CompletableFuture.supplyAsync(() -> store.engine().decide(action), worker);
    }

    /** Tries a check-in without keeping it. */
    public CompletableFuture<Visit> trial(Action.CheckIn checkIn) {
        return CompletableFuture.supplyAsync(() -> store.engine().trial(checkIn), worker);
    }

    /** Tries receiving a waiting visitor without keeping it. */
    public CompletableFuture<Visit> trial(Action.Assign assign) {
        return CompletableFuture.supplyAsync(() -> store.engine().trial(assign), worker);
    }

    /** Clients whose phone matches what was typed. */
    public CompletableFuture<List<PhoneMatch>> lookup(String digits) {
        LocalDateTime now = now();
        return CompletableFuture.supplyAsync(() -> store.lookup(digits, now, 6), worker);
    }

    /** The client's registered name for a phone, or null. */
    public CompletableFuture<String> clientName(String phone) {
        return CompletableFuture.supplyAsync(() -> {
            var c = store.engine().client(phone);
            return c == null ? null : c.name();
        }, worker);
    }

    /** True on the very first run. */
    public CompletableFuture<Boolean> isEmpty() {
        return CompletableFuture.supplyAsync(store::isEmpty, worker);
    }

    /** The daily backup and the retention setting, in the background. */
    public void backupIfDue() {
        worker.execute(() -> {
            try {
                store.applyRetention(now());
                store.backupIfDue();
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(DeskService.class).warn("daily backup failed", e);
            }
        });
    }

    /** The office as set up (null before). */
    public CompletableFuture<com.rotadesk.model.OfficeProfile> profile() {
        return CompletableFuture.supplyAsync(() -> store.engine().profile(), worker);
    }

    /** The policy in force. */
    public CompletableFuture<com.rotadesk.model.Policy> policy() {
        return CompletableFuture.supplyAsync(() -> store.engine().policy(), worker);
    }

    /** The days the journal holds, oldest first (the calendar marks them). */
    public CompletableFuture<List<java.time.LocalDate>> days() {
        return CompletableFuture.supplyAsync(store::days, worker);
    }

    /**
     * A day's sheets: today's from the board's engine, a past day's replayed from that day's opening (slow on a
     * long history; the store's thread does it, never the FX thread). Only the building of the sheets' data runs
     * here; laying out and drawing them is left to the caller's thread, so check-ins are not held up by a PDF.
     */
    public CompletableFuture<com.rotadesk.app.sheets.DaySheets> sheetsAt(java.time.LocalDate day) {
        return CompletableFuture.supplyAsync(() -> com.rotadesk.app.sheets.DaySheets.of(
                day.equals(store.engine().date()) ? store.engine() : store.engineAt(day), store.anchorAt(day).text()),
                worker);
    }

    /**
     * The recorded days of a range (the month in review, the simulator), read on the store's thread; the caller
     * replays them on its own thread. Ask a week or so at a time, so that check-ins go in between.
     */
    public CompletableFuture<List<com.rotadesk.model.review.RecordedDay>> recordedDays(java.time.LocalDate from,
            java.time.LocalDate to) {
        return CompletableFuture.supplyAsync(() -> store.recordedDays(from, to), worker);
    }

    /** Erases a visitor's name and phone (PIPL), then returns the board (today's names may have changed). */
    public CompletableFuture<BoardSnapshot> erase(String phone) {
        return CompletableFuture.supplyAsync(() -> {
            store.erase(phone, now());
            return BoardSnapshot.of(store.engine());
        }, worker);
    }

    /** The retention setting in months (0: off). */
    public CompletableFuture<Integer> retentionMonths() {
        return CompletableFuture.supplyAsync(store::retentionMonths, worker);
    }

    /** Sets the retention and applies it at once; returns how many visitors it erased. */
    public CompletableFuture<Integer> setRetentionMonths(int months) {
        return CompletableFuture.supplyAsync(() -> {
            store.setRetentionMonths(months, now());
            return store.applyRetention(now());
        }, worker);
    }

    /** The store's data folder. */
    public java.nio.file.Path folder() {
        return store.folder();
    }

    @Override
    public synchronized void close() {
        if (worker.isShutdown()) {
            return;
        }
        worker.shutdown();
        try {
            worker.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        store.close();
    }
}
