package com.rotadesk.model;

import com.rotadesk.model.engine.OfficeEngine;
import com.rotadesk.model.scenario.ScenarioParser;
import com.rotadesk.model.scenario.ScenarioRunner;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The digest of an action's events: it changes with a decision, never with personal data alone. */
class EventDigestTest {

    private static List<Event> lastCheckIn(String visitor) {
        OfficeEngine engine = ScenarioRunner.play(ScenarioParser.parse("digest", """
                09:00 signin 甲一
                09:00 signin 乙二
                """));
        return engine.apply(new Action.CheckIn(ScenarioParser.DEFAULT_DATE.atTime(9, 5), Channel.WALK_IN, "V1",
                new Registration(visitor, visitor.equals("王先生") ? "13800000001" : "13911112222", 2,
                        VisitSource.WALK_IN), null, null, null, null, List.of()));
    }

    @Test
    void anErasedNameAndPhoneDigestAsTheOriginalDid() {
        // given the same check-in, once with the visitor's data and once with an erasure's pseudonyms
        String original = EventDigest.of(lastCheckIn("王先生"));
        String erased = EventDigest.of(lastCheckIn("@e1"));
        // then the digests agree: erasure is not a changed decision
        assertThat(erased).isEqualTo(original);
        assertThat(EventDigest.canonical(lastCheckIn("王先生"))).noneMatch(line -> line.contains("王先生")
                || line.contains("13800000001"));
    }

    @Test
    void aDifferentDecisionDigestsDifferently() {
        List<Event> events = lastCheckIn("王先生");
        Event.Received received = (Event.Received) events.stream().filter(e -> e instanceof Event.Received)
                .findFirst().orElseThrow();
        List<Event> otherConsultant = events.stream().map(e -> e == received ? new Event.Received(received.at(),
                received.ref(), "乙二", received.channel(), received.group(), received.counted(), received.makeUp(),
                received.round(), received.reason(), received.outsideWindow()) : e).toList();

        assertThat(EventDigest.of(otherConsultant)).isNotEqualTo(EventDigest.of(events));
    }

    @Test
    void theCanonicalFormNamesEveryComponent() {
        Event e = new Event.CreditGranted(ScenarioParser.DEFAULT_DATE.atTime(9, 0), "甲一", Channel.WALK_IN, "default",
                Credit.Origin.PASS);

        assertThat(EventDigest.canonical(List.of(e))).containsExactly(
                "CreditGranted(at=2026-11-23T09:00;consultant=\"甲一\";channel=WALK_IN;group=\"default\";origin=PASS)");
    }
}
