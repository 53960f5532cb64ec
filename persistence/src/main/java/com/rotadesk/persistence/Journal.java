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
    Appended append(DSLContext tx, LocalDateTime time, ActionCodec.Encoded encoded, Long personId) {
        // the column keeps microseconds: hashing finer time than is stored would make verify see a changed entry
        LocalDateTime at = time.truncatedTo(ChronoUnit.MICROS);
        long seq = lastSeq + 1;
        String hash = HashChain.hash(lastHash, seq, at, encoded.kind(), encoded.payload(), personId);
        tx.insertInto(JOURNAL)
                .set(JOURNAL.SEQ, seq)
                .set(JOURNAL.ACTION_AT, at)
                .set(JOURNAL.KIND, encoded.kind())
                .set(JOURNAL.PAYLOAD, encoded.payload())
                .set(JOURNAL.PERSON_ID, personId)
                .set(JOURNAL.PREV_HASH, lastHash)
                .set(JOURNAL.HASH, hash)
                .execute();
        return new Appended(seq, hash);
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
                        JOURNAL.PREV_HASH, JOURNAL.HASH, PERSON.PHONE, PERSON.NAME)
                .from(JOURNAL).leftJoin(PERSON).on(PERSON.ID.eq(JOURNAL.PERSON_ID))
                .where(JOURNAL.SEQ.between(fromSeq, toSeq))
                .orderBy(JOURNAL.SEQ).fetchSize(1000).fetchLazy()) {
            for (var r : cursor) {
                each.accept(new JournalEntry(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9()));
            }
        }
    }

    /** Checks every entry against the one before; names the first that does not chain. */
    static VerifyReport verify(DSLContext db) {
        long[] count = {0};
        long[] expectSeq = {1};
        String[] previous = {HashChain.GENESIS};
        VerifyReport[] broken = {null};
        forEach(db, e -> {
            if (broken[0] != null) {
                return;
            }
            count[0]++;
            if (e.seq() != expectSeq[0]) {
                broken[0] = new VerifyReport(count[0], expectSeq[0], "entry " + expectSeq[0] + " is missing");
            } else if (!e.prevHash().equals(previous[0])) {
                broken[0] = new VerifyReport(count[0], e.seq(), "entry " + e.seq() + " does not follow the entry before it");
            } else if (!HashChain.hash(previous[0], e.seq(), e.at(), e.kind(), e.payload(), e.personId()).equals(e.hash())) {
                broken[0] = new VerifyReport(count[0], e.seq(), "entry " + e.seq() + " was changed after it was written");
            }
            previous[0] = e.hash();
            expectSeq[0] = e.seq() + 1;
        });
        return broken[0] != null ? broken[0] : new VerifyReport(count[0], -1, null);
    }
}
