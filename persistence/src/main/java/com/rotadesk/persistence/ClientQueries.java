package com.rotadesk.persistence;

import com.rotadesk.model.Channel;
import com.rotadesk.model.Client;
import com.rotadesk.model.ClientStanding;
import com.rotadesk.model.Phones;
import com.rotadesk.persistence.jooq.tables.records.ClientRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record3;
import org.jooq.impl.DSL;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

import static com.rotadesk.persistence.jooq.Tables.CLIENT;
import static com.rotadesk.persistence.jooq.Tables.CLIENT_VERSION;
import static com.rotadesk.persistence.jooq.Tables.DAY_OPENING;
import static com.rotadesk.persistence.jooq.Tables.JOURNAL;
import static com.rotadesk.persistence.jooq.Tables.JOURNAL_ROW;
import static com.rotadesk.persistence.jooq.Tables.PERSON;
import static com.rotadesk.persistence.jooq.Tables.VISIT;

/**
 * The client register for the manager's office (R26-R30): searched as the manager types, the public pool, the whole
 * register for an export, and the days a client appears in. Every query reads an index range (V9), never every
 * client: an office has some 300,000 of them after ten years.
 */
final class ClientQueries {
    /** Sorts after every character a name or phone holds: {@code [q, q + HIGH)} is "starts with q". */
    private static final String HIGH = "\uffff";

    private ClientQueries() {
    }

    /**
     * Clients matching what was typed: digits find phones that start with them (and, four digits, that end with
     * them, as at the desk); other text finds names that start with it and consultants whose names start with it
     * (their clients newest contact first); nothing typed gives the latest contacts. Erased clients are never found.
     */
    static List<Client> search(DSLContext db, String typed, int limit) {
        String q = typed == null ? "" : typed.strip();
        Map<String, Client> found = new LinkedHashMap<>();
        if (q.isEmpty()) {
            add(found, select(db).where(notErased()).orderBy(CLIENT.LAST_CONTACT.desc().nullsLast()).limit(limit)
                    .fetch(), limit);
            return List.copyOf(found.values());
        }
        if (phoneLike(q)) {
            String digits = Phones.normalise(q);
            if (digits != null && digits.length() >= 3) {
                if (digits.length() == 4) {
                    List<String> tails = indexed(db).selectDistinct(PERSON.PHONE).from(PERSON)
                            .where(PERSON.PHONE_TAIL.eq(digits)).and(PERSON.ERASED_AT.isNull())
                            .orderBy(PERSON.PHONE).limit(limit).fetch(PERSON.PHONE);
                    if (!tails.isEmpty()) {
                        add(found, indexed(db).selectFrom(CLIENT).where(CLIENT.PHONE.in(tails)).orderBy(CLIENT.PHONE)
                                .fetch(), limit);
                    }
                }
                add(found, indexed(db).selectFrom(CLIENT).where(startsWith(db, CLIENT.PHONE, digits))
                        .and(notErased()).orderBy(ByteOrder.of(db, CLIENT.PHONE)).limit(limit).fetch(), limit);
            }
            return List.copyOf(found.values());
        }
        add(found, indexed(db).selectFrom(CLIENT).where(startsWith(db, CLIENT.NAME, q)).and(notErased())
                .orderBy(ByteOrder.of(db, CLIENT.NAME), CLIENT.PHONE).limit(limit).fetch(), limit);
        if (found.size() < limit) {
            add(found, ownedBy(db, q, limit), limit);
        }
        return List.copyOf(found.values());
    }

    /**
     * The clients of the consultants whose names start with {@code prefix}, newest contact first. Each consultant
     * is asked on its own, by equality and ordered by the whole (owner, last contact) index: over a prefix's range,
     * or ordered by the last contact alone, H2 reads every client of theirs (some 16,000 after ten years) and sorts
     * them to keep the newest {@code limit}.
     */
    private static List<ClientRecord> ownedBy(DSLContext db, String prefix, int limit) {
        List<ClientRecord> out = new ArrayList<>();
        String owner = nextOwner(db, prefix, null);
        while (owner != null) {
            out.addAll(indexed(db).selectFrom(CLIENT).where(CLIENT.OWNER.eq(owner)).and(notErased())
                    .orderBy(CLIENT.OWNER.desc(), CLIENT.LAST_CONTACT.desc()).limit(limit).fetch());
            owner = nextOwner(db, prefix, owner);
        }
        out.sort(Comparator.comparing(ClientRecord::getLastContact, Comparator.nullsLast(Comparator.reverseOrder())));
        return out.size() > limit ? out.subList(0, limit) : out;
    }

