package com.rotadesk.persistence;

import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static com.rotadesk.persistence.jooq.Tables.JOURNAL;
import static com.rotadesk.persistence.jooq.Tables.PERSON;

/** The append-only journal table and its hash chain. */
final class Journal {
    private long lastSeq;
    private String lastHash = HashChain.GENESIS;

    /** Reads where the chain ends. */
    void load(DSLContext db) {
        Record r = db.select(JOURNAL.SEQ, JOURNAL.HASH).from(JOURNAL).orderBy(JOURNAL.SEQ.desc()).limit(1).fetchOne();
        if (r != null) {
            lastSeq = r.get(JOURNAL.SEQ);
            lastHash = r.get(JOURNAL.HASH);
        }
    }

    long size() {
        return lastSeq;
    }

    /** Appends one entry inside the caller's transaction; returns what to remember once it commits. */
    Appended append(DSLContext tx, LocalDateTime time, ActionCodec.Encoded encoded, Persons.Ref person) {
        // the column keeps microseconds: hashing finer time than is stored would make verify see a changed entry
        LocalDateTime at = time.truncatedTo(ChronoUnit.MICROS);
        long seq = lastSeq + 1;
        Long personId = person == null ? null : person.id();
        String digest = person == null ? null : person.digest();
        String hash = HashChain.hash(new HashChain.Input(lastHash, seq, at, encoded.kind(), encoded.payload(), personId,
                digest));
        tx.insertInto(JOURNAL)
                .set(JOURNAL.SEQ, seq)
                .set(JOURNAL.ACTION_AT, at)
                .set(JOURNAL.KIND, encoded.kind())
                .set(JOURNAL.PAYLOAD, encoded.payload())
                .set(JOURNAL.PERSON_ID, personId)
                .set(JOURNAL.PREV_HASH, lastHash)
                .set(JOURNAL.HASH, hash)
                .set(JOURNAL.SCHEME, (short) HashChain.CURRENT)
                .set(JOURNAL.PERSON_DIGEST, digest)
                .execute();
        return new Appended(seq, hash);
    }

    /** Where the chain ends now (entry 0 and the genesis hash when empty). */
    ChainHead head() {
        return new ChainHead(lastSeq, lastHash);
    }

    /** The new end of the chain, taken only after the transaction committed. */
    record Appended(long seq, String hash) {
    }

    void committed(Appended a) {
        lastSeq = a.seq();
        lastHash = a.hash();
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
                        PERSON.SALT, PERSON.ERASED_AT)
                .from(JOURNAL).leftJoin(PERSON).on(PERSON.ID.eq(JOURNAL.PERSON_ID))
                .where(JOURNAL.SEQ.between(fromSeq, toSeq))
                .orderBy(JOURNAL.SEQ).fetchSize(1000).fetchLazy()) {
            for (var r : cursor) {
                each.accept(new JournalEntry(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9(), r.value10(), r.value11(), r.value12(), r.value13() != null));
            }
        }
    }
}
