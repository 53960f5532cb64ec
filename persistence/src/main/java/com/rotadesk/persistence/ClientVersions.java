package com.rotadesk.persistence;

import com.rotadesk.model.Client;
import com.rotadesk.model.ClientSource;
import com.rotadesk.persistence.jooq.tables.records.ClientVersionRecord;
import com.rotadesk.persistence.jooq.tables.records.DayClientRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.rotadesk.persistence.jooq.Tables.CLIENT_VERSION;
import static com.rotadesk.persistence.jooq.Tables.DAY_CLIENT;

/** Clients as of a journal entry, from their recorded versions: the engine's source when it resumes a day. */
final class ClientVersions implements ClientSource {
    /** Phones per preload query: the IN list stays a modest statement, looked up in the primary key. */
    private static final int BATCH = 100;

    private final DSLContext db;
    private final long asOf;
    /** Answers read ahead by {@link #preload}; a phone mapped to null has no client as of {@code asOf}. */
    private final Map<String, Client> preloaded = new HashMap<>();

    ClientVersions(DSLContext db, long asOf) {
        this.db = db;
        this.asOf = asOf;
    }

    /** The journal entry the answers are as of. */
    long asOf() {
        return asOf;
    }

    /**
     * Reads ahead the clients the day opening at {@code asOf} recorded as it met them ({@link DayClients}): one
     * range of rows.
     */
    ClientVersions preloadDay() {
        for (DayClientRecord r : db.selectFrom(DAY_CLIENT).where(DAY_CLIENT.DAY_SEQ.eq(asOf)).fetch()) {
            preloaded.put(r.getPhone(), toClient(r.into(CLIENT_VERSION)));
        }
        return this;
    }

    /** Takes rows already read for the day opening at {@code asOf} (several days' {@link DayClients} at once). */
    ClientVersions preloaded(Map<String, Client> atOpening) {
        preloaded.putAll(atOpening);
        return this;
    }

    /** True when the answer for {@code phone} was read ahead (asking for it then touches no database). */
    boolean readAhead(String phone) {
        return preloaded.containsKey(phone);
    }

    /** The day-client rows of every opening from {@code fromSeq} to {@code toSeq}, per opening, in one query. */
    static Map<Long, Map<String, Client>> dayClients(DSLContext db, long fromSeq, long toSeq) {
        Map<Long, Map<String, Client>> out = new HashMap<>();
        for (DayClientRecord r : db.selectFrom(DAY_CLIENT).where(DAY_CLIENT.DAY_SEQ.between(fromSeq, toSeq)).fetch()) {
            out.computeIfAbsent(r.getDaySeq(), k -> new HashMap<>()).put(r.getPhone(),
                    toClient(r.into(CLIENT_VERSION)));
        }
        return out;
    }

    /**
     * Reads ahead the clients of phones a replay will ask for, a batch of phones per query instead of one query
     * per phone. Answers are as of the same entry as {@link #find}, read when the engine is built: nothing stale.
     */
    ClientVersions preload(Collection<String> phones) {
        List<String> wanted = phones.stream().filter(p -> !preloaded.containsKey(p)).distinct().toList();
        for (int from = 0; from < wanted.size(); from += BATCH) {
            List<String> batch = wanted.subList(from, Math.min(wanted.size(), from + BATCH));
            batch.forEach(p -> preloaded.put(p, null));
            Map<String, Long> newest = new HashMap<>();
            for (ClientVersionRecord r : InLists.indexed(db).selectFrom(CLIENT_VERSION)
                    .where(CLIENT_VERSION.PHONE.in(batch)).and(CLIENT_VERSION.SEQ.le(asOf)).fetch()) {
                if (r.getSeq() > newest.getOrDefault(r.getPhone(), Long.MIN_VALUE)) {
                    newest.put(r.getPhone(), r.getSeq());
                    preloaded.put(r.getPhone(), toClient(r));
                }
            }
        }
        return this;
    }

    @Override
    public Client find(String phone) {
        if (preloaded.containsKey(phone)) {
            return preloaded.get(phone);
        }
        ClientVersionRecord r = db.selectFrom(CLIENT_VERSION)
                .where(CLIENT_VERSION.PHONE.eq(phone)).and(CLIENT_VERSION.SEQ.le(asOf))
                .orderBy(CLIENT_VERSION.SEQ.desc()).limit(1).fetchOne();
        return r == null ? null : toClient(r);
    }

    @Override
    public List<Client> all() {
        var latest = db.select(CLIENT_VERSION.PHONE, DSL.max(CLIENT_VERSION.SEQ).as("s")).from(CLIENT_VERSION)
                .where(CLIENT_VERSION.SEQ.le(asOf)).groupBy(CLIENT_VERSION.PHONE).asTable("latest");
        List<Client> out = new ArrayList<>();
        for (ClientVersionRecord r : db.select(CLIENT_VERSION.fields()).from(CLIENT_VERSION)
                .join(latest).on(CLIENT_VERSION.PHONE.eq(latest.field(CLIENT_VERSION.PHONE))
                        .and(CLIENT_VERSION.SEQ.eq(latest.field("s", Long.class))))
                .fetchInto(CLIENT_VERSION)) {
            Client c = toClient(r);
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * The clients whose owner, as of {@code asOf}, is the consultant (R26's transfer of all their clients): the
     * phones that ever had that owner by then, each at its newest version by then.
     */
    @Override
    public List<Client> ownedBy(String consultant) {
        List<String> phones = db.selectDistinct(CLIENT_VERSION.PHONE).from(CLIENT_VERSION)
                .where(CLIENT_VERSION.OWNER.eq(consultant)).and(CLIENT_VERSION.SEQ.le(asOf)).fetch(CLIENT_VERSION.PHONE);
        preload(phones);
        List<Client> out = new ArrayList<>();
        for (String phone : phones) {
            Client c = preloaded.get(phone);
            if (c != null && consultant.equals(c.owner())) {
                out.add(c);
            }
        }
        return out;
    }

    private static Client toClient(ClientVersionRecord r) {
        if (r.getRemoved()) {
            return null;
        }
        List<String> household = r.getHousehold() == null || r.getHousehold().isEmpty() ? List.of()
                : Arrays.asList(r.getHousehold().split(","));
        return new Client(r.getPhone(), r.getName(), household, r.getOwner(), r.getLastContact(),
                Boolean.TRUE.equals(r.getDeal()), r.getLead(), r.getRegistered(), Boolean.TRUE.equals(r.getImported()),
                r.getPooled());
    }

    /** Records the client's state (or its absence) after the journal entry {@code seq}. */
    static void record(DSLContext tx, String phone, Client c, long seq) {
        ClientVersionRecord r = new ClientVersionRecord();
        r.setPhone(phone);
        r.setSeq(seq);
        r.setRemoved(c == null);
        if (c != null) {
            r.setName(c.name());
            r.setHousehold(String.join(",", c.household()));
            r.setOwner(c.owner());
            r.setLastContact(c.lastContact());
            r.setDeal(c.deal());
            r.setLead(c.lead());
            r.setRegistered(c.registered());
            r.setImported(c.imported());
            r.setPooled(c.pooled());
        }
        // each entry records a phone once (a rebuild empties the table first): a plain insert
        tx.executeInsert(r);
    }
}
