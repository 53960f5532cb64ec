package com.rotadesk.persistence;

import java.time.LocalDateTime;

/**
 * One journal row as stored, with the person row it refers to as it is now.
 *
 * @param scheme       the hash scheme the entry was written under ({@link HashChain})
 * @param personId     the person the entry refers to (a visitor's name and phone), or null
 * @param personDigest the entry's commitment to that person's data (scheme 2 on), or null
 * @param phone        the person's phone now (a pseudonym once erased), or null
 * @param name         the person's name now (a pseudonym once erased), or null
 * @param salt         the person's salt now (null once erased, or for a row no scheme-2 entry referred to yet)
 * @param erased       whether the person row was erased
 * @param eventsVersion the events' canonical form the digest was made with (scheme 3 on), or null
 * @param eventsDigest  the digest of the events the entry produced when written (scheme 3 on), or null
 */
record JournalEntry(long seq, LocalDateTime at, String kind, String payload, Long personId, String prevHash,
        String hash, int scheme, String personDigest, String phone, String name, String salt, boolean erased,
        Integer eventsVersion, String eventsDigest) {

    /** What the entry's hash covers. */
    HashChain.Input hashInput(String previous) {
        return new HashChain.Input(previous, seq, at, kind, payload, personId, personDigest, eventsVersion,
                eventsDigest);
    }

    /** The chain as it stood after this entry. */
    ChainHead head() {
        return new ChainHead(seq, hash);
    }
}
