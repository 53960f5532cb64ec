package com.rotadesk.persistence;

import com.rotadesk.model.Channel;
import com.rotadesk.model.Client;
import com.rotadesk.model.Visit;
import com.rotadesk.model.engine.ConsultantView;
import com.rotadesk.model.engine.OfficeEngine;
import com.rotadesk.persistence.jooq.tables.records.ClientRecord;
import com.rotadesk.persistence.jooq.tables.records.ConsultantDayRecord;
import com.rotadesk.persistence.jooq.tables.records.VisitRecord;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.TableRecord;
import org.jooq.UpdatableRecord;
import org.jooq.impl.DSL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import static com.rotadesk.persistence.jooq.Tables.CLIENT;
import static com.rotadesk.persistence.jooq.Tables.CONSULTANT_DAY;
import static com.rotadesk.persistence.jooq.Tables.DAY_OPENING;
import static com.rotadesk.persistence.jooq.Tables.SETTING;
import static com.rotadesk.persistence.jooq.Tables.VISIT;

/**
 * The read tables (visits, consultants' days, clients, settings) as projections of the engine: written in the
 * same transaction as each journal entry, and rebuildable from the journal alone.
 */
final class ReadTables {

    /** What the board looked like before an action, to write only what changed. */
    record Before(LocalDate date, List<Visit> visits) {
        static Before of(OfficeEngine engine) {
            if (engine.date() == null) {
                return new Before(null, List.of());
            }
            return new Before(engine.date(), engine.visits());
        }
    }

    private final BiFunction<DSLContext, Visit, Long> personIds;
    /** The consultant rows last written for the current day, so an action writes only the rows it changed. */
    private final Map<String, List<Object>> writtenConsultants = new java.util.HashMap<>();
    private LocalDate writtenDay;
    /** The visits of {@code writtenDay} as last written: the engine's own, since it changes only through here. */
    private List<Visit> writtenVisits;
    private final DayClients dayClients = new DayClients();
    /** The current day's opening entry; -1 when not read yet. */
    private long openingSeq = -1;

    /** {@code personIds} finds the person row of a visit's name and phone. */
    ReadTables(BiFunction<DSLContext, Visit, Long> personIds) {
        this.personIds = personIds;
    }

    /**
     * The board before the next action: the visits last written when they are the engine's current day (the
     * engine snapshots every visit of the day on each call, twice per action otherwise).
     */
    Before before(OfficeEngine engine) {
        if (writtenVisits != null && engine.date() != null && engine.date().equals(writtenDay)) {
            return new Before(writtenDay, writtenVisits);
        }
        return Before.of(engine);
    }

