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
import com.rotadesk.model.engine.EarlierDays;
import com.rotadesk.model.engine.OfficeEngine;
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
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

import static com.rotadesk.persistence.jooq.Tables.CLIENT;
import static com.rotadesk.persistence.jooq.Tables.CLIENT_VERSION;
import static com.rotadesk.persistence.jooq.Tables.DAY_CLIENT;
import static com.rotadesk.persistence.jooq.Tables.DAY_OPENING;
import static com.rotadesk.persistence.jooq.Tables.EARLIER_CORRECTION;
import static com.rotadesk.persistence.jooq.Tables.JOURNAL;
import static com.rotadesk.persistence.jooq.Tables.JOURNAL_ROW;
import static com.rotadesk.persistence.jooq.Tables.OFFICE_IDENTITY;
import static com.rotadesk.persistence.jooq.Tables.CONSULTANT_DAY;
import static com.rotadesk.persistence.jooq.Tables.PERSON;
import static com.rotadesk.persistence.jooq.Tables.SETTING;
import static com.rotadesk.persistence.jooq.Tables.VISIT;

/**
 * One office's record: the journal of every confirmed action (R24/R25), the read tables, and the visitors' personal
 * data apart from the chain. One confirmed action is one transaction. It lives in a data folder (embedded H2, one
 * desk) or in a schema on a PostgreSQL server shared by several desks (decision 0008): there every append locks the
 * stream's head, first applies what the other desks wrote, and wakes them when it commits. One thread at a time
 * per store (calls are synchronised).
 */
