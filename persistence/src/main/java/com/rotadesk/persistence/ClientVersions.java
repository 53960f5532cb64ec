package com.rotadesk.persistence;

import com.rotadesk.model.Client;
import com.rotadesk.model.ClientSource;
import com.rotadesk.persistence.jooq.tables.records.ClientVersionRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static com.rotadesk.persistence.jooq.Tables.CLIENT_VERSION;

/** Clients as of a journal entry, from their recorded versions: the engine's source when it resumes a day. */
final class ClientVersions implements ClientSource {
    private final DSLContext db;
    private final long asOf;

    ClientVersions(DSLContext db, long asOf) {
        this.db = db;
        this.asOf = asOf;
    }

    @Override
    public Client find(String phone) {
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

    private static Client toClient(ClientVersionRecord r) {
        if (r.getRemoved()) {
            return null;
        }
        List<String> household = r.getHousehold() == null || r.getHousehold().isEmpty() ? List.of()
                : Arrays.asList(r.getHousehold().split(","));
        return new Client(r.getPhone(), r.getName(), household, r.getOwner(), r.getLastContact(),
                Boolean.TRUE.equals(r.getDeal()), r.getLead());
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
        }
        tx.insertInto(CLIENT_VERSION).set(r).onDuplicateKeyUpdate().set(r).execute();
    }
}
