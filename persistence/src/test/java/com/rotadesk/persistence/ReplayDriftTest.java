package com.rotadesk.persistence;

import com.rotadesk.model.Channel;
import com.rotadesk.model.Credit;
import com.rotadesk.model.Event;
import com.rotadesk.model.EventDigest;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Decision 0005: an entry whose replay no longer gives the events it recorded is named, with what it gives now. */
class ReplayDriftTest {
    private static final LocalDateTime AT = LocalDateTime.of(2026, 11, 23, 10, 42);
    private static final List<Event> RECORDED = List.of(new Event.CreditGranted(AT, "丁伟", Channel.WALK_IN, "default",
            Credit.Origin.PASS));
    private static final List<Event> NOW = List.of(new Event.CreditGranted(AT, "徐娅", Channel.WALK_IN, "default",
            Credit.Origin.PASS));

    private static JournalEntry entry(Integer version, String digest) {
        return new JournalEntry(42, AT, "check-in", "ref=V1", null, "p", "h", 3, null, null, null, null, false, version,
                digest);
    }

    @Test
    void anEntryThatReplaysTheSameIsNotNamed() {
        assertThat(ReplayDrift.of(entry(EventDigest.VERSION, EventDigest.of(RECORDED)), RECORDED)).isEmpty();
    }

    @Test
    void anEntryThatReplaysDifferentlyIsNamedWithWhatItGivesNow() {
        var drift = ReplayDrift.of(entry(EventDigest.VERSION, EventDigest.of(RECORDED)), NOW).orElseThrow();

        assertThat(drift.entry()).isEqualTo(42);
        assertThat(drift.describe()).contains("entry 42", "check-in", "徐娅");
    }

    @Test
    void entriesWithoutADigestOrUnderAnotherCanonicalFormAreNotCompared() {
        assertThat(ReplayDrift.of(entry(null, null), NOW)).isEmpty();
        assertThat(ReplayDrift.of(entry(EventDigest.VERSION + 1, EventDigest.of(RECORDED)), NOW)).isEmpty();
    }
}
