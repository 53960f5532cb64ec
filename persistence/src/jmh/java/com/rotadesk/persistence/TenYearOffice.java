package com.rotadesk.persistence;

import com.rotadesk.model.Action;
import com.rotadesk.model.Client;
import com.rotadesk.model.Policy;
import com.rotadesk.model.Visit;
import com.rotadesk.model.engine.OfficeEngine;
import com.rotadesk.model.sim.DayGenerator;
import com.rotadesk.persistence.jooq.tables.records.ConsultantDayRecord;
import com.rotadesk.persistence.jooq.tables.records.JournalRecord;
import com.rotadesk.persistence.jooq.tables.records.PersonRecord;
import com.rotadesk.persistence.jooq.tables.records.VisitRecord;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.rotadesk.persistence.jooq.Tables.CLIENT;
import static com.rotadesk.persistence.jooq.Tables.DAY_OPENING;

/**
 * Generates years of a busy office straight into a data folder, in large batches (confirming millions of
 * actions one transaction at a time would take hours): the journal with its hash chain, personal data, and
 * the read tables as the desk would have left them. Client versions are written once per day (enough for every
 * day's opening, which is all a resume asks).
 */
final class TenYearOffice {
    /**
     * The store benchmark's busy office: 20 consultants, about 300 walk-in visits and 20 calls a day, many returning
     * visitors, so ten years hold about 300,000 clients.
     */
    static DayGenerator.Settings busy(int visits) {
        return new DayGenerator.Settings(20, visits, 20, 0.72, 0.03, 0.05, true, 0.02, 0.005, false, true);
    }

    private TenYearOffice() {
    }

    /**
     * The ten busy years the store's benchmarks share, generated into {@code folder} unless it holds them already:
     * 20 consultants, {@code visits} walk-in visits and 20 calls a day, many returning visitors (about 300,000
     * clients over ten years).
     */
    static void busyOffice(Path folder, int days, int visits) throws Exception {
        if (Files.exists(folder.resolve(OfficeStore.DB_NAME + ".mv.db"))) {
            return;
        }
        long t = System.nanoTime();
        System.out.printf("generating %d days of %d visits into %s%n", days, visits, folder);
        generate(folder, days, busy(visits), 2026);
        System.out.printf("generated in %.0f s%n", (System.nanoTime() - t) / 1e9);
    }

