package com.rotadesk.persistence;

import com.rotadesk.model.Action;
import com.rotadesk.model.Client;
import com.rotadesk.model.ClientSource;
import com.rotadesk.model.DayOpening;
import com.rotadesk.model.review.RecordedDay;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import static com.rotadesk.persistence.jooq.Tables.DAY_OPENING;
import static com.rotadesk.persistence.jooq.Tables.JOURNAL;
import static com.rotadesk.persistence.jooq.Tables.PERSON;

/**
 * A range of days as recorded, read in a handful of queries for the whole range rather than a few per day: the
 * openings, the journal entries from the first opening to the day after the last (one cursor), and the clients
 * each day met as of its opening (one query over {@code day_client}, then the rest a batch of phones at a time).
 */
final class RecordedDays {
    private RecordedDays() {
    }

    /**
     * @param guard   wraps each day's client answers so that one asked later (from another thread) goes through the
     *                store's lock
     * @param earlierDays the earlier days, for a correction of one of them (R28), asked through the store's lock
     */
    static List<RecordedDay> read(DSLContext db, LocalDate from, LocalDate to,
            Function<ClientVersions, ClientSource> guard, com.rotadesk.model.engine.EarlierDays earlierDays) {
        // the latest opening of each date, in journal order
        TreeMap<Long, DayOpening> openings = new TreeMap<>();
        Map<LocalDate, Long> byDate = new java.util.HashMap<>();
        for (Record r : db.select(DAY_OPENING.SEQ, DAY_OPENING.DAY_DATE, DAY_OPENING.PAYLOAD).from(DAY_OPENING)
                .where(DAY_OPENING.DAY_DATE.between(from, to)).orderBy(DAY_OPENING.SEQ).fetch()) {
            Long earlier = byDate.put(r.get(DAY_OPENING.DAY_DATE), r.get(DAY_OPENING.SEQ));
            if (earlier != null) {
                openings.remove(earlier);
            }
            openings.put(r.get(DAY_OPENING.SEQ), OpeningCodec.decode(r.get(DAY_OPENING.PAYLOAD)));
        }
        if (openings.isEmpty()) {
            return List.of();
        }
        long first = openings.firstKey();
        long last = openings.lastKey();
        Long next = db.select(DSL.min(DAY_OPENING.SEQ)).from(DAY_OPENING).where(DAY_OPENING.SEQ.gt(last))
                .fetchOne(0, Long.class);
        Map<Long, Map<String, Client>> dayClients = ClientVersions.dayClients(db, first, last);
        List<Day> days = new ArrayList<>();
        Day[] current = {null};
        ActionCodec.Rows rows = Journal.rowsOf(db);
        lean(db, first, next == null ? Long.MAX_VALUE : next - 1, entry -> {
            DayOpening opening = openings.get(entry.seq());
            if (opening != null) {
                current[0] = new Day(entry.seq(), opening);
                days.add(current[0]);
                return;
            }
            if (current[0] == null) {
                return;
            }
            Action a = OfficeStore.decode(entry, rows);
            if (a == null) {
                return;
            }
            if (a instanceof Action.StartDay) {
                // a day whose opening lies outside the range (an older opening of the same date): not this range's
                current[0] = null;
                return;
            }
            current[0].actions.add(a);
            if (entry.phone() != null) {
                current[0].phones.add(entry.phone());
            }
        });
        List<RecordedDay> out = new ArrayList<>(days.size());
        for (Day d : days) {
            ClientVersions clients = new ClientVersions(db, d.seq)
                    .preloaded(dayClients.getOrDefault(d.seq, Map.of())).preload(d.phones);
            out.add(new RecordedDay(d.opening, guard.apply(clients), d.actions, earlierDays));
        }
        return out;
    }

    /**
     * The entries from {@code fromSeq} to {@code toSeq} with only what a replay needs (no hashes, no salts), read
     * through JDBC: a year is some 300,000 entries, and building a full jOOQ record for each was most of the time.
     */
    private static void lean(DSLContext db, long fromSeq, long toSeq, java.util.function.Consumer<JournalEntry> each) {
        var query = db.select(JOURNAL.SEQ, JOURNAL.ACTION_AT, JOURNAL.KIND, JOURNAL.PAYLOAD, JOURNAL.PERSON_ID,
                        PERSON.PHONE, PERSON.NAME, PERSON.ERASED_AT)
                .from(JOURNAL).leftJoin(PERSON).on(PERSON.ID.eq(JOURNAL.PERSON_ID))
                .where(JOURNAL.SEQ.between(fromSeq, toSeq)).orderBy(JOURNAL.SEQ);
        String sql = query.getSQL(org.jooq.conf.ParamType.INDEXED);
        db.connection(c -> {
            try (java.sql.PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, fromSeq);
                ps.setLong(2, toSeq);
                ps.setFetchSize(1000);
                try (java.sql.ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        long person = r.getLong(5);
                        Long personId = r.wasNull() ? null : person;
                        each.accept(new JournalEntry(r.getLong(1), r.getObject(2, java.time.LocalDateTime.class),
                                r.getString(3), r.getString(4), personId, null, null, 0, null, r.getString(6),
                                r.getString(7), null, r.getObject(8) != null, null, null));
                    }
                }
            }
        });
    }

    /** One day as it is being read. */
    private static final class Day {
        final long seq;
        final DayOpening opening;
        final List<Action> actions = new ArrayList<>();
        final Set<String> phones = new HashSet<>();

        Day(long seq, DayOpening opening) {
            this.seq = seq;
            this.opening = opening;
        }
    }
}
