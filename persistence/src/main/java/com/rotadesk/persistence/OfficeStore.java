package com.rotadesk.persistence;

import com.rotadesk.model.Action;
import com.rotadesk.model.ActionRejectedException;
import com.rotadesk.model.Channel;
import com.rotadesk.model.Client;
import com.rotadesk.model.ClientStanding;
import com.rotadesk.model.Event;
import com.rotadesk.model.EventDigest;
import com.rotadesk.model.Phones;
import com.rotadesk.model.Policy;
import com.rotadesk.model.Visit;
import com.rotadesk.model.engine.OfficeEngine;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import static com.rotadesk.persistence.jooq.Tables.CLIENT;
import static com.rotadesk.persistence.jooq.Tables.CLIENT_VERSION;
import static com.rotadesk.persistence.jooq.Tables.DAY_CLIENT;
import static com.rotadesk.persistence.jooq.Tables.DAY_OPENING;
import static com.rotadesk.persistence.jooq.Tables.JOURNAL;
import static com.rotadesk.persistence.jooq.Tables.JOURNAL_ROW;
import static com.rotadesk.persistence.jooq.Tables.OFFICE_IDENTITY;
import static com.rotadesk.persistence.jooq.Tables.CONSULTANT_DAY;
import static com.rotadesk.persistence.jooq.Tables.PERSON;
import static com.rotadesk.persistence.jooq.Tables.SETTING;
import static com.rotadesk.persistence.jooq.Tables.VISIT;

/**
 * The office's data folder: an H2 database holding the journal of every confirmed action (R24/R25), the read
 * tables, and the visitors' personal data apart from the chain. One confirmed action is one transaction.
 * Single-user: one desk, one thread at a time (calls are synchronised).
 */
