package com.rotadesk.persistence;

import com.rotadesk.model.Action;
import com.rotadesk.model.ActionRejectedException;
import com.rotadesk.model.Client;
import com.rotadesk.model.Event;
import com.rotadesk.model.Phones;
import com.rotadesk.model.Policy;
import com.rotadesk.model.Visit;
import com.rotadesk.model.engine.OfficeEngine;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.rotadesk.persistence.jooq.Tables.CLIENT;
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
    private final Connection connection;
    private final DSLContext db;
    private final Journal journal = new Journal();
    private final Persons persons = new Persons();
    private final ReadTables readTables = new ReadTables(this::personIdOf);
    private OfficeEngine engine;
    private boolean closed;

    private OfficeStore(Path folder, InstanceLock lock, Connection connection) {
        this.folder = folder;
        this.lock = lock;
        this.connection = connection;
        this.db = DSL.using(connection, SQLDialect.H2);
    }

    /** Opens (or creates) the store in a data folder: locks it, migrates the schema and replays the journal. */
    public static OfficeStore open(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (Exception e) {
            throw Failures.of(e, "cannot create the data folder " + folder);
        }
        if (!Files.isWritable(folder)) {
            throw new StoreException(StoreException.Problem.READ_ONLY, "the data folder " + folder + " cannot be written");
        }
        InstanceLock lock = InstanceLock.acquire(folder);
        Connection connection = null;
        try {
            String url = url(folder);
            Flyway.configure().dataSource(url, "sa", "").load().migrate();
            connection = DriverManager.getConnection(url, "sa", "");
            connection.setAutoCommit(true);
            OfficeStore store = new OfficeStore(folder, lock, connection);
            store.load();
            return store;
        } catch (RuntimeException | SQLException e) {
            closeQuietly(connection);
            lock.close();
            throw Failures.of(e, "cannot open the RotaDesk database in " + folder);
        }
    }

    static String url(Path folder) {
        // WRITE_DELAY=0: a commit reaches the file before submit returns, so kill -9 loses nothing confirmed.
        return "jdbc:h2:file:" + folder.resolve(DB_NAME).toAbsolutePath() + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
    }

    private void load() {
        journal.load(db);
        persons.load(db);
        engine = replay(db, null);
        if (journal.size() > 0 && Backups.dueToday(folder)) {
            Backups.create(db, folder);
        }
    }

    /** Replays the journal into a new engine, stopping before the first day after {@code until} (null: all). */
    private static OfficeEngine replay(DSLContext db, LocalDate until) {
        OfficeEngine e = new OfficeEngine(Policy.defaults());
        try {
            Journal.forEach(db, entry -> {
                Action a = decode(entry);
                if (a == null) {
                    return;
                }
                if (until != null && a instanceof Action.StartDay s && s.date().isAfter(until)) {
                    throw new StopReplay();
                }
                try {
                    e.apply(a);
                } catch (ActionRejectedException ex) {
                    throw new StoreException(StoreException.Problem.CORRUPT,
                            "journal entry " + entry.seq() + " cannot be replayed: " + ex.getMessage(), ex);
                }
            });
        } catch (StopReplay stop) {
            // the day asked for is complete
        }
        return e;
    }

    private static final class StopReplay extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StopReplay() {
            super(null, null, false, false);
        }
    }

    private static Action decode(JournalEntry e) {
        if (e.kind().equals(ERASE)) {
            return null;
        }
        return ActionCodec.decode(e.kind(), e.at(), e.payload(), e.personId(),
                id -> new ActionCodec.Personal(e.phone(), e.name()));
    }

    private static final String ERASE = "erase";

    /** The engine with today's state, for the board's queries. Change it only through {@link #submit}. */
    public synchronized OfficeEngine engine() {
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
        ReadTables.Before before = ReadTables.Before.of(engine);
        ActionCodec.Encoded encoded = ActionCodec.encode(action);
        List<Event> events = new ArrayList<>();
        Journal.Appended[] appended = {null};
        try {
            db.transaction(cfg -> {
                DSLContext tx = cfg.dsl();
                Long personId = encoded.personal() == null ? null
                        : persons.idFor(tx, encoded.personal().phone(), encoded.personal().name());
                appended[0] = journal.append(tx, action.at(), encoded, personId);
                events.addAll(engine.apply(action));
                boolean wholeDay = action instanceof Action.Undo || action instanceof Action.StartDay;
                readTables.update(tx, engine, before, wholeDay, touchedPhones(action));
            });
        } catch (RuntimeException e) {
            Throwable cause = unwrap(e);
            // The engine may already hold the action: rebuild it from what the database really has.
            persons.reset(db);
            engine = replay(db, null);
            if (cause instanceof ActionRejectedException rejected) {
                throw rejected;
            }
            throw Failures.of(cause, "could not save " + encoded.kind());
        }
        journal.committed(appended[0]);
        return events;
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

    private Set<String> touchedPhones(Action action) {
        Set<String> phones = new HashSet<>();
        if (action instanceof Action.FollowUp f && Phones.normalise(f.phone()) != null) {
            phones.add(Phones.normalise(f.phone()));
        }
        return phones;
    }

    private Long personIdOf(DSLContext tx, Visit v) {
        String phone = v.registration().phone();
        String name = v.registration().name();
        if (phone == null && name == null) {
            return null;
        }
        Record r = tx.select(PERSON.ID).from(PERSON)
                .where(phone == null ? PERSON.PHONE.isNull() : PERSON.PHONE.eq(phone))
                .and(name == null ? PERSON.NAME.isNull() : PERSON.NAME.eq(name)).limit(1).fetchOne();
        return r == null ? null : r.get(PERSON.ID);
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
        var condition = PERSON.PHONE.startsWith(digits);
        if (digits.length() == 4) {
            condition = condition.or(PERSON.PHONE_TAIL.eq(digits));
        }
        Map<String, String> phones = new LinkedHashMap<>();
        for (Record r : db.select(PERSON.PHONE, PERSON.NAME).from(PERSON).where(condition)
                .and(PERSON.ERASED_AT.isNull()).orderBy(PERSON.PHONE, PERSON.ID).limit(limit * 4).fetch()) {
            phones.putIfAbsent(r.get(PERSON.PHONE), r.get(PERSON.NAME));
        }
        List<PhoneMatch> out = new ArrayList<>();
        for (Map.Entry<String, String> p : phones.entrySet()) {
            if (out.size() >= limit) {
                break;
            }
            Client c = engine.client(p.getKey());
            String owner = c == null ? null : c.ownerAt(now, engine.policy().protectionDays());
            LocalDateTime until = owner == null || c.deal() ? null : c.protectedUntil(engine.policy().protectionDays());
            LocalDateTime last = db.select(DSL.max(VISIT.ARRIVAL)).from(VISIT).join(PERSON).on(PERSON.ID.eq(VISIT.PERSON_ID))
                    .where(PERSON.PHONE.eq(p.getKey())).and(VISIT.CHANNEL.eq("walk-in"))
                    .fetchOne(0, LocalDateTime.class);
            out.add(new PhoneMatch(p.getKey(), c != null ? c.name() : p.getValue(), owner, until,
                    c != null && c.deal(), last));
        }
        return out;
    }

    /** The engine as it stood at the end of a past day (or now, for today), for that day's sheets. */
    public synchronized OfficeEngine engineAt(LocalDate day) {
        requireOpen();
        return replay(db, day);
    }

    /** The days the journal holds, oldest first. */
    public synchronized List<LocalDate> days() {
        return db.selectDistinct(VISIT.DAY_DATE).from(VISIT).unionAll(
                        db.selectDistinct(CONSULTANT_DAY.DAY_DATE).from(CONSULTANT_DAY))
                .fetch(0, LocalDate.class).stream().distinct().sorted().toList();
    }

    /** Checks the journal's hash chain. */
    public synchronized VerifyReport verify() {
        requireOpen();
        return Journal.verify(db);
    }

    /**
     * Rebuilds every read table from the journal alone, in one transaction, and reports how many rows differed.
     */
    public synchronized RebuildReport rebuild() {
        requireOpen();
        Map<String, List<String>> expected = new LinkedHashMap<>();
        List<org.jooq.TableRecord<?>> visits = new ArrayList<>();
        List<org.jooq.TableRecord<?>> consultants = new ArrayList<>();
        OfficeEngine e = new OfficeEngine(Policy.defaults());
        long[] entries = {0};
        Journal.forEach(db, entry -> {
            entries[0]++;
            Action a = decode(entry);
            if (a == null) {
                return;
            }
            if (a instanceof Action.StartDay && e.date() != null) {
                dayRows(e, visits, consultants);
            }
            e.apply(a);
        });
        if (e.date() != null) {
            dayRows(e, visits, consultants);
        }
        List<org.jooq.TableRecord<?>> clients = new ArrayList<>();
        e.clients().forEach(c -> clients.add(ReadTables.clientRecord(c)));
        Map<String, String> settings = ReadTables.settings(e);
        expected.put("visit", ReadTables.rowsOf(visits));
        expected.put("consultant_day", ReadTables.rowsOf(consultants));
        expected.put("client", ReadTables.rowsOf(clients));
        List<String> settingRows = new ArrayList<>();
        settings.forEach((k, v) -> settingRows.add(k + "=" + v));
        expected.put("setting", settingRows);

        Map<String, List<String>> actual = new LinkedHashMap<>();
        actual.put("visit", ReadTables.rowsOf(db.selectFrom(VISIT).fetch()));
        actual.put("consultant_day", ReadTables.rowsOf(db.selectFrom(CONSULTANT_DAY).fetch()));
        actual.put("client", ReadTables.rowsOf(db.selectFrom(CLIENT).fetch()));
        actual.put("setting", db.selectFrom(SETTING).fetch().map(r -> r.getName() + "=" + r.getSettingValue()));
        Map<String, Integer> differences = new LinkedHashMap<>();
        expected.forEach((table, rows) -> differences.put(table, difference(rows, actual.get(table))));

        db.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            tx.deleteFrom(VISIT).execute();
            tx.deleteFrom(CONSULTANT_DAY).execute();
            tx.deleteFrom(CLIENT).execute();
            tx.deleteFrom(SETTING).execute();
            if (!visits.isEmpty()) {
                tx.batchInsert(visits).execute();
            }
            if (!consultants.isEmpty()) {
                tx.batchInsert(consultants).execute();
            }
            if (!clients.isEmpty()) {
                tx.batchInsert(clients).execute();
            }
            ReadTables.writeSettings(tx, e);
        });
        engine = e;
        return new RebuildReport(entries[0], differences);
    }

    private void dayRows(OfficeEngine e, List<org.jooq.TableRecord<?>> visits, List<org.jooq.TableRecord<?>> consultants) {
        for (Visit v : e.visits()) {
            visits.add(readTables.visitRecord(db, e.date(), v));
        }
        e.consultants().forEach(c -> consultants.add(ReadTables.consultantRecord(e, e.date(), c)));
    }

    private static int difference(List<String> expected, List<String> actual) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        expected.forEach(r -> counts.merge(r, 1, Integer::sum));
        actual.forEach(r -> counts.merge(r, -1, Integer::sum));
        return counts.values().stream().mapToInt(Math::abs).sum();
    }

    /**
     * Erases a visitor's name and phone everywhere (the client's right under PIPL): the personal rows get
     * pseudonyms, the erasure is journaled, and the chain stays intact. Returns how many person rows changed.
     */
    public synchronized int erase(String phone, LocalDateTime at) {
        requireOpen();
        String digits = Phones.normalise(phone);
        if (digits == null || Phones.erased(digits)) {
            return 0;
        }
        int[] changed = {0};
        Journal.Appended[] appended = {null};
        db.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            changed[0] = Persons.erase(tx, digits, at);
            if (changed[0] > 0) {
                ActionCodec.Encoded entry = new ActionCodec.Encoded(ERASE, "rows=" + changed[0], null);
                appended[0] = journal.append(tx, at, entry, null);
                tx.deleteFrom(CLIENT).where(CLIENT.PHONE.eq(digits)).execute();
            }
        });
        if (appended[0] != null) {
            journal.committed(appended[0]);
            engine = replay(db, null);
            db.transaction(cfg -> {
                for (Client c : engine.clients()) {
                    if (Phones.erased(c.phone())) {
                        ReadTables.writeClient(cfg.dsl(), c, c.phone());
                    }
                }
            });
        }
        return changed[0];
    }

    /** A compressed copy of the database in the folder's {@code backups/}, keeping the newest 14. */
    public synchronized Path backup() {
        requireOpen();
        return Backups.create(db, folder);
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("the store is closed");
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
            if (journal.size() > 0) {
                Backups.create(db, folder);
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