    /**
     * Writes what the journal entry {@code seq} changed; {@code wholeDay} rewrites today's rows (after an undo
     * or at a new day, which also records the day's opening).
     */
    void update(DSLContext tx, OfficeEngine engine, Before before, boolean wholeDay, Collection<String> touchedPhones,
            long seq) {
        if (engine.date() == null) {
            writeSettings(tx, engine);
            return;
        }
        LocalDate day = engine.date();
        List<Visit> visits = engine.visits();
        Set<String> phones = new HashSet<>(touchedPhones);
        boolean opening = !day.equals(before.date());
        if (wholeDay || opening) {
            tx.deleteFrom(VISIT).where(VISIT.DAY_DATE.eq(day)).execute();
            tx.deleteFrom(CONSULTANT_DAY).where(CONSULTANT_DAY.DAY_DATE.eq(day)).execute();
            before.visits().forEach(v -> addPhone(phones, v));
            for (Visit v : visits) {
                tx.insertInto(VISIT).set(visitRecord(tx, day, v)).execute();
                addPhone(phones, v);
            }
            writtenConsultants.clear();
            writtenDay = day;
            for (ConsultantView c : engine.consultants()) {
                List<Object> values = consultantValues(engine, day, c);
                tx.insertInto(CONSULTANT_DAY).set(consultantRecord(values)).execute();
                writtenConsultants.put(c.name(), values);
            }
            writeSettings(tx, engine);
            if (opening) {
                openingSeq = seq;
                tx.insertInto(DAY_OPENING).set(DAY_OPENING.SEQ, seq).set(DAY_OPENING.DAY_DATE, day)
                        .set(DAY_OPENING.PAYLOAD, OpeningCodec.encode(engine.opening())).execute();
            }
        } else {
            // visits keep their place in the day's list: compare each with the one it was before the action
            for (int i = 0; i < visits.size(); i++) {
                Visit v = visits.get(i);
                if (i >= before.visits().size()) {
                    // a new place in the list: no row yet (the rows follow the list, rewritten whole after an undo)
                    tx.executeInsert(visitRecord(tx, day, v));
                    addPhone(phones, v);
                } else if (!v.equals(before.visits().get(i))) {
                    upsert(tx, visitRecord(tx, day, v));
                    addPhone(phones, v);
                }
            }
            if (!day.equals(writtenDay)) {
                writtenConsultants.clear();
                writtenDay = day;
            }
            for (ConsultantView c : engine.consultants()) {
                // compared as plain values: building twenty jOOQ records per action to write one or two cost more
                List<Object> values = consultantValues(engine, day, c);
                if (!values.equals(writtenConsultants.get(c.name()))) {
                    upsert(tx, consultantRecord(values));
                    writtenConsultants.put(c.name(), values);
                }
            }
        }
        writtenVisits = visits;
        for (String phone : phones) {
            ClientRecord existing = tx.selectFrom(CLIENT).where(CLIENT.PHONE.eq(phone)).fetchOne();
            if (!opening) {
                // not changed yet today unless recorded already: the row still holds the state at the opening
                dayClients.record(tx, openingSeq(tx), phone, existing);
            }
            writeClient(tx, engine.client(phone), phone, seq, existing);
        }
    }

    private long openingSeq(DSLContext tx) {
        if (openingSeq < 0) {
            openingSeq = tx.select(DSL.max(DAY_OPENING.SEQ)).from(DAY_OPENING).fetchOne(0, Long.class);
        }
        return openingSeq;
    }

    /**
     * Updates the row by its key, inserting it when there was none. Cheaper than the MERGE ... USING that jOOQ
     * renders for H2 (parsed and planned per statement), and the row is almost always there.
     */
    private static void upsert(DSLContext tx, UpdatableRecord<?> r) {
        if (tx.executeUpdate(r) == 0) {
            tx.executeInsert(r);
        }
    }

    /** A record's values in order, to compare (jOOQ's {@code intoArray} goes through a record mapper per call). */
    private static List<Object> values(Record r) {
        List<Object> values = new ArrayList<>(r.size());
        for (int i = 0; i < r.size(); i++) {
            values.add(r.get(i));
        }
        return values;
    }

    private static void addPhone(Set<String> phones, Visit v) {
        if (v.registration().phone() != null) {
            phones.add(v.registration().phone());
        }
    }

    /**
     * Writes a finished day's visit rows again as its replay shows them now (after a correction of that day made
     * later, or its undo), each with the person {@code persons} finds for it; today's rows and what this object
     * remembers of them are not concerned.
     */
    void rewriteVisits(DSLContext tx, LocalDate day, List<Visit> visits, BiFunction<DSLContext, Visit, Long> persons) {
        if (day.equals(writtenDay)) {
            throw new IllegalArgumentException("not a finished day: " + day);
        }
        tx.deleteFrom(VISIT).where(VISIT.DAY_DATE.eq(day)).execute();
        for (Visit v : visits) {
            VisitRecord r = visitRecord(tx, day, v);
            r.setPersonId(persons.apply(tx, v));
            tx.insertInto(VISIT).set(r).execute();
        }
    }

    /** Forgets what was written (after a failed transaction or a rebuild): the next action writes every row. */
    void forget() {
        writtenConsultants.clear();
        writtenDay = null;
        writtenVisits = null;
        dayClients.forget();
        openingSeq = -1;
    }

