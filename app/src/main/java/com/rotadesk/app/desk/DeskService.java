package com.rotadesk.app.desk;

import com.rotadesk.model.Action;
import com.rotadesk.model.ActionRejectedException;
import com.rotadesk.model.Refusal;
import com.rotadesk.model.Event;
import com.rotadesk.model.Visit;
import com.rotadesk.model.engine.OfficeEngine;
import com.rotadesk.persistence.OfficeFollower;
import com.rotadesk.persistence.OfficeStore;
import com.rotadesk.persistence.PhoneMatch;
import com.rotadesk.persistence.StoreException;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The desk's single door to the store: every call runs on one background thread, so the FX thread never
 * waits on the database, and actions are confirmed one at a time in the order they were made. With an office on a
 * server (decision 0008) it also follows what the other desks write, tells who listens when the board changed, keeps
 * the last board while the server is away, and confirms a check-in only as the dialog showed it.
 */
public final class DeskService implements AutoCloseable {
    /** The store, open or still opening: calls wait for it on the store's thread, so the board is built meanwhile. */
    private final CompletableFuture<OfficeStore> opening;
    private final Clock clock;
    private final java.nio.file.Path localFolder;
    /** The latest answer of the rules per visit reference: what the dialog shows, and what a confirm must still be. */
    private final Map<String, Visit> shown = new ConcurrentHashMap<>();
    /** Told (on the store's thread) when entries from other desks changed the board. */
    private final List<Runnable> boardChanged = new CopyOnWriteArrayList<>();
    private volatile BoardSnapshot last;
    private long othersSeen;
    private OfficeFollower follower;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "rotadesk-store");
        t.setDaemon(true);
        return t;
    });

    /** Wraps an open store. */
    public DeskService(OfficeStore store, Clock clock) {
        this(CompletableFuture.completedFuture(store), clock, store.folder());
    }

    /** Wraps an open store; {@code localFolder} is the desk's own data folder (for an office on a server). */
    public DeskService(OfficeStore store, Clock clock, java.nio.file.Path localFolder) {
        this(CompletableFuture.completedFuture(store), clock, localFolder);
    }

    /**
     * Wraps a store that is still opening ({@code localFolder} as above): each call runs once it is open, in turn. Ask
     * nothing of the service before it opened but calls that answer later (the {@link CompletableFuture}s): the
     * others ({@link #shared()}, {@link #where()}...) wait for it.
     */
    public DeskService(CompletableFuture<OfficeStore> opening, Clock clock, java.nio.file.Path localFolder) {
        this.opening = opening;
        this.clock = clock;
        this.localFolder = localFolder;
    }

    /** The open store (waits until it is). */
    private OfficeStore store() {
        return opening.join();
    }

    /** What a desk hears about its server: the board changed, the server went away, or came back. */
    public interface ServerWatch {
        /** A new board, after entries other desks wrote. */
        void board(BoardSnapshot s);

        /** The server is away since {@code since}, or back ({@code since} null). */
        void server(LocalDateTime since);
    }

    /**
     * With an office on a server: follows it, so this desk applies what the others write (read by sequence number
     * after each wake-up) and tells {@code watch}; does nothing for a data folder.
     */
    public void follow(ServerWatch watch) {
        if (store().serverOffice() == null) {
            return;
        }
        follower = store().follow(new OfficeFollower.Listener() {
            @Override
            public void wake() {
                worker.execute(() -> {
                    try {
                        store().catchUp();
                        announce(watch);
                    } catch (RuntimeException e) {
                        org.slf4j.LoggerFactory.getLogger(DeskService.class).debug("catch-up failed", e);
                    }
                });
            }

            @Override
            public void away(StoreException why) {
                watch.server(now());
            }

            @Override
            public void back() {
                watch.server(null);
            }
        });
        this.watch = watch;
    }

    private ServerWatch watch;

    /** After any call on the store's thread: when other desks' entries arrived, the board and the dialogs hear it. */
    private void announce(ServerWatch to) {
        long others = store().othersApplied();
        if (others == othersSeen) {
            return;
        }
        othersSeen = others;
        BoardSnapshot s = board();
        if (to != null) {
            to.board(s);
        }
        boardChanged.forEach(Runnable::run);
    }

    /** Calls {@code r} (on the store's thread) whenever another desk changed the board; returns how to stop. */
    public Runnable onBoardChanged(Runnable r) {
        boardChanged.add(r);
        return () -> boardChanged.remove(r);
    }

    /** True for an office on a server. */
    public boolean shared() {
        return store().serverOffice() != null;
    }

    /** True for a board that may only view the office. */
    public boolean viewOnly() {
        return shared() && store().serverOffice().viewOnly();
    }

    /** Where the office lives, as a person reads it. */
    public String where() {
        return store().where();
    }

    /**
     * The board now; while the server is away, the last board this desk had (nothing newer can be known, and
     * nothing can be confirmed until it is back).
     */
    private BoardSnapshot board() {
        try {
            BoardSnapshot s = BoardSnapshot.of(store().engine());
            last = s;
            return s;
        } catch (StoreException e) {
            if (e.problem() == StoreException.Problem.SERVER_AWAY && last != null) {
                return last;
            }
            throw e;
        }
    }

    /** Now, to the minute (the desk's times are minutes). */
    public LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    /** The board as it stands. */
    public CompletableFuture<BoardSnapshot> snapshot() {
        return CompletableFuture.supplyAsync(this::board, worker);
    }

    /**
     * Confirms actions in order, then returns the board. A check-in or a waiting visitor's reception whose proposal
     * a dialog showed is confirmed only if the rules, on the board as it is when the entry is written, still decide
     * the same ({@link StoreException.Problem#STALE} otherwise: the dialog asks again).
     */
    public CompletableFuture<BoardSnapshot> submit(Action... actions) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                for (Action a : actions) {
                    submitOne(a);
                }
                return board();
            } finally {
                announce(watch);
            }
        }, worker);
    }

    /** Confirms one action as a dialog showed it; the events it caused (none for a day another desk started). */
    private List<Event> submitOne(Action a) {
        try {
            return store().submit(a, asShown(a));
        } catch (ActionRejectedException e) {
            // another desk started the day first: the day this desk wanted is the board's day
            if (!(a instanceof Action.StartDay s && e.refusal() == Refusal.DAY_OUT_OF_ORDER
                    && s.date().equals(store().engine().date()))) {
                throw e;
            }
            return List.of();
        }
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
            try {
                return new Confirmed(submitOne(action), board());
            } finally {
                announce(watch);
            }
        }, worker);
    }

    /** Who owns a client value at a time under the protection in force (R18), as the engine says. */
    public CompletableFuture<java.util.function.BiFunction<com.rotadesk.model.Client, LocalDateTime, String>>
            ownerRule() {
        return CompletableFuture.supplyAsync(() -> store().engine().ownerRule(), worker);
    }

    /**
     * The events an action would cause now, without confirming it (a refusal fails the future with the engine's
     * reason): what the correction dialog shows before Enter.
     */
    public CompletableFuture<List<Event>> decide(Action action) {
        return CompletableFuture.supplyAsync(() -> {
            upToDate();
            return store().engine().decide(action);
        }, worker);
    }

    /** The proposal a dialog showed for this action, as a condition the store checks when it writes it. */
    private Predicate<OfficeEngine> asShown(Action a) {
        Visit was = switch (a) {
            case Action.CheckIn c -> shown.get(c.ref());
            case Action.Assign g -> shown.get(g.ref());
            default -> null;
        };
        if (was == null) {
            return null;
        }
        return engine -> {
            try {
                Visit now = a instanceof Action.CheckIn c ? engine.trial(c) : engine.trial((Action.Assign) a);
                return Objects.equals(now.consultant(), was.consultant()) && Objects.equals(now.reason(), was.reason())
                        && now.counted() == was.counted() && now.type() == was.type();
            } catch (ActionRejectedException refused) {
                return false;
            }
        };
    }

    /**
     * Ctrl+Z: takes back the last action, only if it is still {@code expected} (the one the receptionist was shown:
     * another desk may have confirmed one since).
     */
    public CompletableFuture<BoardSnapshot> undo(Action expected) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                store().submit(new Action.Undo(now()), engine -> !engine.undoable().isEmpty()
                        && engine.undoable().getLast().equals(expected));
                return board();
            } finally {
                announce(watch);
            }
        }, worker);
    }

    /** Tries a check-in without keeping it, on the office as the server has it now. */
    public CompletableFuture<Visit> trial(Action.CheckIn checkIn) {
        return CompletableFuture.supplyAsync(() -> {
            upToDate();
            return remember(checkIn.ref(), store().engine().trial(checkIn));
        }, worker);
    }

    /** Tries receiving a waiting visitor without keeping it, on the office as the server has it now. */
    public CompletableFuture<Visit> trial(Action.Assign assign) {
        return CompletableFuture.supplyAsync(() -> {
            upToDate();
            return remember(assign.ref(), store().engine().trial(assign));
        }, worker);
    }

    /**
     * Shared mode: reads what other desks wrote before the rules are asked, so a proposal is never made on a board
     * older than the server's (a wake-up may still be on its way). While the server is away the last board is asked:
     * its confirm is refused anyway until the server is back.
     */
    private void upToDate() {
        if (!shared()) {
            return;
        }
        try {
            store().catchUp();
        } catch (StoreException e) {
            if (e.problem() != StoreException.Problem.SERVER_AWAY) {
                throw e;
            }
        }
        announce(watch);
    }

    private Visit remember(String ref, Visit v) {
        shown.put(ref, v);
        return v;
    }

    /** Clients whose phone matches what was typed. */
    public CompletableFuture<List<PhoneMatch>> lookup(String digits) {
        LocalDateTime now = now();
        return CompletableFuture.supplyAsync(() -> store().lookup(digits, now, 6), worker);
    }

    /** The client's registered name for a phone, or null. */
    public CompletableFuture<String> clientName(String phone) {
        return CompletableFuture.supplyAsync(() -> {
            var c = store().engine().client(phone);
            return c == null ? null : c.name();
        }, worker);
    }

    /** True on the very first run. */
    public CompletableFuture<Boolean> isEmpty() {
        return CompletableFuture.supplyAsync(() -> store().isEmpty(), worker);
    }

    /** The daily backup and the retention setting, in the background. */
    public void backupIfDue() {
        if (viewOnly()) {
            return;
        }
        worker.execute(() -> {
            try {
                store().applyRetention(now());
                store().backupIfDue();
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(DeskService.class).warn("daily backup failed", e);
            }
        });
    }

    /** The office as set up (null before). */
    public CompletableFuture<com.rotadesk.model.OfficeProfile> profile() {
        return CompletableFuture.supplyAsync(() -> store().engine().profile(), worker);
    }

    /** The policy in force. */
    public CompletableFuture<com.rotadesk.model.Policy> policy() {
        return CompletableFuture.supplyAsync(() -> store().engine().policy(), worker);
    }

    /** The days the journal holds, oldest first (the calendar marks them). */
    public CompletableFuture<List<java.time.LocalDate>> days() {
        return CompletableFuture.supplyAsync(() -> store().days(), worker);
    }

    /**
     * A day's sheets: today's from the board's engine, a past day's replayed from that day's opening (slow on a
     * long history; the store's thread does it, never the FX thread). Only the building of the sheets' data runs
     * here; laying out and drawing them is left to the caller's thread, so check-ins are not held up by a PDF.
     */
    public CompletableFuture<com.rotadesk.app.sheets.DaySheets> sheetsAt(java.time.LocalDate day) {
        return CompletableFuture.supplyAsync(() -> com.rotadesk.app.sheets.DaySheets.of(
                day.equals(store().engine().date()) ? store().engine() : store().engineAt(day), store().anchorAt(day).text()),
                worker);
    }

    /**
     * The recorded days of a range (the month in review, the simulator), read on the store's thread; the caller
     * replays them on its own thread. Ask a week or so at a time, so that check-ins go in between.
     */
    public CompletableFuture<List<com.rotadesk.model.review.RecordedDay>> recordedDays(java.time.LocalDate from,
            java.time.LocalDate to) {
        return CompletableFuture.supplyAsync(() -> store().recordedDays(from, to), worker);
    }

    /** Erases a visitor's name and phone (PIPL), then returns the board (today's names may have changed). */
    public CompletableFuture<BoardSnapshot> erase(String phone) {
        return CompletableFuture.supplyAsync(() -> {
            store().erase(phone, now());
            return BoardSnapshot.of(store().engine());
        }, worker);
    }

    /** The retention setting in months (0: off). */
    public CompletableFuture<Integer> retentionMonths() {
        return CompletableFuture.supplyAsync(() -> store().retentionMonths(), worker);
    }

    /** Sets the retention and applies it at once; returns how many visitors it erased. */
    public CompletableFuture<Integer> setRetentionMonths(int months) {
        return CompletableFuture.supplyAsync(() -> {
            store().setRetentionMonths(months, now());
            return store().applyRetention(now());
        }, worker);
    }

    /**
     * Runs {@code work} on the store's thread, in turn with every other call (the manager's office reads the register
     * and confirms its transfers and imports through here).
     */
    public <T> CompletableFuture<T> withStore(java.util.function.Function<OfficeStore, T> work) {
        return CompletableFuture.supplyAsync(() -> work.apply(store()), worker);
    }

    /** The desk's data folder (for an office on a server, the desk's own folder). */
    public java.nio.file.Path folder() {
        // asked while the store still opens (a message about the opening itself): the folder being opened
        OfficeStore store = opening.isDone() && !opening.isCompletedExceptionally() ? store() : null;
        return store != null && store.folder() != null ? store.folder() : localFolder;
    }

    @Override
    public synchronized void close() {
        if (worker.isShutdown()) {
            return;
        }
        if (follower != null) {
            follower.close();
        }
        worker.shutdown();
        try {
            worker.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // closed while still opening: waits for the open, so the folder's lock is released and the exit backup
        // made; a folder that failed to open has nothing to close
        OfficeStore store = opening.handle((open, failed) -> open).join();
        if (store != null) {
            store.close();
        }
    }
}