    /**
     * Generates the store benchmark's office into a folder and nothing else, so that one folder can be copied to a
     * server ({@code migrate}) and measured beside H2 on a copy of the same. Args: folder, days, walk-in visits a day.
     */
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 3650;
        int visits = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        if (Files.exists(folder.resolve(OfficeStore.DB_NAME + ".mv.db"))) {
            throw new IllegalArgumentException(folder + " already holds an office");
        }
        long t = System.nanoTime();
        System.out.printf("generating %d days of %d visits into %s%n", days, visits, folder);
        generate(folder, days, busy(visits), 2026);
        System.out.printf("generated in %.0f s%n", (System.nanoTime() - t) / 1e9);
    }

    static void generate(Path folder, int days, DayGenerator.Settings settings, long seed) throws Exception {
        Files.createDirectories(folder);
        String url = OfficeStore.url(folder);
        // the H2 migrations only: since shared mode the default location also holds PostgreSQL's
        Migrations.h2(url).load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.setAutoCommit(false);
            DSLContext db = DSL.using(c, SQLDialect.H2);
            DayGenerator generator = new DayGenerator(seed, settings);
            OfficeEngine engine = new OfficeEngine(Policy.defaults());
            Loader loader = new Loader(db);
            LocalDate first = LocalDate.now().minusDays(days - 1);
            Action roster = new Action.SetRoster(first.atStartOfDay(), generator.consultants());
            engine.apply(roster);
            loader.journal(roster);
            for (int d = 0; d < days; d++) {
                LocalDate day = first.plusDays(d);
                // the generator applies the day to the engine; the loader journals what it confirmed
                List<Action> actions = generator.day(engine, day);
                loader.day(engine, actions);
                if (d % 200 == 0) {
                    System.out.printf("  %s: %d entries, %d people%n", day, loader.seq, loader.people.size());
                    c.commit();
                }
            }
            loader.flush();
            for (Client client : engine.clients()) {
                loader.batch.add(ReadTables.clientRecord(client));
            }
            loader.flush();
            c.commit();
            // the bulk load leaves the file fragmented; a desk that grew over ten years would have been compacted
            // by its nightly backups' restores no more than this
            try {
                db.execute("SHUTDOWN COMPACT");
            } catch (org.jooq.exception.DataAccessException closedAsAsked) {
                // H2 closes the connection under the statement: the compaction is done
            }
        }
    }

    private static final class Loader {
        private final DSLContext db;
        private final Map<String, Long> people = new HashMap<>();
        private final Map<String, Long> phoneKeys = new HashMap<>();
        private final List<TableRecord<?>> persons = new ArrayList<>();
        private final List<TableRecord<?>> batch = new ArrayList<>();
        private final Set<String> touchedToday = new HashSet<>();
        /** Each phone's client as last recorded (a version per day): what the next day's opening knew. */
        private final Map<String, Client> recorded = new HashMap<>();
        private final ReadTables readTables;
        private long seq;
        private long personSeq;
        private String hash = HashChain.GENESIS;

        Loader(DSLContext db) {
            this.db = db;
            this.readTables = new ReadTables((tx, v) -> people.get(v.registration().phone() + "|" + v.registration().name()));
        }

        void journal(Action a) {
            ActionCodec.Encoded e = ActionCodec.encode(a);
            Long person = null;
            if (e.personal() != null && (e.personal().phone() != null || e.personal().name() != null)) {
                String key = e.personal().phone() + "|" + e.personal().name();
                person = people.get(key);
                if (person == null) {
                    person = ++personSeq;
                    people.put(key, person);
                    PersonRecord p = new PersonRecord();
                    p.setId(person);
                    p.setPhone(e.personal().phone());
                    p.setName(e.personal().name());
                    String phone = e.personal().phone();
                    if (phone != null) {
                        p.setPhoneTail(phone.substring(phone.length() - 4));
                        p.setPhoneKey(phoneKeys.computeIfAbsent(phone, k -> p.getId()));
                        touchedToday.add(phone);
                    }
                    persons.add(p);
                } else if (e.personal().phone() != null) {
                    touchedToday.add(e.personal().phone());
                }
            }
            seq++;
            // written as an office that grew over ten years would have: under the first hash scheme (decision 0004)
            String next = HashChain.hash(1, new HashChain.Input(hash, seq, a.at(), e.kind(), e.payload(), person, null,
                    null, null));
            JournalRecord j = new JournalRecord(seq, a.at(), e.kind(), e.payload(), person, hash, next, (short) 1,
                    null, null, null);
            hash = next;
            batch.add(j);
            if (batch.size() >= 5000) {
                flush();
            }
        }

        /** The day's entries, its opening, and its read-table rows as they stood at the end of the day. */
        void day(OfficeEngine engine, List<Action> actions) {
            long opening = -1;
            for (Action a : actions) {
                journal(a);
                if (a instanceof Action.StartDay) {
                    opening = seq;
                    batch.add(new com.rotadesk.persistence.jooq.tables.records.DayOpeningRecord(seq, engine.date(),
                            OpeningCodec.encode(engine.opening())));
                }
            }
            for (Visit v : engine.visits()) {
                VisitRecord r = readTables.visitRecord(db, engine.date(), v);
                batch.add(r);
            }
            engine.consultants().forEach(c -> {
                ConsultantDayRecord r = ReadTables.consultantRecord(engine, engine.date(), c);
                batch.add(r);
            });
            for (String phone : touchedToday) {
                // the clients the day met as they stood at its opening, as the desk records them (DayClients)
                Client atOpening = recorded.get(phone);
                batch.add(DayClients.row(opening, phone, atOpening == null ? null : ReadTables.clientRecord(atOpening)));
            }
            flush();
            for (String phone : touchedToday) {
                Client now = engine.client(phone);
                ClientVersions.record(db, phone, now, seq);
                recorded.put(phone, now);
            }
            touchedToday.clear();
        }

        void flush() {
            // persons first: journal rows refer to them
            if (!persons.isEmpty()) {
                db.batchInsert(persons).execute();
                persons.clear();
            }
            if (!batch.isEmpty()) {
                db.batchInsert(batch).execute();
                batch.clear();
            }
        }
    }

    static long clients(DSLContext db) {
        return db.fetchCount(CLIENT);
    }

    static long days(DSLContext db) {
        return db.fetchCount(DAY_OPENING);
    }
}
