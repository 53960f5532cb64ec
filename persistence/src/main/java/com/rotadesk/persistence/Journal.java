package com.rotadesk.persistence;

import com.rotadesk.model.EventDigest;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static com.rotadesk.persistence.jooq.Tables.JOURNAL;
import static com.rotadesk.persistence.jooq.Tables.JOURNAL_ROW;
import static com.rotadesk.persistence.jooq.Tables.PERSON;

/** The append-only journal table and its hash chain. */
final class Journal {
    private long lastSeq;
    private String lastHash = HashChain.GENESIS;
    private LocalDateTime lastAt;

    /** Reads where the chain ends. */
    void load(DSLContext db) {
        Record r = db.select(JOURNAL.SEQ, JOURNAL.HASH, JOURNAL.ACTION_AT).from(JOURNAL).orderBy(JOURNAL.SEQ.desc())
                .limit(1).fetchOne();
        if (r != null) {
            lastSeq = r.get(JOURNAL.SEQ);
            lastHash = r.get(JOURNAL.HASH);
            lastAt = r.get(JOURNAL.ACTION_AT);
        }
    }

    /** When the newest entry's action was confirmed (null before the first). */
    LocalDateTime lastAt() {
        return lastAt;
    }

    long size() {
        return lastSeq;
    }

    /**
     * Appends one entry inside the caller's transaction; returns what to remember once it commits. {@code digest} is
     * the digest of the events the action produced.
     */
    Appended append(DSLContext tx, LocalDateTime time, String kind, String payload, Persons.Ref person,
            String digest) {
        // the column keeps microseconds: hashing finer time than is stored would make verify see a changed entry
        LocalDateTime at = time.truncatedTo(ChronoUnit.MICROS);
        long seq = lastSeq + 1;
        Long personId = person == null ? null : person.id();
        String personDigest = person == null ? null : person.digest();
        Integer version = digest == null ? null : EventDigest.VERSION;
        String hash = HashChain.hash(new HashChain.Input(lastHash, seq, at, kind, payload, personId, personDigest,
                version, digest));
        tx.insertInto(JOURNAL)
                .set(JOURNAL.SEQ, seq)
                .set(JOURNAL.ACTION_AT, at)
                .set(JOURNAL.KIND, kind)
                .set(JOURNAL.PAYLOAD, payload)
                .set(JOURNAL.PERSON_ID, personId)
                .set(JOURNAL.PREV_HASH, lastHash)
                .set(JOURNAL.HASH, hash)
                .set(JOURNAL.SCHEME, (short) HashChain.CURRENT)
                .set(JOURNAL.PERSON_DIGEST, personDigest)
                .set(JOURNAL.EVENTS_VERSION, version == null ? null : version.shortValue())
                .set(JOURNAL.EVENTS_DIGEST, digest)
                .execute();
        return new Appended(seq, hash, at);
    }

    /** The rows of a many-visitor entry (an import), written after its journal row in the same transaction. */
    static void appendRows(DSLContext tx, long seq, List<ActionCodec.StoredRow> rows) {
        for (ActionCodec.StoredRow r : rows) {
            tx.insertInto(JOURNAL_ROW)
                    .set(JOURNAL_ROW.SEQ, seq)
                    .set(JOURNAL_ROW.POSITION, r.position())
                    .set(JOURNAL_ROW.PERSON_ID, r.personId())
                    .set(JOURNAL_ROW.PERSON_DIGEST, r.personDigest())
                    .set(JOURNAL_ROW.PAYLOAD, r.payload())
                    .execute();
        }
    }