    /** The first owner after {@code after} (null: the first) whose name starts with the prefix: one index entry. */
    private static String nextOwner(DSLContext db, String prefix, String after) {
        return indexed(db).select(CLIENT.OWNER).from(CLIENT).where(startsWith(db, CLIENT.OWNER, prefix))
                .and(after == null ? DSL.noCondition() : ByteOrder.of(db, CLIENT.OWNER).gt(after))
                .orderBy(ByteOrder.of(db, CLIENT.OWNER)).limit(1)
                .fetchOne(CLIENT.OWNER);
    }

    /**
     * The public pool (R27) at {@code now}: clients the manager pooled, and owned clients without a deal whose last
     * contact is older than the protection period, most recently public first. {@code typed} narrows it as
     * {@link #search} does (blank: the whole pool, up to {@code limit}).
     */
    static List<ClientRow> pool(DSLContext db, String typed, LocalDateTime now, int protectionDays, int limit) {
        List<Client> candidates = new ArrayList<>();
        if (typed == null || typed.isBlank()) {
            candidates.addAll(toClients(indexed(db).selectFrom(CLIENT).where(CLIENT.OWNER.isNull())
                    .and(CLIENT.POOLED.isNotNull()).and(notErased()).orderBy(CLIENT.POOLED.desc()).limit(limit)
                    .fetch()));
            // lapsed exactly protectionDays after the last contact (R18): newest first along the index
            candidates.addAll(toClients(indexed(db).selectFrom(CLIENT)
                    .where(CLIENT.LAST_CONTACT.le(now.minusDays(protectionDays))).and(CLIENT.OWNER.isNotNull())
                    .and(CLIENT.DEAL.isFalse()).and(notErased()).orderBy(CLIENT.LAST_CONTACT.desc()).limit(limit)
                    .fetch()));
        } else {
            candidates.addAll(search(db, typed, limit * 4));
        }
        List<ClientRow> rows = new ArrayList<>();
        for (Client c : candidates) {
            ClientStanding s = ClientStanding.of(c, now, protectionDays);
            // the rules' answer decides who is public: the queries above only narrow the candidates down
            if (s.owner() == null && s.publicSince() != null) {
                rows.add(new ClientRow(c, s, 0, null));
            }
        }
        rows.sort(Comparator.comparing((ClientRow r) -> r.standing().publicSince()).reversed()
                .thenComparing(r -> r.client().phone()));
        return withVisits(db, rows.subList(0, Math.min(limit, rows.size())));
    }

    /** Rows for these clients with their standing at {@code now} and their visits. */
    static List<ClientRow> rows(DSLContext db, List<Client> clients, LocalDateTime now, int protectionDays) {
        List<ClientRow> rows = new ArrayList<>(clients.size());
        for (Client c : clients) {
            rows.add(new ClientRow(c, ClientStanding.of(c, now, protectionDays), 0, null));
        }
        return withVisits(db, rows);
    }

    /** The same rows with each phone's walk-in visits counted and the last one, a few queries for all of them. */
    private static List<ClientRow> withVisits(DSLContext db, List<ClientRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<String, Record3<String, Integer, LocalDateTime>> visits = new java.util.HashMap<>();
        List<String> phones = rows.stream().map(r -> r.client().phone()).toList();
        Field<Integer> count = DSL.count().as("visits");
        Field<LocalDateTime> last = DSL.max(VISIT.ARRIVAL).as("last_visit");
        for (int from = 0; from < phones.size(); from += 100) {
            List<String> batch = phones.subList(from, Math.min(phones.size(), from + 100));
            for (Record3<String, Integer, LocalDateTime> r : indexed(db).select(PERSON.PHONE, count, last).from(PERSON)
                    .join(VISIT).on(VISIT.PERSON_ID.eq(PERSON.ID)).where(PERSON.PHONE.in(batch))
                    .and(VISIT.CHANNEL.eq(Channel.WALK_IN.code())).groupBy(PERSON.PHONE).fetch()) {
                visits.put(r.value1(), r);
            }
        }
        List<ClientRow> out = new ArrayList<>(rows.size());
        for (ClientRow r : rows) {
            Record3<String, Integer, LocalDateTime> v = visits.get(r.client().phone());
            out.add(v == null ? r : new ClientRow(r.client(), r.standing(), v.value2(), v.value3()));
        }
        return out;
    }

