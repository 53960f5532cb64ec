package com.rotadesk.persistence;

import java.time.LocalDateTime;

/**
 * One journal row as stored.
 *
 * @param personId the person the entry refers to (a visitor's name and phone), or null
 * @param phone    the person's phone now (a pseudonym once erased), or null
 * @param name     the person's name now (a pseudonym once erased), or null
 */
record JournalEntry(long seq, LocalDateTime at, String kind, String payload, Long personId, String prevHash,
        String hash, String phone, String name) {
}