    /** The rows of entry {@code seq} as stored, in order. */
    static List<ActionCodec.StoredRow> rows(DSLContext db, long seq) {
        return db.select(JOURNAL_ROW.POSITION, JOURNAL_ROW.PERSON_ID, JOURNAL_ROW.PERSON_DIGEST, JOURNAL_ROW.PAYLOAD)
                .from(JOURNAL_ROW).where(JOURNAL_ROW.SEQ.eq(seq)).orderBy(JOURNAL_ROW.POSITION)
                .fetch(r -> new ActionCodec.StoredRow(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** An import's rows for its replay: each row's visitor as the person table holds them now. */
    static ActionCodec.Rows rowsOf(DSLContext db) {
        return new ActionCodec.Rows() {
            @Override
            public List<ActionCodec.Personal> personal(long seq) {
                List<ActionCodec.Personal> out = new ArrayList<>();
                for (var r : db.select(JOURNAL_ROW.PERSON_ID, PERSON.PHONE, PERSON.NAME).from(JOURNAL_ROW)
                        .leftJoin(PERSON).on(PERSON.ID.eq(JOURNAL_ROW.PERSON_ID)).where(JOURNAL_ROW.SEQ.eq(seq))
                        .orderBy(JOURNAL_ROW.POSITION).fetch()) {
                    out.add(r.value1() == null ? null : new ActionCodec.Personal(r.value2(), r.value3()));
                }
                return out;
            }

            @Override
            public List<String> payloads(long seq) {
                return db.select(JOURNAL_ROW.PAYLOAD).from(JOURNAL_ROW).where(JOURNAL_ROW.SEQ.eq(seq))
                        .orderBy(JOURNAL_ROW.POSITION).fetch(JOURNAL_ROW.PAYLOAD);
            }
        };
    }

    /** Where the chain ends now (entry 0 and the genesis hash when empty). */
    ChainHead head() {
        return new ChainHead(lastSeq, lastHash);
    }

    /** The new end of the chain, taken only after the transaction committed. */
    record Appended(long seq, String hash, LocalDateTime at) {
    }

    void committed(Appended a) {
        lastSeq = a.seq();
        lastHash = a.hash();
        lastAt = a.at();
    }

    /** Every entry in order, with the person's current data. */
    static void forEach(DSLContext db, Consumer<JournalEntry> each) {
        forEach(db, 1, each);
    }

    /** Every entry from {@code fromSeq} on, in order. */
    static void forEach(DSLContext db, long fromSeq, Consumer<JournalEntry> each) {
        forEach(db, fromSeq, Long.MAX_VALUE, each);
    }

    /** The entries from {@code fromSeq} to {@code toSeq} (a day's worth), in order, in memory. */
    static List<JournalEntry> read(DSLContext db, long fromSeq, long toSeq) {
        List<JournalEntry> entries = new ArrayList<>();
        forEach(db, fromSeq, toSeq, entries::add);
        return entries;
    }

    /** The entries from {@code fromSeq} to {@code toSeq}, in order. */
    static void forEach(DSLContext db, long fromSeq, long toSeq, Consumer<JournalEntry> each) {
        try (var cursor = db.select(JOURNAL.SEQ, JOURNAL.ACTION_AT, JOURNAL.KIND, JOURNAL.PAYLOAD, JOURNAL.PERSON_ID,
                        JOURNAL.PREV_HASH, JOURNAL.HASH, JOURNAL.SCHEME, JOURNAL.PERSON_DIGEST, PERSON.PHONE, PERSON.NAME,
                        PERSON.SALT, PERSON.ERASED_AT, JOURNAL.EVENTS_VERSION, JOURNAL.EVENTS_DIGEST)
                .from(JOURNAL).leftJoin(PERSON).on(PERSON.ID.eq(JOURNAL.PERSON_ID))
                .where(JOURNAL.SEQ.between(fromSeq, toSeq))
                .orderBy(JOURNAL.SEQ).fetchSize(1000).fetchLazy()) {
            for (var r : cursor) {
                each.accept(new JournalEntry(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9(), r.value10(), r.value11(), r.value12(), r.value13() != null,
                        r.value14() == null ? null : r.value14().intValue(), r.value15()));
            }
        }
    }
}