public final class OfficeStore implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OfficeStore.class);
    /** The database file's base name inside the data folder. */
    static final String DB_NAME = "rotadesk";

    private final Path folder;
    /** The office's stream on a PostgreSQL server, or null for a data folder. */
    private final ServerStream server;
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
    /** Entries other desks wrote that this store applied since it opened (shared mode). */
    private long othersApplied;
    /** The newest entry was written by another desk (shared mode): a clock a little behind it is re-stamped. */
    private boolean lastByOthers;

    private OfficeStore(Path folder, InstanceLock lock, Connection connection, boolean aside) {
        this(folder, null, lock, connection, aside);
    }

    private OfficeStore(Path folder, ServerStream server, InstanceLock lock, Connection connection, boolean aside) {
        this.folder = folder;
        this.server = server;
        this.lock = lock;
        this.connection = connection;
        this.db = dsl(connection);
        this.aside = aside;
    }

    private DSLContext dsl(Connection c) {
        return server != null ? ServerStream.dsl(c) : DSL.using(c, SQLDialect.H2);
    }

    /** A new connection to where the office lives. */
    private Connection connect() throws SQLException {
        if (server != null) {
            return server.connect();
        }
        Connection c = DriverManager.getConnection(url(folder), "sa", "");
        c.setAutoCommit(true);
        return c;
    }

    /**
     * Opens one office on a PostgreSQL server (shared mode, decision 0008): brings the server's catalogue and the
     * office's schema to this RotaDesk's version (creating them on a new server), replays today, checks the head row
     * and applies the office's erasure ledger again. A view-only board migrates nothing and writes nothing. Several
     * desks may have the same office open at once.
     */
    public static OfficeStore open(ServerOffice office) {
        ServerStream stream = new ServerStream(office);
        long start = System.nanoTime();
        Connection connection = null;
        try {
            if (office.viewOnly()) {
                stream.requireCurrent();
            } else {
                stream.migrate();
            }
            long migrated = System.nanoTime();
            connection = stream.connect();
            OfficeStore store = new OfficeStore(null, stream, null, connection, false);
            store.load();
            store.checkHeadRecord();
            if (!office.viewOnly()) {
                store.applyLedger();
            }
            LOG.info("opened {} in {} ms (schema {} ms, today's board {} ms)", office.describe(),
                    (System.nanoTime() - start) / 1_000_000, (migrated - start) / 1_000_000,
                    (System.nanoTime() - migrated) / 1_000_000);
            return store;
        } catch (RuntimeException | SQLException e) {
            closeQuietly(connection);
            throw stream.failure(e, "cannot open office " + office.office() + " on the server");
        }
    }

    /** Every office on a server, by code (the server's catalogue); empty when RotaDesk never ran there. */
    public static List<String> offices(ServerOffice server) {
        return new ServerStream(server).offices();
    }

    /** The server office this store holds, or null for a data folder. */
    public ServerOffice serverOffice() {
        return server == null ? null : server.office();
    }

    /** Where the office lives, as a person reads it: the data folder, or the server and office. */
    public String where() {
        return server != null ? server.office().describe() : String.valueOf(folder);
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
            Migrations.h2(url(scratch)).load().migrate();
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
        if (server != null && server.office().viewOnly()) {
            // a board that only views cannot repair the server's tables: it shows the journal's own replay
            engine = replay(db, new ArrayList<>());
            clients = null;
            return;
        }
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
        if (server != null) {
            // shared mode: the head row every append moves in the same transaction is the head record
            ChainHead h = server.head(db);
            if (h == null || h.seq() != journal.size() || h.seq() > 0 && !matches(h)) {
                throw new StoreException(StoreException.Problem.TAMPERED, "the journal of " + server.office().describe()
                        + " ends at entry " + journal.size() + " but its head row says " + (h == null ? "nothing"
                        : h.text()) + ": entries were deleted or the past rewritten; run rotadesk verify");
            }
            return;
        }
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
        if (!aside && server == null) {
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
        resumeLatest(db);
    }

    private void resumeLatest(DSLContext db) {
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
        return resumeFrom(db, clients, opening, until, drift, sink, c -> c);
    }

    /** The same, with the day's client answers wrapped by {@code guard} (the review's, through the store's lock). */
    private static OfficeEngine resumeFrom(DSLContext db, ClientVersions clients,
            com.rotadesk.model.DayOpening opening, LocalDate until, List<ReplayDrift> drift, EntrySink sink,
            Function<ClientVersions, com.rotadesk.model.ClientSource> guard) {
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
        OfficeEngine e = OfficeEngine.resume(opening, guard.apply(clients.preloadDay().preload(phones)),
                earlierDays(db, guard));
        return replayInto(db, e, day::forEach, until, drift, sink);
    }

    /**
     * The earlier days a correction of one of them works ownership out from (R28), replayed from {@code db}: each
     * with the corrections of its visits journaled before the asking day opened, so that replaying a day decides
     * its corrections as they were decided.
     */
    private static EarlierDays earlierDays(DSLContext db) {
        return earlierDays(db, c -> c);
    }

    private static EarlierDays earlierDays(DSLContext db,
            Function<ClientVersions, com.rotadesk.model.ClientSource> guard) {
        return new EarlierDays() {
            @Override
            public OfficeEngine day(LocalDate date, LocalDate asking) {
                Record r = openingOf(db, date);
                if (r == null) {
                    return null;
                }
                OfficeEngine e = resumeFrom(db, new ClientVersions(db, r.get(DAY_OPENING.SEQ)),
                        OpeningCodec.decode(r.get(DAY_OPENING.PAYLOAD)), date, new ArrayList<>(), null, guard);
                Record a = asking == null ? null : openingOf(db, asking);
                showCorrections(db, e, date, a == null ? Long.MAX_VALUE : a.get(DAY_OPENING.SEQ));
                return e;
            }

            @Override
            public List<LocalDate> touching(java.util.Collection<String> phones, LocalDate after, LocalDate before) {
                // a later correction may have moved a visit of a day in between to one of the phones (its visit rows
                // are rewritten): that day is among them then, and working it out changes nothing for a phone that
                // the day, as the asking day sees it, does not concern; none drops out, the check-in's entry keeps
                // the phone it was registered with
                java.util.TreeSet<LocalDate> days = new java.util.TreeSet<>();
                for (String phone : phones) {
                    for (LocalDate d : ClientQueries.days(db, phone)) {
                        if (d.isAfter(after) && d.isBefore(before)) {
                            days.add(d);
                        }
                    }
                }
                return List.copyOf(days);
            }

            @Override
            public List<LocalDate> corrected(LocalDate before, LocalDate asking) {
                Record a = asking == null ? null : openingOf(db, asking);
                return db.selectDistinct(EARLIER_CORRECTION.DAY_DATE).from(EARLIER_CORRECTION)
                        .where(EARLIER_CORRECTION.DAY_DATE.lt(before)
                                .and(EARLIER_CORRECTION.SEQ.lt(a == null ? Long.MAX_VALUE : a.get(DAY_OPENING.SEQ))))
                        .orderBy(EARLIER_CORRECTION.DAY_DATE).fetch(EARLIER_CORRECTION.DAY_DATE);
            }
        };
    }

    /** A day's newest opening entry (its number and payload), or null when the journal holds no such day. */
    private static Record openingOf(DSLContext db, LocalDate day) {
        return db.select(DAY_OPENING.SEQ, DAY_OPENING.PAYLOAD).from(DAY_OPENING).where(DAY_OPENING.DAY_DATE.eq(day))
                .orderBy(DAY_OPENING.SEQ.desc()).limit(1).fetchOne();
    }

    /** Shows on a finished day's replay the corrections of its visits journaled before entry {@code before} (R28). */
    private static void showCorrections(DSLContext db, OfficeEngine day, LocalDate date, long before) {
        List<Long> seqs = db.select(EARLIER_CORRECTION.SEQ).from(EARLIER_CORRECTION)
                .where(EARLIER_CORRECTION.DAY_DATE.eq(date).and(EARLIER_CORRECTION.SEQ.lt(before)))
                .orderBy(EARLIER_CORRECTION.SEQ).fetch(EARLIER_CORRECTION.SEQ);
        if (seqs.isEmpty()) {
            return;
        }
        ActionCodec.Rows rows = Journal.rowsOf(db);
        for (long seq : seqs) {
            for (JournalEntry entry : Journal.read(db, seq, seq)) {
                if (decode(entry, rows) instanceof Action.CorrectEarlier c) {
                    day.showCorrected(c);
                }
            }
        }
    }

    /**
     * A correction of an earlier day, found by the day it corrects (R28); an undo of one takes it off that day's
     * register again. An undo takes back today's newest standing action, so the correction it undoes is the newest
     * of that day's that still stands.
     */
    private void recordEarlier(DSLContext tx, Action a, List<Event> events, long seq) {
        LocalDate corrected = null;
        if (a instanceof Action.CorrectEarlier c) {
            tx.insertInto(EARLIER_CORRECTION).set(EARLIER_CORRECTION.DAY_DATE, c.day())
                    .set(EARLIER_CORRECTION.SEQ, seq).execute();
            corrected = c.day();
        }
        for (Event e : events) {
            if (e instanceof Event.Undone u && u.action() instanceof Action.CorrectEarlier c) {
                Long newest = tx.select(DSL.max(EARLIER_CORRECTION.SEQ)).from(EARLIER_CORRECTION)
                        .where(EARLIER_CORRECTION.DAY_DATE.eq(c.day())).fetchOne(0, Long.class);
                if (newest != null) {
                    tx.deleteFrom(EARLIER_CORRECTION).where(EARLIER_CORRECTION.DAY_DATE.eq(c.day())
                            .and(EARLIER_CORRECTION.SEQ.eq(newest))).execute();
                }
                corrected = c.day();
            }
        }
        if (corrected != null) {
            // that day's visit rows as its register now shows them: the client register counts the visit for the
            // corrected phone and finds the day in its timeline (the day's rotation rows stand, R25)
            readTables.rewriteVisits(tx, corrected, earlierDays(tx).day(corrected, null).visits(),
                    this::correctedPersonOf);
        }
    }

    /** Replays the whole journal into a new engine. */
    private static OfficeEngine replay(DSLContext db, List<ReplayDrift> drift) {
        return replayInto(db, new OfficeEngine(Policy.defaults(), earlierDays(db)), each -> Journal.forEach(db, 1, each),
                null, drift, null);
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

    /** An entry's action as the engine replays it; null for the entries that are not actions (erasure, retention). */
    static Action decode(JournalEntry e, ActionCodec.Rows rows) {
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

    /** The data folder (null for an office on a server). */
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
        return submit(action, null);
    }

    /**
     * Like {@link #submit(Action)}, but first asks {@code asShown} whether the action still means what the desk showed
     * (the proposal of a check-in dialog): in shared mode it is asked of the engine after it applied what the other
     * desks wrote, inside the transaction that holds the stream's head, so nothing else can change the board before
     * the entry is written. When it answers false nothing is written and {@link StoreException.Problem#STALE} is
     * thrown: the desk asks again and shows the new answer.
     */
    public synchronized List<Event> submit(Action action, Predicate<OfficeEngine> asShown) {
        requireWritable();
        for (int attempt = 1; ; attempt++) {
            try {
                return submitOnce(action, asShown);
            } catch (Retry retry) {
                if (attempt >= RETRIES) {
                    throw retry.failure;
                }
                LOG.info("submit of {} retried (attempt {}): {}", action.getClass().getSimpleName(), attempt,
                        retry.failure.getMessage());
                pause(attempt);
            }
        }
    }

    /** How many times an append that lost a race (a serialization failure, a deadlock) is tried. */
    private static final int RETRIES = 5;

    /** An append lost a race on the server and left nothing behind: try it again. */
    private static final class Retry extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final StoreException failure;

        Retry(StoreException failure) {
            super(null, null, false, false);
            this.failure = failure;
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private List<Event> submitOnce(Action action, Predicate<OfficeEngine> asShown) {
        requireOpen();
        ActionCodec.Encoded checked = ActionCodec.encode(action);
        Limits.check(checked);
        List<Event> events = new ArrayList<>();
        Journal.Appended[] appended = {null};
        String[] kind = {checked.kind()};
        try {
            db.transaction(cfg -> {
                DSLContext tx = cfg.dsl();
                ChainHead from = lockAndCatchUp(tx, SUBMIT_WAIT);
                if (asShown != null && !asShown.test(engine)) {
                    throw new StoreException(StoreException.Problem.STALE, "another desk changed the board since the"
                            + " proposal was shown: nothing was saved", null, where(), null);
                }
                Action a = restampBehindOthers(action);
                ActionCodec.Encoded encoded = a == action ? checked : ActionCodec.encode(a);
                ReadTables.Before before = readTables.before(engine);
                // decided and applied first: the entry keeps the digest of the events it produced (decision 0005)
                events.addAll(engine.apply(a));
                Persons.Ref person = encoded.personal() == null ? null
                        : persons.idFor(tx, encoded.personal().phone(), encoded.personal().name());
                String payload = encoded.payload();
                List<ActionCodec.StoredRow> rows = null;
                if (encoded.rows() != null) {
                    rows = storedRows(tx, encoded.rows());
                    payload = ActionCodec.sealRows(payload, rows);
                }
                appended[0] = append(tx, from, a.at(), encoded.kind(), payload, person, EventDigest.of(events));
                if (rows != null) {
                    Journal.appendRows(tx, appended[0].seq(), rows);
                }
                recordEarlier(tx, a, events, appended[0].seq());
                boolean wholeDay = a instanceof Action.Undo || a instanceof Action.StartDay;
                readTables.update(tx, engine, before, wholeDay, touchedPhones(a, engine, events),
                        appended[0].seq());
            });
        } catch (RuntimeException e) {
            Throwable cause = unwrap(e);
            if (cause instanceof ActionRejectedException
                    || cause instanceof StoreException s && s.problem() == StoreException.Problem.STALE) {
                // refused before anything changed: only the rolled-back transaction's traces go
                StoreException gone = recover(null, false);
                if (gone != null) {
                    throw gone;
                }
                throw (RuntimeException) cause;
            }
            StoreException failure = failedWrite(cause, "could not save " + kind[0]);
            if (retryable(cause) && broken == null) {
                throw new Retry(failure);
            }
            throw failure;
        }
        committed(appended[0]);
        return events;
    }

    /** The head lock's wait for a check-in: another desk's append takes milliseconds; an erasure may take longer. */
    private static final int SUBMIT_WAIT = 10;
    /** The head lock's wait for an erasure or a rebuild, which hold the office while they rewrite the read tables. */
    private static final int LONG_WAIT = 120;

    /**
     * Shared mode: locks the stream's head for the caller's transaction ({@code seconds} at most), then applies
     * every entry the other desks wrote since this store last read, by sequence number, so that what is decided next
     * is decided on the board as it is. Returns the head as locked (for a data folder: where the chain ends).
     */
    private ChainHead lockAndCatchUp(DSLContext tx, int seconds) {
        if (server == null) {
            return journal.head();
        }
        tx.execute("SET LOCAL lock_timeout = '" + seconds + "s'");
        ChainHead head = server.lockHead(tx);
        catchUp(tx, head.seq());
        if (!head.matches(journal.size(), journal.head().hash())) {
            throw new StoreException(StoreException.Problem.TAMPERED, "the head of " + server.office().describe()
                    + " (" + head.text() + ") is not the journal's last entry (" + journal.head().text() + ")");
        }
        return head;
    }

    /** Appends an entry in the caller's transaction; in shared mode moves the locked head to it and wakes the desks. */
    private Journal.Appended append(DSLContext tx, ChainHead from, LocalDateTime at, String kind, String payload,
            Persons.Ref person, String digest) {
        Journal.Appended a = journal.append(tx, at, kind, payload, person, digest);
        if (server != null) {
            server.moveHead(tx, from, new ChainHead(a.seq(), a.hash()));
        }
        return a;
    }

    /** After the transaction that appended {@code a} committed. */
    private void committed(Journal.Appended a) {
        journal.committed(a);
        lastByOthers = false;
        writeHead();
    }

    /**
     * Shared mode: the desks' clocks differ by a few seconds, and an action confirmed just after another desk's may
     * carry an earlier time, which the rules refuse (actions are in time order). Such an action is journaled at the
     * time of the entry before it, when that entry is another desk's and at most {@link #CLOCK_SKEW} later.
     */
    private Action restampBehindOthers(Action a) {
        LocalDateTime last = journal.lastAt();
        if (server == null || !lastByOthers || last == null || a instanceof Action.StartDay || !a.at().isBefore(last)
                || java.time.Duration.between(a.at(), last).compareTo(CLOCK_SKEW) > 0) {
            return a;
        }
        ActionCodec.Encoded e = ActionCodec.encode(a);
        if (e.rows() != null) {
            return a;
        }
        LOG.info("{} at {} journaled at {}: another desk's entry before it is later (clocks differ)", e.kind(), a.at(),
                last);
        return ActionCodec.decode(e.kind(), last, e.payload(), 0L, id -> e.personal());
    }

    /** How far behind another desk's clock this desk's may be before its actions are refused as out of order. */
    private static final java.time.Duration CLOCK_SKEW = java.time.Duration.ofMinutes(2);

    /**
     * Shared mode: applies the entries other desks wrote since this store last read them, up to entry {@code upTo},
     * in order of their numbers. Each must chain onto the one before (its hash is recomputed): a desk never applies
     * an entry that does not follow what it holds. Returns how many were applied.
     */
    private int catchUp(DSLContext tx, long upTo) {
        if (upTo <= journal.size()) {
            return 0;
        }
        List<JournalEntry> entries = Journal.read(tx, journal.size() + 1, upTo);
        ActionCodec.Rows rows = Journal.rowsOf(tx);
        List<ReplayDrift> drift = new ArrayList<>(todayDrift);
        boolean erased = false;
        for (JournalEntry e : entries) {
            ChainHead last = journal.head();
            if (e.seq() != last.seq() + 1 || !e.prevHash().equals(last.hash())
                    || !HashChain.hash(e.scheme(), e.hashInput(last.hash())).equals(e.hash())) {
                throw new StoreException(StoreException.Problem.TAMPERED, "entry " + e.seq() + " on "
                        + server.office().describe() + " does not follow entry " + last.text()
                        + " that this desk holds: run rotadesk verify");
            }
            Action a = decode(e, rows);
            if (a != null) {
                List<Event> events;
                try {
                    events = engine.apply(a);
                } catch (ActionRejectedException ex) {
                    throw new StoreException(StoreException.Problem.CORRUPT,
                            "journal entry " + e.seq() + " cannot be replayed: " + ex.getMessage(), ex);
                }
                checkDrift(e, events, drift);
            } else if (e.kind().equals(ERASE)) {
                erased = true;
            }
            journal.committed(new Journal.Appended(e.seq(), e.hash(), e.at()));
        }
        todayDrift = List.copyOf(drift);
        othersApplied += entries.size();
        lastByOthers = true;
        // another desk may have added person rows and changed the read tables this store remembers
        persons.reset(tx);
        readTables.forget();
        if (erased) {
            // names and phones became pseudonyms: today's board is read again as the erasing desk rebuilt it
            resumeLatest(tx);
        }
        return entries.size();
    }

    /**
     * Shared mode: applies what the other desks wrote since this store last read (a follower's wake-up, or a
     * periodic look), by sequence number. Returns how many entries were applied; 0 for a data folder.
     */
    public synchronized int catchUp() {
        if (server == null) {
            return 0;
        }
        requireOpen();
        try {
            ChainHead head = server.head(db);
            return head == null ? 0 : catchUp(db, head.seq());
        } catch (RuntimeException e) {
            throw failedRead(e, "cannot read the other desks' entries");
        }
    }

    /** How many entries other desks wrote that this store applied since it opened. */
    public synchronized long othersApplied() {
        return othersApplied;
    }

    /** A failed read on a server: a server away leaves the store to reconnect on the next call. */
    private StoreException failedRead(RuntimeException e, String what) {
        if (e instanceof StoreException s && s.problem() != StoreException.Problem.SERVER_AWAY) {
            return s;
        }
        StoreException failure = fail(e, what);
        if (failure.problem() == StoreException.Problem.SERVER_AWAY) {
            broken = failure;
        }
        return failure;
    }

    /** Classifies a failure where the office lives: the data folder's disk, or the server. */
    private StoreException fail(Throwable e, String what) {
        return server != null ? server.failure(e, what) : Failures.of(e, what, folder);
    }

    /** A serialization failure, a deadlock or a second entry after the same head: nothing was written; try again. */
    private boolean retryable(Throwable cause) {
        if (server == null) {
            return false;
        }
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().equals("40001") || sql.getSQLState().equals("40P01")
                    || sql.getSQLState().equals("23505"))) {
                return true;
            }
        }
        return false;
    }

    /** A board that may only view the office refuses every change before it is tried. */
    private void requireWritable() {
        if (server != null && server.office().viewOnly()) {
            throw new StoreException(StoreException.Problem.VIEW_ONLY, "this board only views the office ("
                    + server.office().describe() + "): nothing can be changed here", null, where(), null);
        }
    }

    /** A write failed: the memory follows the database again, and the failure is said in the user's terms. */
    private StoreException failedWrite(Throwable cause, String what) {
        StoreException failure = fail(cause, what);
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
            broken = failure != null ? failure : fail(databaseGone, "could not read back");
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
     * A corrected visit's person: its name and phone as corrected were never journaled together (the correction
     * names only what changed), so any person of that phone stands for it; the rows count visits by phone.
     */
    private Long correctedPersonOf(DSLContext tx, Visit v) {
        Long id = personIdOf(tx, v);
        String phone = v.registration().phone();
        if (id != null || phone == null) {
            return id;
        }
        return tx.select(PERSON.ID).from(PERSON).where(PERSON.PHONE.eq(phone)).orderBy(PERSON.ID).limit(1)
                .fetchOne(PERSON.ID);
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
        try {
            return lookupDigits(digits, now, limit);
        } catch (RuntimeException e) {
            throw server != null ? failedRead(e, "cannot look up " + digits) : e;
        }
    }

    private List<PhoneMatch> lookupDigits(String digits, LocalDateTime now, int limit) {
        Map<String, String> phones = new LinkedHashMap<>();
        // Two indexed queries rather than one OR, which H2 would answer with a scan.
        if (digits.length() == 4) {
            for (Record r : db.select(PERSON.PHONE, PERSON.NAME).from(PERSON).where(PERSON.PHONE_TAIL.eq(digits))
                    .and(PERSON.ERASED_AT.isNull()).orderBy(PERSON.PHONE, PERSON.ID).limit(limit * 4).fetch()) {
                phones.putIfAbsent(r.get(PERSON.PHONE), r.get(PERSON.NAME));
            }
        }
        for (Record r : db.select(PERSON.PHONE, PERSON.NAME).from(PERSON).where(startsWith(digits))
                .and(PERSON.ERASED_AT.isNull()).orderBy(phoneBytes(), PERSON.ID).limit(limit * 4).fetch()) {
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

    /**
     * Phones starting with these digits. PostgreSQL uses an index for a prefix only under a byte-order collation:
     * there it is the range from the digits to the digits and ':' (the character after '9'), under COLLATE "C" as its
     * index is (V8_1).
     */
    private org.jooq.Condition startsWith(String digits) {
        if (server == null) {
            return PERSON.PHONE.startsWith(digits);
        }
        Field<String> bytes = phoneBytes();
        return bytes.ge(DSL.inline(digits)).and(bytes.lt(DSL.inline(digits + ":")));
    }

    /**
     * The phone in byte order. On a server the prefix's matches are ordered by it too: ordered by the phone under the
     * database's collation, PostgreSQL walked the whole phone index in that order and filtered the range, 0.1–0.5 s
     * for a prefix with few matches among ten years of visitors.
     */
    private Field<String> phoneBytes() {
        return ByteOrder.of(db, PERSON.PHONE);
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

    /**
     * Reads ahead the clients of these phones (any spelling), a hundred a query, before the engine asks for them one
     * by one: an old register's rows, whose import is decided for every row at once (R29). Asked one query each, the
     * 50,000 rows of a register took half a minute on ten years of clients.
     */
    public synchronized void readAhead(java.util.Collection<String> phones) {
        requireOpen();
        if (clients != null) {
            clients.preload(phones.stream().map(Phones::normalise).filter(java.util.Objects::nonNull).toList());
        }
    }

    /** The engine as it stood at the end of a past day (or now, for today), for that day's sheets. */
    public synchronized OfficeEngine engineAt(LocalDate day) {
        requireOpen();
        try {
            return replayDay(day);
        } catch (RuntimeException e) {
            throw server != null ? failedRead(e, "cannot read the day " + day) : e;
        }
    }

    private OfficeEngine replayDay(LocalDate day) {
        Record r = db.select(DAY_OPENING.SEQ, DAY_OPENING.PAYLOAD).from(DAY_OPENING)
                .where(DAY_OPENING.DAY_DATE.eq(day)).orderBy(DAY_OPENING.SEQ.desc()).limit(1).fetchOne();
        if (r == null) {
            throw new IllegalArgumentException("the journal holds no day " + day);
        }
        List<ReplayDrift> drift = new ArrayList<>();
        OfficeEngine e = resumeFrom(db, new ClientVersions(db, r.get(DAY_OPENING.SEQ)),
                OpeningCodec.decode(r.get(DAY_OPENING.PAYLOAD)), day, drift);
        dayDrift.put(day, List.copyOf(drift));
        // the register of that day shows every correction made of it since (R28)
        showCorrections(db, e, day, Long.MAX_VALUE);
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
     * The days from {@code from} to {@code to} that the journal holds, oldest first, each as recorded: its opening,
     * the clients as of that opening, and its actions in order. The whole range is read in a few queries (the month
     * in review and the simulator replay these); a client the days did not read ahead is asked for under the store's
     * lock, so the days may be replayed on another thread.
     */
    public synchronized List<com.rotadesk.model.review.RecordedDay> recordedDays(LocalDate from, LocalDate to) {
        requireOpen();
        return RecordedDays.read(db, from, to, this::guarded, new EarlierDays() {
            // the review plays days on a worker: each earlier day is replayed holding the store's lock, and its
            // clients are asked through it afterwards
            @Override
            public OfficeEngine day(LocalDate date, LocalDate asking) {
                synchronized (OfficeStore.this) {
                    requireOpen();
                    return earlierDays(db, OfficeStore.this::guarded).day(date, asking);
                }
            }

            @Override
            public List<LocalDate> touching(java.util.Collection<String> phones, LocalDate after, LocalDate before) {
                synchronized (OfficeStore.this) {
                    requireOpen();
                    return earlierDays(db, OfficeStore.this::guarded).touching(phones, after, before);
                }
            }

            @Override
            public List<LocalDate> corrected(LocalDate before, LocalDate asking) {
                synchronized (OfficeStore.this) {
                    requireOpen();
                    return earlierDays(db, OfficeStore.this::guarded).corrected(before, asking);
                }
            }
        });
    }

    private com.rotadesk.model.ClientSource guarded(ClientVersions clients) {
        return new com.rotadesk.model.ClientSource() {
            @Override
            public Client find(String phone) {
                if (clients.readAhead(phone)) {
                    return clients.find(phone);
                }
                synchronized (OfficeStore.this) {
                    requireOpen();
                    return clients.find(phone);
                }
            }

            @Override
            public List<Client> all() {
                synchronized (OfficeStore.this) {
                    requireOpen();
                    return clients.all();
                }
            }
        };
    }

    /**
     * Where the chain stood at the end of a day: its last entry before the next day's opening (for today, the head
     * now). The rotation sheet and the visit register print it; the manager's signature makes it an anchor.
     */
    public synchronized ChainHead anchorAt(LocalDate day) {
        requireOpen();
        try {
            return anchorOf(day);
        } catch (RuntimeException e) {
            throw server != null ? failedRead(e, "cannot read the anchor of " + day) : e;
        }
    }

    private ChainHead anchorOf(LocalDate day) {
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
        try {
            return db.selectDistinct(DAY_OPENING.DAY_DATE).from(DAY_OPENING).orderBy(DAY_OPENING.DAY_DATE)
                    .fetch(DAY_OPENING.DAY_DATE);
        } catch (RuntimeException e) {
            throw server != null ? failedRead(e, "cannot read the days") : e;
        }
    }

    /**
     * Shared mode: follows the office, so the engine applies what other desks write within a moment: a dedicated
     * connection listens for the office's notifications and tells {@code listener} to catch up (after each wake-up,
     * after a reconnect, and now and then in case one was missed), and when the server goes away or comes back.
     */
    public OfficeFollower follow(OfficeFollower.Listener listener) {
        if (server == null) {
            throw new IllegalStateException("only an office on a server is followed: a data folder has one desk");
        }
        return OfficeFollower.start(server, listener);
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
        if (server != null) {
            return verifyOnServer(db, List.of());
        }
        return ChainCheck.run(db, folderAnchors(folder), Ledger.restores(folder));
    }

    /**
     * Shared mode: the chain, the personal data and the head row as an anchor (with {@code paper}), in one read-only
     * transaction, so the journal streams through a cursor instead of being read whole into memory.
     */
    private VerifyReport verifyOnServer(DSLContext db, List<ChainHead> paper) {
        try {
            return verifyOnServer(server, db, paper);
        } catch (RuntimeException e) {
            throw failedRead(e, "cannot verify " + where());
        }
    }

    private static VerifyReport verifyOnServer(ServerStream server, DSLContext db, List<ChainHead> paper) {
        return db.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            tx.execute("SET TRANSACTION READ ONLY");
            List<Anchor> anchors = new ArrayList<>();
            ChainHead head = server.head(tx);
            if (head != null && head.seq() > 0) {
                anchors.add(new Anchor("the head row", head, false));
            }
            paper.forEach(h -> anchors.add(new Anchor("the anchor given", h, true)));
            return ChainCheck.run(tx, anchors, List.of());
        });
    }

    /**
     * Verifies an office on a server without changing it: read-only, nothing migrated, nothing replayed (an office
     * whose journal no longer matches its head row is reported, not refused); checks the chain, the personal data,
     * the head row and {@code paper} (anchors read off sheets).
     */
    public static VerifyReport verify(ServerOffice office, List<ChainHead> paper) {
        ServerStream stream = new ServerStream(office.readOnly());
        try {
            stream.requireCurrent();
            try (Connection c = stream.connect()) {
                return verifyOnServer(stream, ServerStream.dsl(c), paper);
            }
        } catch (SQLException | RuntimeException e) {
            throw stream.failure(e, "cannot verify office " + office.office() + " on the server");
        }
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
        requireWritable();
        List<Map<String, List<String>>> before = new ArrayList<>();
        readTables.forget();
        long[] entries = {0};
        List<ReplayDrift> drift = new ArrayList<>();
        OfficeEngine[] rebuilt = {null};
        try {
            db.transaction(cfg -> {
                DSLContext tx = cfg.dsl();
                // shared mode: no desk writes while the tables are rebuilt (they wait for the head)
                lockAndCatchUp(tx, LONG_WAIT);
                before.add(readTableRows(tx));
                readTables.forget();
                for (var table : List.of(VISIT, CONSULTANT_DAY, CLIENT, CLIENT_VERSION, DAY_CLIENT, DAY_OPENING,
                        SETTING, EARLIER_CORRECTION)) {
                    tx.deleteFrom(table).execute();
                }
                OfficeEngine e = new OfficeEngine(Policy.defaults(), earlierDays(tx));
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
                    recordEarlier(tx, a, events, entry.seq());
                });
                rebuilt[0] = e;
            });
        } catch (RuntimeException failure) {
            // the rows written were rolled back: so is what the read tables remember of them
            readTables.forget();
            if (server != null) {
                throw failedWrite(unwrap(failure), "could not rebuild the read tables");
            }
            throw failure;
        }
        Map<String, List<String>> after = readTableRows(db);
        Map<String, Integer> differences = new LinkedHashMap<>();
        after.forEach((table, rows) -> differences.put(table, difference(rows, before.getFirst().get(table))));
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
        rows.put("earlier_correction", ReadTables.rowsOf(db.selectFrom(EARLIER_CORRECTION).fetch()));
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
        requireWritable();
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
        if (server != null) {
            // the server keeps old row versions until it vacuums; their bytes, its WAL and its dumps are the
            // server's business (docs/decisions/0007)
            vacuumPersonalData();
            return;
        }
        compact();
        Backups.rewrite(folder, Ledger.erasures(folder));
        writeHead();
    }

    /** Shared mode: asks the server to reclaim the old versions of the rows that held erased data. */
    private void vacuumPersonalData() {
        for (String table : List.of("person", "client", "client_version", "day_client")) {
            try {
                db.execute("VACUUM " + table);
            } catch (RuntimeException e) {
                LOG.info("VACUUM {} was not done (the role may not own the table): {}", table, e.getMessage());
            }
        }
    }

    /** The erasures of this office's ledger: the file beside the database, or the server's catalogue. */
    private List<Ledger.Erasure> erasures() {
        return server != null ? Ledger.erasures(server.ledger(db)) : Ledger.erasures(folder);
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
        if (server != null) {
            server.appendLedger(db, new Ledger.Erasure(at, keys));
        } else if (!aside) {
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
            ChainHead from = lockAndCatchUp(tx, LONG_WAIT);
            List<Long> ids = Persons.erase(tx, digits, at);
            changed[0] = ids.size();
            if (!ids.isEmpty()) {
                appended[0] = append(tx, from, at, ERASE, "ids=" + String.join(",",
                        ids.stream().map(String::valueOf).toList()), null, null);
                tx.deleteFrom(CLIENT).where(CLIENT.PHONE.eq(digits)).execute();
            }
        });
        if (appended[0] != null) {
            journal.committed(appended[0]);
            lastByOthers = false;
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
        List<Ledger.Erasure> ledger = erasures();
        List<String> phones = phonesToErase(ledger);
        if (!phones.isEmpty()) {
            if (server == null) {
                markCompaction();
            }
            LocalDateTime at = LocalDateTime.now();
            for (String phone : phones) {
                eraseJournaled(phone, at);
            }
            rebuild();
        }
        if (server == null && Files.exists(folder.resolve(COMPACT_MARK))) {
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
        requireWritable();
        if (months < 0 || months > 1200) {
            throw new IllegalArgumentException("retention is 0 (off) to 1200 months, not " + months);
        }
        Journal.Appended[] appended = {null};
        try {
            db.transaction(cfg -> {
                ChainHead from = lockAndCatchUp(cfg.dsl(), SUBMIT_WAIT);
                appended[0] = append(cfg.dsl(), from, at, RETENTION, "months=" + months, null, null);
            });
        } catch (RuntimeException e) {
            throw failedWrite(unwrap(e), "could not save the retention setting");
        }
        committed(appended[0]);
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
        if (months == 0 || server != null && server.office().viewOnly()) {
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
        if (server != null) {
            throw new StoreException(StoreException.Problem.IO, "an office on a server is backed up by the server"
                    + " (pg_dump), or copied into a data folder with rotadesk migrate --db URL --office "
                    + server.office().office() + " --to DIR", null, where(), null);
        }
        return Backups.create(db, folder, journal.head(), Ledger.erasures(folder).size());
    }

    /**
     * The daily backup, when the newest is a day old and something was confirmed since. Slow on a large
     * database: the desk calls it from its background executor after start-up, never on the FX thread.
     */
    public synchronized java.util.Optional<Path> backupIfDue() {
        requireOpen();
        if (server == null && journal.size() > Backups.newestSeq(folder) && Backups.dueToday(folder)) {
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
            connection = connect();
            db = dsl(connection);
            readTables.forget();
            persons.reset(db);
            load();
            if (server != null) {
                checkHeadRecord();
            }
            LOG.info("reopened {} after: {}", where(), broken.getMessage());
            broken = null;
        } catch (SQLException | RuntimeException e) {
            // still full, still away (or still failing): say so again, in the same words, and try again on the next call
            throw fail(e, "cannot reopen the RotaDesk database in " + where());
        }
    }

    /** Backs up (at exit) and releases the data folder. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (server != null) {
            closeQuietly(connection);
            return;
        }
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
