package com.rotadesk.persistence;

import com.rotadesk.model.Phones;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.rotadesk.persistence.jooq.Tables.PERSON;

/** Visitors' personal data, kept apart from the journal so it can be erased on request (PIPL). */
final class Persons {
    /** A person row and the commitment a journal entry makes to its data. */
    record Ref(long id, String digest) {
    }

    private final SecureRandom random = new SecureRandom();
    private long lastId;
    /**
     * Ids by phone and name as found or created, since a visit's row is written again at each change of the
     * visit. Cleared with {@link #reset} after a failed transaction (its ids were never committed) or an erasure.
     */
    private final Map<List<String>, Ref> ids = new HashMap<>();

    void load(DSLContext db) {
        Long max = db.select(org.jooq.impl.DSL.max(PERSON.ID)).from(PERSON).fetchOne(0, Long.class);
        lastId = max == null ? 0 : max;
    }

    /** The person for this phone and name, created if new, with its commitment; null when both are missing. */
    Ref idFor(DSLContext tx, String phone, String name) {
        if (phone == null && name == null) {
            return null;
        }
        Ref found = ref(tx, phone, name);
        if (found != null) {
            return found;
        }
        long id = ++lastId;
        Long phoneKey = null;
        if (phone != null) {
            Record first = tx.select(PERSON.PHONE_KEY).from(PERSON).where(PERSON.PHONE.eq(phone)).limit(1).fetchOne();
            phoneKey = first != null ? first.get(PERSON.PHONE_KEY) : id;
        }
        String salt = PersonDigest.newSalt(random);
        tx.insertInto(PERSON)
                .set(PERSON.ID, id)
                .set(PERSON.PHONE, phone)
                .set(PERSON.PHONE_TAIL, phone != null && phone.length() >= 4 && !Phones.erased(phone)
                        ? phone.substring(phone.length() - 4) : null)
                .set(PERSON.NAME, name)
                .set(PERSON.PHONE_KEY, phoneKey)
                .set(PERSON.SALT, salt)
                .execute();
        Ref ref = new Ref(id, PersonDigest.of(salt, phone, name));
        ids.put(Arrays.asList(phone, name), ref);
        return ref;
    }

    /** The id for this phone and name, or null when there is none (or both are missing). */
    Long find(DSLContext tx, String phone, String name) {
        Ref r = ref(tx, phone, name);
        return r == null ? null : r.id();
    }

    /**
     * The person for this phone and name with its commitment, or null. A row written before hash scheme 2 has no
     * salt yet: it gets one here, in the caller's transaction, so the entry that now refers to it commits to it.
     */
    private Ref ref(DSLContext tx, String phone, String name) {
        if (phone == null && name == null) {
            return null;
        }
        List<String> key = Arrays.asList(phone, name);
        Ref known = ids.get(key);
        if (known != null) {
            return known;
        }
        Record r = tx.select(PERSON.ID, PERSON.SALT, PERSON.ERASED_AT).from(PERSON)
                .where(phone == null ? PERSON.PHONE.isNull() : PERSON.PHONE.eq(phone))
                .and(name == null ? PERSON.NAME.isNull() : PERSON.NAME.eq(name))
                .limit(1).fetchOne();
        if (r == null) {
            return null;
        }
        String salt = r.get(PERSON.SALT);
        if (r.get(PERSON.ERASED_AT) != null) {
            // an erased row (a replay meets its pseudonyms): it has nothing left to commit to, and never a salt again
            Ref erased = new Ref(r.get(PERSON.ID), null);
            ids.put(key, erased);
            return erased;
        }
        if (salt == null) {
            salt = PersonDigest.newSalt(random);
            tx.update(PERSON).set(PERSON.SALT, salt).where(PERSON.ID.eq(r.get(PERSON.ID))).execute();
        }
        Ref ref = new Ref(r.get(PERSON.ID), PersonDigest.of(salt, phone, name));
        ids.put(key, ref);
        return ref;
    }

    /** Rolls back the id counter and forgets the ids known when the transaction that took ids failed. */
    void reset(DSLContext db) {
        ids.clear();
        load(db);
    }

    /**
     * Replaces every name and phone of the people with this phone by pseudonyms and drops their salts; the journal
     * still refers to the same ids and keeps their commitments, so the chain stays intact and a replay matches the
     * same visits. Returns the ids erased.
     */
    static List<Long> erase(DSLContext tx, String phone, LocalDateTime at) {
        List<Long> erased = new java.util.ArrayList<>();
        for (Record r : tx.select(PERSON.ID).from(PERSON).where(PERSON.PHONE.eq(phone)).fetch()) {
            erased.add(r.get(PERSON.ID));
        }
        eraseIds(tx, erased, at);
        return erased;
    }

    /** Erases these person rows (those not erased yet); returns how many changed. */
    static int eraseIds(DSLContext tx, List<Long> ids, LocalDateTime at) {
        int n = 0;
        for (Record r : tx.select(PERSON.ID, PERSON.PHONE, PERSON.NAME, PERSON.PHONE_KEY).from(PERSON).where(PERSON.ID.in(ids))
                .and(PERSON.ERASED_AT.isNull()).fetch()) {
            long id = r.get(PERSON.ID);
            n += tx.update(PERSON)
                    .set(PERSON.PHONE, r.get(PERSON.PHONE) == null ? null : pseudonymPhone(r.get(PERSON.PHONE_KEY), id))
                    .set(PERSON.PHONE_TAIL, (String) null)
                    .set(PERSON.NAME, r.get(PERSON.NAME) == null ? null : Phones.PSEUDONYM + "N" + id)
                    .set(PERSON.SALT, (String) null)
                    .set(PERSON.ERASED_AT, at)
                    .where(PERSON.ID.eq(id))
                    .execute();
        }
        return n;
    }

    /** The phone an erased person row holds: the same for every row that had one phone, so visits still match. */
    static String pseudonymPhone(Long phoneKey, long id) {
        return Phones.PSEUDONYM + "P" + (phoneKey == null ? id : phoneKey);
    }

    /** True when an erased row holds nothing but pseudonyms (verify: an erased row cannot hide an edit). */
    static boolean onlyPseudonyms(long id, String phone, String name, String salt) {
        return salt == null && (phone == null || phone.startsWith(Phones.PSEUDONYM + "P"))
                && (name == null || name.equals(Phones.PSEUDONYM + "N" + id));
    }
}
