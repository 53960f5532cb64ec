package com.rotadesk.persistence;

import com.rotadesk.model.Event;
import com.rotadesk.model.EventDigest;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A journal entry that no longer replays the same: the events this build's rules make of it differ from the digest
 * recorded when it was written (decision 0005). Past days are never reshaped silently: the store reports every
 * such entry where it replays (opening, a past day's sheets, rebuild).
 *
 * @param entry the journal entry
 * @param kind  the entry's kind ({@code check-in}, {@code assign}, ...)
 * @param now   what the replay makes of it now, one line per event (no personal data)
 */
public record ReplayDrift(long entry, LocalDateTime at, String kind, List<String> now) {

    /** Copies the lines. */
    public ReplayDrift {
        now = List.copyOf(now);
    }

    /**
     * The drift of one replayed entry: present when the entry recorded a digest under this build's canonical form
     * and its events now digest differently. An entry from before digests were kept, or under another canonical
     * form, is not compared.
     */
    static Optional<ReplayDrift> of(JournalEntry entry, List<Event> events) {
        if (entry.eventsDigest() == null || entry.eventsVersion() == null
                || entry.eventsVersion() != EventDigest.VERSION || EventDigest.of(events).equals(entry.eventsDigest())) {
            return Optional.empty();
        }
        return Optional.of(new ReplayDrift(entry.seq(), entry.at(), entry.kind(), EventDigest.canonical(events)));
    }

    /** One line for a log or the command line. */
    public String describe() {
        return "entry " + entry + " (" + at + ", " + kind + ") no longer replays the same; it now gives: "
                + String.join(" | ", now.stream().limit(4).toList()) + (now.size() > 4 ? " | …" : "");
    }
}
