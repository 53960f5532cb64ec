package com.rotadesk.persistence;

import com.rotadesk.persistence.jooq.tables.records.ClientRecord;
import com.rotadesk.persistence.jooq.tables.records.DayClientRecord;
import org.jooq.DSLContext;

import java.util.HashSet;
import java.util.Set;

import static com.rotadesk.persistence.jooq.Tables.DAY_CLIENT;

/**
 * The clients each day met, as they stood at the day's opening: written at a client's first change of the day,
 * so that replaying the day reads its clients as one range of rows (see V4).
 */
final class DayClients {
    /** The opening whose recorded phones {@link #recorded} holds; -1 when not read yet. */
    private long day = -1;
    private final Set<String> recorded = new HashSet<>();

    /**
     * Records the client of {@code phone} as it stood at the opening {@code daySeq} ({@code atOpening}, null when
     * there was none), unless the day has it already. Call before the day's first change of that client.
     */
    void record(DSLContext tx, long daySeq, String phone, ClientRecord atOpening) {
        if (day != daySeq) {
            recorded.clear();
            recorded.addAll(tx.select(DAY_CLIENT.PHONE).from(DAY_CLIENT).where(DAY_CLIENT.DAY_SEQ.eq(daySeq))
                    .fetch(DAY_CLIENT.PHONE));
            day = daySeq;
        }
        if (recorded.add(phone)) {
            tx.insertInto(DAY_CLIENT).set(row(daySeq, phone, atOpening)).execute();
        }
    }

    /** Forgets what was recorded (after a failed transaction or a rebuild): the next call reads it again. */
    void forget() {
        day = -1;
        recorded.clear();
    }

    /** The row for a phone's client at a day's opening (null: none). */
    static DayClientRecord row(long daySeq, String phone, ClientRecord atOpening) {
        DayClientRecord r = atOpening == null ? new DayClientRecord() : atOpening.into(DAY_CLIENT);
        r.setDaySeq(daySeq);
        r.setPhone(phone);
        r.setRemoved(atOpening == null);
        // a copied record marks no value as changed: every column is to be written
        r.changed(true);
        return r;
    }
}
