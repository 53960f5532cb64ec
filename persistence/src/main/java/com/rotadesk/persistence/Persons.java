package com.rotadesk.persistence;

import com.rotadesk.model.Phones;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.rotadesk.persistence.jooq.Tables.PERSON;

/** Visitors' personal data, kept apart from the journal so it can be erased on request (PIPL). */
final class Persons {
    private long lastId;
    /**
     * Ids by phone and name as found or created, since a visit's row is written again at each change of the
     * visit. Cleared with {@link #reset} after a failed transaction (its ids were never committed) or an erasure.
     */
    private final Map<List<String>, Long> ids = new HashMap<>();

    void load(DSLContext db) {
        Long max = db.select(org.jooq.impl.DSL.max(PERSON.ID)).from(PERSON).fetchOne(0, Long.class);
        lastId = max == null ? 0 : max;
    }

    /** The id for this phone and name, created if new; null when both are missing. */
    Long idFor(DSLContext tx, String phone, String name) {
        if (phone == null && name == null) {
            return null;
        }
        Long found = find(tx, phone, name);
        if (found != null) {
            return found;
        }
        long id = ++lastId;
        Long phoneKey = null;
        if (phone != null) {
            Record first = tx.select(PERSON.PHONE_KEY).from(PERSON).where(PERSON.PHONE.eq(phone)).limit(1).fetchOne();
            phoneKey = first != null ? first.get(PERSON.PHONE_KEY) : id;
        }
        tx.insertInto(PERSON)
                .set(PERSON.ID, id)
                .set(PERSON.PHONE, phone)
                .set(PERSON.PHONE_TAIL, phone != null && phone.length() >= 4 && !Phones.erased(phone)
                        ? phone.substring(phone.length() - 4) : null)
                .set(PERSON.NAME, name)
                .set(PERSON.PHONE_KEY, phoneKey)
                .execute();
        ids.put(Arrays.asList(phone, name), id);
        return id;
    }

    /** The id for this phone and name, or null when there is none (or both are missing). */
    Long find(DSLContext tx, String phone, String name) {
        if (phone == null && name == null) {
            return null;
        }
        List<String> key = Arrays.asList(phone, name);
        Long known = ids.get(key);
        if (known != null) {
            return known;
        }
        Record r = tx.select(PERSON.ID).from(PERSON)
                .where(phone == null ? PERSON.PHONE.isNull() : PERSON.PHONE.eq(phone))
                .and(name == null ? PERSON.NAME.isNull() : PERSON.NAME.eq(name))
                .limit(1).fetchOne();
        if (r == null) {
            return null;
        }
        ids.put(key, r.get(PERSON.ID));
        return r.get(PERSON.ID);
    }

    /** Rolls back the id counter and forgets the ids known when the transaction that took ids failed. */
    void reset(DSLContext db) {
        ids.clear();
        load(db);
    }

    /**
     * Replaces every name and phone of the people with this phone by pseudonyms; the journal still refers to
     * the same ids, so the chain stays intact and a replay matches the same visits. Returns how many rows changed.
     */
    static int erase(DSLContext tx, String phone, LocalDateTime at) {
        int n = 0;
        for (Record r : tx.select(PERSON.ID, PERSON.NAME, PERSON.PHONE_KEY).from(PERSON).where(PERSON.PHONE.eq(phone))
                .fetch()) {
            long id = r.get(PERSON.ID);
            n += tx.update(PERSON)
                    .set(PERSON.PHONE, Phones.PSEUDONYM + "P" + r.get(PERSON.PHONE_KEY))
                    .set(PERSON.PHONE_TAIL, (String) null)
                    .set(PERSON.NAME, r.get(PERSON.NAME) == null ? null : Phones.PSEUDONYM + "N" + id)
                    .set(PERSON.ERASED_AT, at)
                    .where(PERSON.ID.eq(id))
                    .execute();
        }
        return n;
    }
}