    /** Every client of the register, by phone, erased ones left out (an export, the command line). */
    static void forEach(DSLContext db, Consumer<Client> each) {
        try (var cursor = select(db).where(notErased()).orderBy(CLIENT.PHONE).fetchSize(2000).fetchLazy()) {
            for (ClientRecord r : cursor) {
                each.accept(toClient(r));
            }
        }
    }

    /**
     * The days a client appears in, oldest first: days of the phone's visits and calls (under any name), and days of
     * every entry that changed its client, imported it, transferred it, followed it up or corrected a visit to or
     * from it.
     */
    static List<LocalDate> days(DSLContext db, String phone) {
        TreeSet<LocalDate> days = new TreeSet<>();
        if (phone == null || Phones.erased(phone)) {
            return List.of();
        }
        List<Long> people = indexed(db).select(PERSON.ID).from(PERSON).where(PERSON.PHONE.eq(phone)).fetch(PERSON.ID);
        TreeSet<Long> seqs = new TreeSet<>(indexed(db).select(CLIENT_VERSION.SEQ).from(CLIENT_VERSION)
                .where(CLIENT_VERSION.PHONE.eq(phone)).fetch(CLIENT_VERSION.SEQ));
        for (int from = 0; from < people.size(); from += 100) {
            List<Long> batch = people.subList(from, Math.min(people.size(), from + 100));
            days.addAll(indexed(db).selectDistinct(VISIT.DAY_DATE).from(VISIT).where(VISIT.PERSON_ID.in(batch))
                    .fetch(VISIT.DAY_DATE));
            seqs.addAll(indexed(db).select(JOURNAL.SEQ).from(JOURNAL).where(JOURNAL.PERSON_ID.in(batch))
                    .fetch(JOURNAL.SEQ));
            seqs.addAll(indexed(db).select(JOURNAL_ROW.SEQ).from(JOURNAL_ROW).where(JOURNAL_ROW.PERSON_ID.in(batch))
                    .fetch(JOURNAL_ROW.SEQ));
        }
        // each entry's day is the newest opening at or before it; entries of one day share it, so ask once per day
        Long dayEnd = null;
        for (Long seq : seqs.descendingSet()) {
            if (dayEnd != null && seq >= dayEnd) {
                continue;
            }
            Record r = db.select(DAY_OPENING.SEQ, DAY_OPENING.DAY_DATE).from(DAY_OPENING).where(DAY_OPENING.SEQ.le(seq))
                    .orderBy(DAY_OPENING.SEQ.desc()).limit(1).fetchOne();
            if (r == null) {
                break;
            }
            days.add(r.get(DAY_OPENING.DAY_DATE));
            dayEnd = r.get(DAY_OPENING.SEQ);
        }
        return List.copyOf(days);
    }

    /** True for what a person types as a phone: digits with spaces, dashes, dots, brackets or a leading plus. */
    static boolean phoneLike(String q) {
        boolean digit = false;
        for (int i = 0; i < q.length(); i++) {
            char ch = q.charAt(i);
            if (ch >= '0' && ch <= '9') {
                digit = true;
            } else if (" -+.()（）".indexOf(ch) < 0) {
                return false;
            }
        }
        return digit;
    }

    private static org.jooq.SelectWhereStep<ClientRecord> select(DSLContext db) {
        return indexed(db).selectFrom(CLIENT);
    }

    private static Condition startsWith(DSLContext db, Field<String> field, String prefix) {
        Field<String> f = ByteOrder.of(db, field);
        return f.ge(prefix).and(f.lt(prefix + HIGH));
    }

    private static Condition notErased() {
        return CLIENT.PHONE.notLike(Phones.PSEUDONYM + "%");
    }

    private static DSLContext indexed(DSLContext db) {
        return InLists.indexed(db);
    }

    private static void add(Map<String, Client> found, List<ClientRecord> records, int limit) {
        for (ClientRecord r : records) {
            if (found.size() >= limit) {
                return;
            }
            if (!Phones.erased(r.getName())) {
                found.putIfAbsent(r.getPhone(), toClient(r));
            }
        }
    }

    private static List<Client> toClients(List<ClientRecord> records) {
        return records.stream().map(ClientQueries::toClient).toList();
    }

    static Client toClient(ClientRecord r) {
        List<String> household = r.getHousehold() == null || r.getHousehold().isEmpty() ? List.of()
                : Arrays.asList(r.getHousehold().split(","));
        return new Client(r.getPhone(), r.getName(), household, r.getOwner(), r.getLastContact(),
                Boolean.TRUE.equals(r.getDeal()), r.getLead(), r.getRegistered(), Boolean.TRUE.equals(r.getImported()),
                r.getPooled());
    }
}