public final class OfficeStore implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OfficeStore.class);
    /** The database file's base name inside the data folder. */
    static final String DB_NAME = "rotadesk";

    private final Path folder;
    private final InstanceLock lock;
    private Connection connection;
    private DSLContext db;
    private final Journal journal = new Journal();
    private final Persons persons = new Persons();
    private final ReadTables readTables = new ReadTables(this::personIdOf);
    private OfficeEngine engine;
    /** Today's entries that replayed differently at opening, and the same for the past days replayed since. */
    private List<ReplayDrift> todayDrift = List.of();
    private final Map<LocalDate, List<ReplayDrift>> dayDrift = new HashMap<>();
    /** Where the engine finds clients it has not met today (null when it replayed the whole journal). */
    private ClientVersions clients;
    private boolean closed;
    /**
     * Set when a failed write took the database down with it (H2 closes itself when the disk fills): the store then
     * holds nothing it could trust in memory, and the next call reopens the database from its file.
     */
    private StoreException broken;
    /** A database opened aside (a backup being checked or rewritten): no head record, ledger or exit backup. */
    private final boolean aside;
    private String office;

    private OfficeStore(Path folder, InstanceLock lock, Connection connection, boolean aside) {
        this.folder = folder;
        this.lock = lock;
        this.connection = connection;
        this.db = DSL.using(connection, SQLDialect.H2);
        this.aside = aside;
    }

    /**
     * Opens (or, in a folder that never held an office, creates) the store in a data folder: locks it, builds a new
     * database aside or upgrades a copy aside, replays the journal, checks the head record, applies the erasure
     * ledger again and writes the head record. A missing or empty database in a folder that held an office, or a
     * journal that does not match its head record, is refused, never replaced.
     */
    public static OfficeStore open(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (Exception e) {
            throw Failures.of(e, "cannot create the data folder " + folder);
        }
        OwnerOnly.set(folder);
        if (!Files.isWritable(folder)) {
            throw new StoreException(StoreException.Problem.READ_ONLY, "the data folder " + folder + " cannot be written");
        }
        long start = System.nanoTime();
        InstanceLock lock = InstanceLock.acquire(folder);
        Connection connection = null;
        OfficeStore store = null;
        try {
            Leftovers.clean(folder);
            StoreFiles.prepare(folder);
            long migrated = System.nanoTime();
            connection = DriverManager.getConnection(url(folder), "sa", "");
            connection.setAutoCommit(true);
            store = new OfficeStore(folder, lock, connection, false);
            store.load();
            store.checkHeadRecord();
            store.applyLedger();
            store.writeHead();
            Backups.rewrite(folder, Ledger.erasures(folder));
            OwnerOnly.tree(folder);
            LOG.info("opened {} in {} ms (files and schema {} ms, today's board {} ms)", folder,
                    (System.nanoTime() - start) / 1_000_000, (migrated - start) / 1_000_000,
                    (System.nanoTime() - migrated) / 1_000_000);
            return store;
        } catch (RuntimeException | SQLException e) {
            if (store != null) {
                store.closed = true;
                closeQuietly(store.connection);
            }
            closeQuietly(connection);
            lock.close();
            throw Failures.of(e, "cannot open the RotaDesk database in " + folder, folder);
        }
    }

    /**
     * For commands that work on an existing office only (they must not start a new one in a mistyped folder):
     * refuses a folder without an office, or whose database is missing or empty.
     */
    public static void requireOffice(Path folder) {
        if (!Files.isDirectory(folder) || !StoreFiles.check(folder)) {
            throw new StoreException(StoreException.Problem.NO_OFFICE, "there is no RotaDesk office in " + folder);
        }
    }

    /**
     * A copy of the folder's database, head record and ledger in a new temporary folder outside it, for a check
     * that must change nothing ({@code --smoke}): the copy opens as the folder would (a missing or empty database in
     * a folder that held an office is refused here already). The caller deletes it ({@link #deleteCopy}).
     */
    public static Path trialCopy(Path folder) {
        try {
            Path copy = Files.createTempDirectory("rotadesk-trial-");
            if (Files.isDirectory(folder) && StoreFiles.check(folder)) {
                Files.copy(StoreFiles.db(folder), StoreFiles.db(copy));
                for (Path p : List.of(HeadRecord.of(folder), Ledger.of(folder))) {
                    if (Files.exists(p)) {
                        Files.copy(p, copy.resolve(p.getFileName()));
                    }
                }
            }
            return copy;
        } catch (IOException e) {
            throw Failures.of(e, "cannot copy the data folder " + folder + " for a trial");
        }
    }

    /** Deletes a {@link #trialCopy}. */
    public static void deleteCopy(Path copy) {
        Leftovers.deleteTree(copy);
    }

    /** Opens a database in a scratch folder (a backup being restored or rewritten), migrating it in place. */
    static OfficeStore openAside(Path scratch) {
        InstanceLock lock = InstanceLock.acquire(scratch);
        Connection connection = null;
        try {
            Flyway.configure().dataSource(url(scratch), "sa", "").load().migrate();
            connection = DriverManager.getConnection(url(scratch), "sa", "");
            connection.setAutoCommit(true);
            OfficeStore store = new OfficeStore(scratch, lock, connection, true);
            store.load();
            return store;
        } catch (RuntimeException | SQLException e) {
            closeQuietly(connection);
            lock.close();
            throw new StoreException(StoreException.Problem.BAD_BACKUP, "the backup cannot be opened: " + e.getMessage(), e);
        }
    }

    static String url(Path folder) {
        // WRITE_DELAY=0: a commit reaches the file before submit returns, so kill -9 loses nothing confirmed.
        // QUERY_CACHE_SIZE: a check-in runs about a dozen distinct statements; H2's default cache of 8 parsed
        // statements forgot each before its next use, so every statement was parsed and planned again.
        return "jdbc:h2:file:" + folder.resolve(DB_NAME).toAbsolutePath()
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=64;TRACE_LEVEL_FILE=0";
    }

    private void load() {
        journal.load(db);
        persons.load(db);
        office = db.select(OFFICE_IDENTITY.ID).from(OFFICE_IDENTITY).limit(1).fetchOne(OFFICE_IDENTITY.ID);
        try {
            resumeLatest();
        } catch (StoreException e) {
            if (e.problem() == StoreException.Problem.DISK_FULL) {
                throw e;
            }
            repairReadTables(e);
        } catch (RuntimeException e) {
            repairReadTables(e);
        }
    }

    /**
     * Today's board could not be resumed from the read tables: when the journal alone replays, the read tables are
     * what is damaged, and they are rebuilt from it; otherwise the journal's failure is reported.
     */
    private void repairReadTables(RuntimeException failure) {
        LOG.warn("today's board cannot be resumed from the read tables; replaying the journal alone", failure);
        replay(db, new ArrayList<>());
        readTables.forget();
        RebuildReport r = rebuild();
        LOG.warn("read tables rebuilt from the journal: {}", r.differences());
    }

    /**
     * The head record must name an entry this journal holds, with that hash (or one past a restore the ledger
     * records): otherwise entries were deleted or the past rewritten, and the store will not write over the evidence.
     */
    private void checkHeadRecord() {
        Optional<HeadRecord> recorded = HeadRecord.read(folder);
        if (recorded.isEmpty() || recorded.get().head().seq() == 0) {
            return;
        }
        ChainHead h = recorded.get().head();
        if (!recorded.get().office().equals(office)) {
            throw new StoreException(StoreException.Problem.TAMPERED, "the head record in " + folder
                    + " names another office than its database");
        }
        if (matches(h)) {
            return;
        }
        for (ChainHead r : Ledger.restores(folder)) {
            if (r.seq() < h.seq() && matches(r)) {
                return;
            }
        }
        throw new StoreException(StoreException.Problem.TAMPERED, "the journal in " + folder
                + (h.seq() > journal.size() ? " ends at entry " + journal.size() + " but its head record says "
                + h.text() + ": entries were deleted" : " does not match its head record " + h.text()
                + ": the past was rewritten") + "; run rotadesk verify and restore the newest backup");
    }

    private boolean matches(ChainHead h) {
        String hash = db.select(JOURNAL.HASH).from(JOURNAL).where(JOURNAL.SEQ.eq(h.seq())).fetchOne(JOURNAL.HASH);
        return h.matches(h.seq(), hash);
    }

    private void writeHead() {
        if (!aside) {
            new HeadRecord(office, journal.head()).write(folder);
        }
    }

    /** Where the chain ends now. */
    public synchronized ChainHead head() {
        return journal.head();
    }

    /** The office this database belongs to. */
    synchronized String office() {
        return office;
    }

    /** The engine now: today's opening, then today's entries (the full journal when no day has begun). */
    private void resumeLatest() {
        Record r = db.select(DAY_OPENING.SEQ, DAY_OPENING.PAYLOAD).from(DAY_OPENING)
                .orderBy(DAY_OPENING.SEQ.desc()).limit(1).fetchOne();
        List<ReplayDrift> drift = new ArrayList<>();
        if (r == null) {
            clients = null;
            engine = replay(db, drift);
        } else {
            clients = new ClientVersions(db, r.get(DAY_OPENING.SEQ));
            engine = resumeFrom(db, clients, OpeningCodec.decode(r.get(DAY_OPENING.PAYLOAD)), null, drift);
        }
        todayDrift = List.copyOf(drift);
    }

    /** An engine at a day's opening (the entry {@code clients} answers as of) that replayed that day. */
    private static OfficeEngine resumeFrom(DSLContext db, ClientVersions clients,
            com.rotadesk.model.DayOpening opening, LocalDate until, List<ReplayDrift> drift) {
        return resumeFrom(db, clients, opening, until, drift, null);
    }

    /** The same, handing each replayed entry with its events to {@code sink} (null: nobody asks). */
    private static OfficeEngine resumeFrom(DSLContext db, ClientVersions clients,
            com.rotadesk.model.DayOpening opening, LocalDate until, List<ReplayDrift> drift, EntrySink sink) {
        long seq = clients.asOf();
        // only that day's entries are read: the next day's opening bounds the range
        Long next = db.select(DSL.min(DAY_OPENING.SEQ)).from(DAY_OPENING).where(DAY_OPENING.SEQ.gt(seq))
                .fetchOne(0, Long.class);
        List<JournalEntry> day = Journal.read(db, seq + 1, next == null ? Long.MAX_VALUE : next - 1);
        // the day's visitors' clients as the day recorded them, then any it did not record a few queries at a time,
        // rather than one query each as the replay meets them
        Set<String> phones = new HashSet<>();
        day.forEach(entry -> {
            if (entry.phone() != null) {
                phones.add(entry.phone());
            }
        });
        OfficeEngine e = OfficeEngine.resume(opening, clients.preloadDay().preload(phones));
        return replayInto(db, e, day::forEach, until, drift, sink);
    }

    /** Replays the whole journal into a new engine. */
    private static OfficeEngine replay(DSLContext db, List<ReplayDrift> drift) {
        return replayInto(db, new OfficeEngine(Policy.defaults()), each -> Journal.forEach(db, 1, each), null, drift,
                null);
    }

    /** Receives each entry a replay applied, with the events it caused and the engine just after it. */
    @FunctionalInterface
    private interface EntrySink {
        void accept(JournalEntry entry, Action action, List<Event> events, OfficeEngine after);
    }

    private static OfficeEngine replayInto(DSLContext db, OfficeEngine e, Consumer<Consumer<JournalEntry>> entries,
            LocalDate until, List<ReplayDrift> drift, EntrySink sink) {
        ActionCodec.Rows rows = Journal.rowsOf(db);
        try {
            entries.accept(entry -> {
                Action a = decode(entry, rows);
                if (a == null) {
                    return;
                }
                if (until != null && a instanceof Action.StartDay s && s.date().isAfter(until)) {
                    throw new StopReplay();
                }
                List<Event> events;
                try {
                    events = e.apply(a);
                } catch (ActionRejectedException ex) {
                    throw new StoreException(StoreException.Problem.CORRUPT,
                            "journal entry " + entry.seq() + " cannot be replayed: " + ex.getMessage(), ex);
                }
                checkDrift(entry, events, drift);
                if (sink != null) {
                    sink.accept(entry, a, events, e);
                }
            });
        } catch (StopReplay stop) {
            // the day asked for is complete
        }
        return e;
    }

    /** Compares an entry's replayed events with the digest it recorded; a difference is logged and kept. */
    private static void checkDrift(JournalEntry entry, List<Event> events, List<ReplayDrift> drift) {
        ReplayDrift.of(entry, events).ifPresent(d -> {
            LOG.warn("{}", d.describe());
            drift.add(d);
        });
    }

    private static final class StopReplay extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StopReplay() {
            super(null, null, false, false);
        }
    }

    private static Action decode(JournalEntry e, ActionCodec.Rows rows) {
        if (e.kind().equals(ERASE) || e.kind().equals(RETENTION)) {
            return null;
        }
        return ActionCodec.decode(e.kind(), e.at(), e.payload(), e.personId(),
                id -> new ActionCodec.Personal(e.phone(), e.name()), e.seq(), rows);
    }

    private static final String ERASE = "erase";
    private static final String RETENTION = "retention";

    /** The engine with today's state, for the board's queries. Change it only through {@link #submit}. */
    public synchronized OfficeEngine engine() {
        if (broken != null) {
            reopen();
        }
        return engine;
    }

    /** The data folder. */
    public Path folder() {
        return folder;
    }

    /** True before anything was ever confirmed (first run). */
    public synchronized boolean isEmpty() {
        return journal.size() == 0;
    }

    /** How many entries the journal holds. */
    public synchronized long journalSize() {
        return journal.size();
    }

    /**
     * Journals and applies one confirmed action in one transaction. A rule refusal
     * ({@link ActionRejectedException}) or a storage failure ({@link StoreException}) leaves both the database and
     * the board exactly as they were.
     */
    public synchronized List<Event> submit(Action action) {
        requireOpen();
        ActionCodec.Encoded encoded = ActionCodec.encode(action);
        Limits.check(encoded);
        ReadTables.Before before = readTables.before(engine);
        List<Event> events = new ArrayList<>();
        Journal.Appended[] appended = {null};
        try {
            db.transaction(cfg -> {
                DSLContext tx = cfg.dsl();
                // decided and applied first: the entry keeps the digest of the events it produced (decision 0005)
                events.addAll(engine.apply(action));
                Persons.Ref person = encoded.personal() == null ? null
                        : persons.idFor(tx, encoded.personal().phone(), encoded.personal().name());
                String payload = encoded.payload();
                List<ActionCodec.StoredRow> rows = null;
                if (encoded.rows() != null) {
                    rows = storedRows(tx, encoded.rows());
                    payload = ActionCodec.sealRows(payload, rows);
                }
                appended[0] = journal.append(tx, action.at(), encoded.kind(), payload, person, EventDigest.of(events));
                if (rows != null) {
                    Journal.appendRows(tx, appended[0].seq(), rows);
                }
                boolean wholeDay = action instanceof Action.Undo || action instanceof Action.StartDay;
                readTables.update(tx, engine, before, wholeDay, touchedPhones(action, engine, events),
                        appended[0].seq());
            });
        } catch (RuntimeException e) {
            Throwable cause = unwrap(e);
            if (cause instanceof ActionRejectedException rejected) {
                // the engine put itself back when it refused; only the rolled-back transaction's traces go
                StoreException gone = recover(null, false);
                if (gone != null) {
                    throw gone;
                }
                throw rejected;
            }
            throw failedWrite(cause, "could not save " + encoded.kind());
        }
        journal.committed(appended[0]);
        writeHead();
        return events;
    }

    /** A write failed: the memory follows the database again, and the failure is said in the user's terms. */
    private StoreException failedWrite(Throwable cause, String what) {
        StoreException failure = Failures.of(cause, what, folder);
        StoreException gone = recover(failure, true);
        return gone != null ? gone : failure;
    }

    /**
     * After a failed write the store's memory may hold what the database does not: the person ids and read rows it
     * remembered, and (unless the engine refused the action itself, {@code replay} false) the engine, which is
     * rebuilt from what the database really has. When that read fails too, the database went down with the write
     * (H2 closes itself on a full disk): the store is marked broken and reopens from its file on the next call.
     * Returns that failure, if so.
     */
    private StoreException recover(StoreException failure, boolean replay) {
        try {
            persons.reset(db);
            readTables.forget();
            if (replay) {
                resumeLatest();
            }
            return null;
        } catch (RuntimeException databaseGone) {
            broken = failure != null ? failure : Failures.of(databaseGone, "could not read back", folder);
            LOG.warn("the database went away after a failed write; the next call reopens it", databaseGone);
            return broken;
        }
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof org.jooq.exception.DataAccessException || t.getClass() == RuntimeException.class)
                && t.getCause() != null && !(t instanceof StoreException)) {
            if (t.getCause() instanceof ActionRejectedException || t.getCause() instanceof StoreException) {
                return t.getCause();
            }
            if (t instanceof org.jooq.exception.DataAccessException) {
                return t;
            }
            t = t.getCause();
        }
        return t;
    }

    /** A many-visitor entry's rows, each with its person row and that row's commitment. */
    private List<ActionCodec.StoredRow> storedRows(DSLContext tx, List<ActionCodec.Row> rows) {
        List<ActionCodec.StoredRow> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ActionCodec.Row r = rows.get(i);
            Persons.Ref ref = r.personal() == null ? null : persons.idFor(tx, r.personal().phone(), r.personal().name());
            out.add(new ActionCodec.StoredRow(i + 1, ref == null ? null : ref.id(), ref == null ? null : ref.digest(),
                    r.payload()));
        }
        return out;
    }

    /** The phones whose client an action changed: those its events name, and those of the visits it touched. */
    private static Set<String> touchedPhones(Action action, OfficeEngine engine, List<Event> events) {
        Set<String> phones = new HashSet<>();
        addPhones(phones, events);
        String ref = switch (action) {
            case Action.CheckIn c -> c.ref();
            case Action.Assign a -> a.ref();
            case Action.EndVisit e -> e.ref();
            case Action.VoidVisit v -> v.ref();
            case Action.MarkDeal d -> d.ref();
            case Action.AssignTo a -> a.ref();
            default -> null;
        };
        if (ref != null && engine.visit(ref) != null && engine.visit(ref).registration().phone() != null) {
            phones.add(engine.visit(ref).registration().phone());
        }
        if (action instanceof Action.FollowUp f && Phones.normalise(f.phone()) != null) {
            phones.add(Phones.normalise(f.phone()));
        }
        return phones;
    }

    private static void addPhones(Set<String> phones, List<Event> events) {
        for (Event e : events) {
            switch (e) {
                case Event.ClientEvent c -> phones.add(c.phone());
                case Event.ImportedRow r when r.client() != null -> phones.add(r.phone());
                case Event.Corrected c -> {
                    if (c.before().phone() != null) {
                        phones.add(c.before().phone());
                    }
                }
                case Event.Undone u -> addPhones(phones, u.undone());
                default -> {
                }
            }
        }
    }

    private Long personIdOf(DSLContext tx, Visit v) {
        return persons.find(tx, v.registration().phone(), v.registration().name());
    }

    /**
     * Clients whose phone starts with the digits typed, or ends with them when four were typed (the desk's
     * "last four digits"). Erased visitors are never found.
     */
    public synchronized List<PhoneMatch> lookup(String typed, LocalDateTime now, int limit) {
        requireOpen();
        String digits = Phones.normalise(typed);
        if (digits == null || digits.length() < 3 || Phones.erased(digits)) {
            return List.of();
        }
        Map<String, String> phones = new LinkedHashMap<>();
        // Two indexed queries rather than one OR, which H2 would answer with a scan.
        if (digits.length() == 4) {
            for (Record r : db.select(PERSON.PHONE, PERSON.NAME).from(PERSON).where(PERSON.PHONE_TAIL.eq(digits))
                    .and(PERSON.ERASED_AT.isNull()).orderBy(PERSON.PHONE, PERSON.ID).limit(limit * 4).fetch()) {
                phones.putIfAbsent(r.get(PERSON.PHONE), r.get(PERSON.NAME));
            }
        }
        for (Record r : db.select(PERSON.PHONE, PERSON.NAME).from(PERSON).where(PERSON.PHONE.startsWith(digits))
                .and(PERSON.ERASED_AT.isNull()).orderBy(PERSON.PHONE, PERSON.ID).limit(limit * 4).fetch()) {
            phones.putIfAbsent(r.get(PERSON.PHONE), r.get(PERSON.NAME));
        }
        List<String> found = phones.keySet().stream().limit(limit).toList();
        if (clients != null) {
            // the matches' clients in one query, not one each as the engine meets them
            clients.preload(found);
        }
        Map<String, LocalDateTime> lastVisits = lastWalkIns(found);
        List<PhoneMatch> out = new ArrayList<>();
        for (String phone : found) {
            Client c = engine.client(phone);
            ClientStanding standing = engine.standing(phone, now);
            out.add(new PhoneMatch(phone, c != null ? c.name() : phones.get(phone), standing.owner(),
                    standing.protectedUntil(), standing.deal(), lastVisits.get(phone)));
        }
        return out;
    }

    /** Each phone's last walk-in visit, under any of the names it came with. */
    private Map<String, LocalDateTime> lastWalkIns(List<String> phones) {
        if (phones.isEmpty()) {
            return Map.of();
        }
        Field<LocalDateTime> last = DSL.max(VISIT.ARRIVAL).as("last_visit");
        return InLists.indexed(db).select(PERSON.PHONE, last).from(PERSON).join(VISIT).on(VISIT.PERSON_ID.eq(PERSON.ID))
                .where(PERSON.PHONE.in(phones)).and(VISIT.CHANNEL.eq(Channel.WALK_IN.code()))
                .groupBy(PERSON.PHONE).fetchMap(PERSON.PHONE, last);
    }

    /** The engine as it stood at the end of a past day (or now, for today), for that day's sheets. */
    public synchronized OfficeEngine engineAt(LocalDate day) {
        requireOpen();
        Record r = db.select(DAY_OPENING.SEQ, DAY_OPENING.PAYLOAD).from(DAY_OPENING)
                .where(DAY_OPENING.DAY_DATE.eq(day)).orderBy(DAY_OPENING.SEQ.desc()).limit(1).fetchOne();
        if (r == null) {
            throw new IllegalArgumentException("the journal holds no day " + day);
        }
        List<ReplayDrift> drift = new ArrayList<>();
        OfficeEngine e = resumeFrom(db, new ClientVersions(db, r.get(DAY_OPENING.SEQ)),
                OpeningCodec.decode(r.get(DAY_OPENING.PAYLOAD)), day, drift);
        dayDrift.put(day, List.copyOf(drift));
        return e;
    }

    /**
     * A day's journal entries as that day's replay gives them, in order, each with its number and the events it
     * caused (the day is replayed once, from its opening). A client's timeline (R30) is read from these.
     */
    public synchronized List<DayEntry> entriesOf(LocalDate day) {
        requireOpen();
        Record r = db.select(DAY_OPENING.SEQ, DAY_OPENING.PAYLOAD).from(DAY_OPENING)
                .where(DAY_OPENING.DAY_DATE.eq(day)).orderBy(DAY_OPENING.SEQ.desc()).limit(1).fetchOne();
        if (r == null) {
            throw new IllegalArgumentException("the journal holds no day " + day);
        }
        List<DayEntry> out = new ArrayList<>();
        List<ReplayDrift> drift = new ArrayList<>();
        resumeFrom(db, new ClientVersions(db, r.get(DAY_OPENING.SEQ)), OpeningCodec.decode(r.get(DAY_OPENING.PAYLOAD)),
                day, drift, (entry, action, events, after) -> out.add(new DayEntry(entry.seq(), entry.at(), action,
                        events, after.policy().protectionDays())));
        dayDrift.put(day, List.copyOf(drift));
        return out;
    }

    /** The days a client's phone appears in (visits, calls, imports, transfers, follow-ups, corrections), oldest first. */
    public synchronized List<LocalDate> clientDays(String phone) {
        requireOpen();
        return ClientQueries.days(db, Phones.normalise(phone));
    }

    /**
     * The client register searched as the manager types (a name's start, a consultant's name's start, a phone's
     * first digits or its last four; nothing typed: the latest contacts), each with where it stands at {@code now}.
     */
    public synchronized List<ClientRow> clients(String typed, LocalDateTime now, int limit) {
        requireOpen();
        return ClientQueries.rows(db, ClientQueries.search(db, typed, limit), now, engine.policy().protectionDays());
    }

    /** The public pool at {@code now} (R27), most recently public first, narrowed by what was typed (blank: all). */
    public synchronized List<ClientRow> pool(String typed, LocalDateTime now, int limit) {
        requireOpen();
        return ClientQueries.pool(db, typed, now, engine.policy().protectionDays(), limit);
    }

    /** Every client of the register by phone, erased ones left out (the register's export). */
    public synchronized void forEachClient(Consumer<Client> each) {
        requireOpen();
        ClientQueries.forEach(db, each);
    }

    /**
     * The entries of today that no longer replayed the same when the store opened (decision 0005): a changed rule
     * never reshapes the record silently.
     */
    public synchronized List<ReplayDrift> drift() {
        return todayDrift;
    }

    /** The entries of a past day that no longer replayed the same when its sheets were last made. */
    public synchronized List<ReplayDrift> drift(LocalDate day) {
        return dayDrift.getOrDefault(day, List.of());
    }

    /**
     * Where the chain stood at the end of a day: its last entry before the next day's opening (for today, the head
     * now). The rotation sheet and the visit register print it; the manager's signature makes it an anchor.
     */
    public synchronized ChainHead anchorAt(LocalDate day) {
        requireOpen();
        Long next = db.select(DSL.min(DAY_OPENING.SEQ)).from(DAY_OPENING).where(DAY_OPENING.DAY_DATE.gt(day))
                .fetchOne(0, Long.class);
        Record r = db.select(JOURNAL.SEQ, JOURNAL.HASH).from(JOURNAL)
                .where(next == null ? DSL.trueCondition() : JOURNAL.SEQ.lt(next))
                .orderBy(JOURNAL.SEQ.desc()).limit(1).fetchOne();
        return r == null ? new ChainHead(0, HashChain.GENESIS) : new ChainHead(r.get(JOURNAL.SEQ), r.get(JOURNAL.HASH));
    }

    /** How many clients the office knows. */
    public synchronized long clientCount() {
        requireOpen();
        return db.fetchCount(CLIENT);
    }

    /** How many visits and calls the office has registered, all days. */
    public synchronized long visitCount() {
        requireOpen();
        return db.fetchCount(VISIT);
    }

    /** The days the journal holds, oldest first. */
    public synchronized List<LocalDate> days() {
        requireOpen();
        return db.selectDistinct(DAY_OPENING.DAY_DATE).from(DAY_OPENING).orderBy(DAY_OPENING.DAY_DATE)
                .fetch(DAY_OPENING.DAY_DATE);
    }

    /**
     * Checks the journal's hash chain, the personal data against its commitments, and the anchors in the folder
     * (head record, backups; a restore the ledger records excuses those past it).
     */
    public synchronized VerifyReport verify() {
        requireOpen();
        if (aside) {
            return ChainCheck.run(db, List.of(), List.of());
        }
        return ChainCheck.run(db, folderAnchors(folder), Ledger.restores(folder));
    }

    /** The head record and every backup's name, as anchors. */
    static List<Anchor> folderAnchors(Path folder) {
        List<Anchor> anchors = new ArrayList<>();
        HeadRecord.read(folder).ifPresent(h -> anchors.add(new Anchor("the head record", h.head(), false)));
        anchors.addAll(Backups.anchors(folder));
        return anchors;
    }

    /**
     * Verifies a data folder without changing it: the database is read in read-only mode (or, when it predates this
     * RotaDesk's schema, a copy outside the folder is migrated and read), nothing is created, migrated or backed
     * up. Checks the chain, the personal data, the folder's anchors and {@code paper} (anchors read off sheets).
     */
    public static VerifyReport verify(Path folder, List<ChainHead> paper) {
        if (!Files.isDirectory(folder)) {
            throw new StoreException(StoreException.Problem.NO_OFFICE, "there is no RotaDesk office in " + folder);
        }
        if (!StoreFiles.check(folder)) {
            throw new StoreException(StoreException.Problem.NO_OFFICE, "there is no RotaDesk office in " + folder);
        }
        List<Anchor> anchors = folderAnchors(folder);
        paper.forEach(h -> anchors.add(new Anchor("the anchor given", h, true)));
        Path file = StoreFiles.db(folder);
        Path copy = null;
        try {
            if (StoreFiles.pending(StoreFiles.readOnlyUrl(file))) {
                copy = Files.createTempDirectory("rotadesk-verify-");
                Files.copy(file, StoreFiles.db(copy));
                StoreFiles.migrate(copy);
                file = StoreFiles.db(copy);
            }
            try (Connection c = DriverManager.getConnection(StoreFiles.readOnlyUrl(file), "sa", "")) {
                DSLContext ro = DSL.using(c, SQLDialect.H2);
                VerifyReport report = ChainCheck.run(ro, anchors, Ledger.restores(folder));
                String inDb = ro.select(OFFICE_IDENTITY.ID).from(OFFICE_IDENTITY).limit(1).fetchOne(OFFICE_IDENTITY.ID);
                Optional<HeadRecord> head = HeadRecord.read(folder);
                if (head.isPresent() && !head.get().office().equals(inDb)) {
                    List<VerifyReport.Finding> f = new ArrayList<>(report.findings());
                    f.add(new VerifyReport.Finding(0, "the head record names another office than the database"));
                    report = new VerifyReport(report.entries(), report.head(), f, report.anchors(),
                            report.personsChecked(), report.personsBefore());
                }
                return report;
            }
        } catch (IOException | SQLException | RuntimeException e) {
            throw Failures.of(e, "cannot verify the RotaDesk database in " + folder, folder);
        } finally {
            if (copy != null) {
                Leftovers.deleteTree(copy);
            }
        }
    }

    /** The office identity of a folder's database, else of its head record; null for a folder without an office. */
    static String officeOf(Path folder) {
        String inDb = StoreFiles.officeIn(StoreFiles.db(folder));
        return inDb != null ? inDb : HeadRecord.read(folder).map(HeadRecord::office).orElse(null);
    }

    /** Where a closed database file's chain ends, read without changing it; empty when it cannot be read. */
    static Optional<ChainHead> headOf(Path dbFile) {
        try (Connection c = DriverManager.getConnection(StoreFiles.readOnlyUrl(dbFile), "sa", "")) {
            Record r = DSL.using(c, SQLDialect.H2).select(JOURNAL.SEQ, JOURNAL.HASH).from(JOURNAL)
                    .orderBy(JOURNAL.SEQ.desc()).limit(1).fetchOne();
            return Optional.of(r == null ? new ChainHead(0, HashChain.GENESIS)
                    : new ChainHead(r.get(JOURNAL.SEQ), r.get(JOURNAL.HASH)));
        } catch (SQLException | RuntimeException e) {
            LOG.warn("cannot read the head of {}", dbFile, e);
            return Optional.empty();
        }
    }

    /**
     * Rebuilds every read table from the journal alone, in one transaction, through the same projection that
     * each confirmed action uses, and reports how many rows differed.
     */
    public synchronized RebuildReport rebuild() {
        requireOpen();
        Map<String, List<String>> before = readTableRows(db);
        readTables.forget();
        long[] entries = {0};
        List<ReplayDrift> drift = new ArrayList<>();
        OfficeEngine[] rebuilt = {null};
        try {
            db.transaction(cfg -> {
                DSLContext tx = cfg.dsl();
                for (var table : List.of(VISIT, CONSULTANT_DAY, CLIENT, CLIENT_VERSION, DAY_CLIENT, DAY_OPENING,
                        SETTING)) {
                    tx.deleteFrom(table).execute();
                }
                OfficeEngine e = new OfficeEngine(Policy.defaults());
                ActionCodec.Rows rows = Journal.rowsOf(tx);
                Journal.forEach(tx, 1, entry -> {
                    entries[0]++;
                    Action a = decode(entry, rows);
                    if (a == null) {
                        return;
                    }
                    ReadTables.Before b = readTables.before(e);
                    List<Event> events = e.apply(a);
                    checkDrift(entry, events, drift);
                    boolean wholeDay = a instanceof Action.Undo || a instanceof Action.StartDay;
                    readTables.update(tx, e, b, wholeDay, touchedPhones(a, e, events), entry.seq());
                });
                rebuilt[0] = e;
            });
        } catch (RuntimeException failure) {
            // the rows written were rolled back: so is what the read tables remember of them
            readTables.forget();
            throw failure;
        }
        Map<String, List<String>> after = readTableRows(db);
        Map<String, Integer> differences = new LinkedHashMap<>();
        after.forEach((table, rows) -> differences.put(table, difference(rows, before.get(table))));
        engine = rebuilt[0];
        clients = null;
        todayDrift = List.of();
        return new RebuildReport(entries[0], differences, drift);
    }

    private static Map<String, List<String>> readTableRows(DSLContext db) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        rows.put("visit", ReadTables.rowsOf(db.selectFrom(VISIT).fetch()));
        rows.put("consultant_day", ReadTables.rowsOf(db.selectFrom(CONSULTANT_DAY).fetch()));
        rows.put("client", ReadTables.rowsOf(db.selectFrom(CLIENT).fetch()));
        rows.put("client_version", ReadTables.rowsOf(db.selectFrom(CLIENT_VERSION).fetch()));
        rows.put("day_client", ReadTables.rowsOf(db.selectFrom(DAY_CLIENT).fetch()));
        rows.put("day_opening", ReadTables.rowsOf(db.selectFrom(DAY_OPENING).fetch()));
        rows.put("setting", ReadTables.rowsOf(db.selectFrom(SETTING).fetch()));
        return rows;
    }

    private static int difference(List<String> expected, List<String> actual) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        expected.forEach(r -> counts.merge(r, 1, Integer::sum));
        actual.forEach(r -> counts.merge(r, -1, Integer::sum));
        return counts.values().stream().mapToInt(Math::abs).sum();
    }

    /**
     * Erases a visitor's name and phone everywhere (the client's right under PIPL): the erasure goes into the
     * folder's ledger first (so neither a kill nor a restore can undo it), the person rows get pseudonyms and lose
     * their salts (the journal keeps its commitments, so the chain stays intact), the erasure is journaled, the read
     * tables are rebuilt, the database file is rewritten without the old values, and so is every backup. Returns
     * how many person rows changed.
     */
    public synchronized int erase(String phone, LocalDateTime at) {
        requireOpen();
        try {
            int changed = eraseWithoutRebuild(phone, at);
            if (changed > 0) {
                afterErasure();
            }
            return changed;
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw failedWrite(e, "could not erase the visitor");
        }
    }

    /** Phones became pseudonyms: the read tables follow the journal again, then no file keeps the old values. */
    private void afterErasure() {
        rebuild();
        compact();
        Backups.rewrite(folder, Ledger.erasures(folder));
        writeHead();
    }

    private int eraseWithoutRebuild(String phone, LocalDateTime at) {
        requireOpen();
        String digits = Phones.normalise(phone);
        if (digits == null || Phones.erased(digits)) {
            return 0;
        }
        List<Ledger.PersonKey> keys = new ArrayList<>();
        for (Record r : db.select(PERSON.ID).from(PERSON).where(PERSON.PHONE.eq(digits)).and(PERSON.ERASED_AT.isNull())
                .fetch()) {
            keys.add(new Ledger.PersonKey(r.get(PERSON.ID), firstEntryOf(db, r.get(PERSON.ID))));
        }
        if (keys.isEmpty()) {
            return 0;
        }
        if (!aside) {
            Ledger.append(folder, new Ledger.Erasure(at, keys));
            markCompaction();
        }
        return eraseJournaled(digits, at);
    }

    /** Erases every row with this phone in one transaction with its journal entry (the ids, no personal data). */
    private int eraseJournaled(String digits, LocalDateTime at) {
        int[] changed = {0};
        Journal.Appended[] appended = {null};
        db.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            List<Long> ids = Persons.erase(tx, digits, at);
            changed[0] = ids.size();
            if (!ids.isEmpty()) {
                appended[0] = journal.append(tx, at, ERASE, "ids=" + String.join(",",
                        ids.stream().map(String::valueOf).toList()), null, null);
                tx.deleteFrom(CLIENT).where(CLIENT.PHONE.eq(digits)).execute();
            }
        });
        if (appended[0] != null) {
            journal.committed(appended[0]);
        }
        // the erased names and phones are pseudonyms now
        persons.reset(db);
        return changed[0];
    }

    /** The first journal entry referring to a person row: with the id, it names that row on one branch only. */
    private static ChainHead firstEntryOf(DSLContext db, long personId) {
        // the entry that names the person itself, or an import whose row does
        Record r = db.select(JOURNAL.SEQ, JOURNAL.HASH).from(JOURNAL).where(JOURNAL.PERSON_ID.eq(personId))
                .or(JOURNAL.SEQ.in(DSL.select(JOURNAL_ROW.SEQ).from(JOURNAL_ROW).where(JOURNAL_ROW.PERSON_ID.eq(personId))))
                .orderBy(JOURNAL.SEQ).limit(1).fetchOne();
        return r == null ? new ChainHead(0, HashChain.GENESIS) : new ChainHead(r.get(JOURNAL.SEQ), r.get(JOURNAL.HASH));
    }

    /** The phones of the unerased person rows the ledger's erasures name (the row's id and first entry both match). */
    private List<String> phonesToErase(List<Ledger.Erasure> ledger) {
        List<String> phones = new ArrayList<>();
        for (Ledger.Erasure e : ledger) {
            for (Ledger.PersonKey k : e.persons()) {
                Record r = db.select(PERSON.PHONE).from(PERSON).where(PERSON.ID.eq(k.id()))
                        .and(PERSON.ERASED_AT.isNull()).fetchOne();
                if (r != null && r.get(PERSON.PHONE) != null
                        && k.firstEntry().matches(firstEntryOf(db, k.id()).seq(), firstEntryOf(db, k.id()).hash())
                        && !phones.contains(r.get(PERSON.PHONE))) {
                    phones.add(r.get(PERSON.PHONE));
                }
            }
        }
        return phones;
    }

    /**
     * At every open: each erasure in the ledger is applied again to the rows it names (after a restore of an older
     * backup, or a kill between the ledger's line and the erasure), and a rewrite a kill interrupted is finished.
     */
    private void applyLedger() {
        List<Ledger.Erasure> ledger = Ledger.erasures(folder);
        List<String> phones = phonesToErase(ledger);
        if (!phones.isEmpty()) {
            markCompaction();
            LocalDateTime at = LocalDateTime.now();
            for (String phone : phones) {
                eraseJournaled(phone, at);
            }
            rebuild();
        }
        if (Files.exists(folder.resolve(COMPACT_MARK))) {
            compact();
        }
    }

    /** In a backup opened aside: the ledger's erasures applied without journaling them (its head stays as named). */
    void eraseAside(List<Ledger.Erasure> ledger) {
        List<String> phones = phonesToErase(ledger);
        if (phones.isEmpty()) {
            return;
        }
        LocalDateTime at = LocalDateTime.now();
        db.transaction(cfg -> {
            for (String phone : phones) {
                Persons.erase(cfg.dsl(), phone, at);
            }
        });
        persons.reset(db);
        rebuild();
        compact();
    }

    private static final String COMPACT_MARK = "rotadesk.compact";

    private void markCompaction() {
        try {
            Files.writeString(folder.resolve(COMPACT_MARK), "an erasure: rewrite the database file without old values\n");
        } catch (IOException e) {
            throw Failures.of(e, "cannot write in " + folder, folder);
        }
    }

    /**
     * Rewrites the database file with only its live rows (an erased name or phone survives in no old page), aside,
     * then moves it into place and opens it again. A kill leaves the mark, and the next open compacts again.
     */
    private void compact() {
        try {
            db.execute("SHUTDOWN");
        } catch (RuntimeException e) {
            LOG.debug("shutdown", e);
        }
        closeQuietly(connection);
        Path scratch = Leftovers.scratch(folder, ".compact-");
        try {
            Backups.compact(StoreFiles.db(folder), StoreFiles.db(scratch), StoreFiles.db(folder));
            Files.move(StoreFiles.db(scratch), StoreFiles.db(folder), java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(folder.resolve(COMPACT_MARK));
        } catch (IOException e) {
            throw Failures.of(e, "cannot rewrite the database file", folder);
        } finally {
            Leftovers.deleteTree(scratch);
            try {
                connection = DriverManager.getConnection(url(folder), "sa", "");
                connection.setAutoCommit(true);
                db = DSL.using(connection, SQLDialect.H2);
                readTables.forget();
                load();
            } catch (SQLException e) {
                broken = Failures.of(e, "cannot reopen the database after rewriting it", folder);
            }
        }
    }

    /**
     * The retention setting: visitors with no deal and no contact for this many months are erased (0: off, the
     * default). Journaled like every setting.
     */
    public synchronized void setRetentionMonths(int months, LocalDateTime at) {
        requireOpen();
        if (months < 0 || months > 1200) {
            throw new IllegalArgumentException("retention is 0 (off) to 1200 months, not " + months);
        }
        Journal.Appended[] appended = {null};
        try {
            db.transaction(cfg -> appended[0] = journal.append(cfg.dsl(), at, RETENTION, "months=" + months, null,
                    null));
        } catch (RuntimeException e) {
            throw failedWrite(e, "could not save the retention setting");
        }
        journal.committed(appended[0]);
        writeHead();
    }

    /** The retention setting in months (0: off). */
    public synchronized int retentionMonths() {
        requireOpen();
        String payload = db.select(com.rotadesk.persistence.jooq.Tables.JOURNAL.PAYLOAD)
                .from(com.rotadesk.persistence.jooq.Tables.JOURNAL)
                .where(com.rotadesk.persistence.jooq.Tables.JOURNAL.KIND.eq(RETENTION))
                .orderBy(com.rotadesk.persistence.jooq.Tables.JOURNAL.SEQ.desc()).limit(1).fetchOne(0, String.class);
        return payload == null ? 0 : Integer.parseInt(payload.substring("months=".length()));
    }

    /**
     * Erases every client without a deal whose last contact is older than the retention period; returns how many
     * phones were erased (none when retention is off).
     */
    public synchronized int applyRetention(LocalDateTime now) {
        int months = retentionMonths();
        if (months == 0) {
            return 0;
        }
        try {
            return eraseExpired(now, months);
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw failedWrite(e, "could not apply the retention setting");
        }
    }

    private int eraseExpired(LocalDateTime now, int months) {
        List<String> expired = db.select(CLIENT.PHONE).from(CLIENT).where(CLIENT.DEAL.isFalse())
                .and(CLIENT.LAST_CONTACT.lt(now.minusMonths(months))).fetch(CLIENT.PHONE).stream()
                .filter(p -> !Phones.erased(p)).toList();
        int erased = 0;
        for (String phone : expired) {
            erased += eraseWithoutRebuild(phone, now) > 0 ? 1 : 0;
        }
        if (erased > 0) {
            afterErasure();
        }
        return erased;
    }

    /** A compressed copy of the database in the folder's {@code backups/}, keeping the newest 14. */
    public synchronized Path backup() {
        requireOpen();
        return Backups.create(db, folder, journal.head(), Ledger.erasures(folder).size());
    }

    /**
     * The daily backup, when the newest is a day old and something was confirmed since. Slow on a large
     * database: the desk calls it from its background executor after start-up, never on the FX thread.
     */
    public synchronized java.util.Optional<Path> backupIfDue() {
        requireOpen();
        if (journal.size() > Backups.newestSeq(folder) && Backups.dueToday(folder)) {
            return java.util.Optional.of(Backups.create(db, folder, journal.head(), Ledger.erasures(folder).size()));
        }
        return java.util.Optional.empty();
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("the store is closed");
        }
        if (broken != null) {
            reopen();
        }
    }

    /** After a write took the database down: opens it again from the file (which holds every confirmed action). */
    private void reopen() {
        closeQuietly(connection);
        try {
            connection = DriverManager.getConnection(url(folder), "sa", "");
            connection.setAutoCommit(true);
            db = DSL.using(connection, SQLDialect.H2);
            readTables.forget();
            load();
            LOG.info("reopened {} after: {}", folder, broken.getMessage());
            broken = null;
        } catch (SQLException | RuntimeException e) {
            // still full (or still failing): say so again, in the same words, and try again on the next call
            throw Failures.of(e, "cannot reopen the RotaDesk database in " + folder, folder);
        }
    }

    /** Backs up (at exit) and releases the data folder. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            // at exit, only when something was confirmed since the newest backup
            if (!aside && journal.size() > Backups.newestSeq(folder)) {
                Backups.create(db, folder, journal.head(), Ledger.erasures(folder).size());
            }
        } catch (RuntimeException e) {
            LOG.warn("backup at exit failed", e);
        } finally {
            try {
                db.execute("SHUTDOWN");
            } catch (RuntimeException e) {
                LOG.debug("shutdown", e);
            }
            closeQuietly(connection);
            if (!aside) {
                OwnerOnly.tree(folder);
            }
            lock.close();
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // already closed by SHUTDOWN
            }
        }
    }
}