    private static void writeClient(DSLContext tx, Client c, String phone, long seq, ClientRecord existing) {
        if (c == null) {
            if (existing != null) {
                tx.deleteFrom(CLIENT).where(CLIENT.PHONE.eq(phone)).execute();
                ClientVersions.record(tx, phone, null, seq);
            }
            return;
        }
        ClientRecord r = clientRecord(c);
        if (existing == null) {
            tx.executeInsert(r);
            ClientVersions.record(tx, phone, c, seq);
        } else if (!values(existing).equals(values(r))) {
            tx.executeUpdate(r);
            ClientVersions.record(tx, phone, c, seq);
        }
    }

    static void writeSettings(DSLContext tx, OfficeEngine engine) {
        for (Map.Entry<String, String> e : settings(engine).entrySet()) {
            tx.insertInto(SETTING).set(SETTING.NAME, e.getKey()).set(SETTING.SETTING_VALUE, e.getValue())
                    .onDuplicateKeyUpdate().set(SETTING.SETTING_VALUE, e.getValue()).execute();
        }
    }

    static Map<String, String> settings(OfficeEngine engine) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        engine.policy().asSettings().forEach((k, v) -> m.put("policy." + k, v));
        m.put("roster", String.join(",", engine.roster()));
        if (engine.profile() != null) {
            m.put("office.name", engine.profile().name());
            engine.profile().groups().forEach(g -> m.put("office.group." + g.name(), String.join(",", g.consultants())));
        }
        return m;
    }

    VisitRecord visitRecord(DSLContext tx, LocalDate day, Visit v) {
        VisitRecord r = new VisitRecord();
        r.setDayDate(day);
        r.setChannel(v.channel().code());
        r.setVisitNo(v.number());
        r.setRef(v.ref());
        r.setGroupName(v.group());
        r.setPersonId(personIds.apply(tx, v));
        r.setParty(v.registration().party());
        r.setSource(v.registration().source().code());
        r.setVisitType(v.type().code());
        r.setArrival(v.arrival());
        r.setVisitState(v.state().name());
        r.setConsultant(v.consultant());
        r.setReceivedAt(v.receivedAt());
        r.setEndedAt(v.endedAt());
        r.setCounted(v.counted());
        r.setMakeUp(v.makeUp());
        r.setStandIn(v.standIn());
        r.setVoided(v.voided() == null ? null : v.voided().code());
        return r;
    }

    static ConsultantDayRecord consultantRecord(OfficeEngine engine, LocalDate day, ConsultantView c) {
        return consultantRecord(consultantValues(engine, day, c));
    }

    private static ConsultantDayRecord consultantRecord(List<Object> values) {
        ConsultantDayRecord r = new ConsultantDayRecord();
        r.fromArray(values.toArray());
        return r;
    }

    /** A consultant's row as values in the order of the table's columns. */
    private static List<Object> consultantValues(OfficeEngine engine, LocalDate day, ConsultantView c) {
        return java.util.Arrays.asList(day, c.name(), c.group(), c.status().code(), c.signedInAt(), c.signedOutAt(),
                engine.turns(c.name(), c.group(), Channel.WALK_IN), engine.turns(c.name(), c.group(), Channel.PHONE),
                engine.credits(c.name(), c.group(), Channel.WALK_IN).size(),
                engine.credits(c.name(), c.group(), Channel.PHONE).size(), c.violations());
    }

    static ClientRecord clientRecord(Client c) {
        ClientRecord r = new ClientRecord();
        r.setPhone(c.phone());
        r.setName(c.name());
        r.setHousehold(String.join(",", c.household()));
        r.setOwner(c.owner());
        r.setLastContact(c.lastContact());
        r.setDeal(c.deal());
        r.setLead(c.lead());
        r.setRegistered(c.registered());
        r.setImported(c.imported());
        r.setPooled(c.pooled());
        return r;
    }

    /** Rows as comparable text, for the rebuild's report. */
    static List<String> rowsOf(Collection<? extends TableRecord<?>> records) {
        List<String> out = new ArrayList<>(records.size());
        records.forEach(r -> out.add(values(r).toString()));
        return out;
    }
}
