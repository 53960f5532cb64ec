package com.rotadesk.model.engine.rules;

import com.rotadesk.model.AssignmentReason;
import com.rotadesk.model.Event;
import com.rotadesk.model.PassOutcome;
import com.rotadesk.model.PassReason;
import com.rotadesk.model.Refusal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** R6, R7, R9, R22 (and R5 inside the walk): who receives a new visitor, and what the walk does on the way. */
class WalkTest {
    private static final String THREE = """
            09:00 signin 甲一
            09:00 signin 乙二
            09:00 signin 丙三
            """;

    @Test
    void r7TheFirstAvailableFromThePointerReceivesAndThePointerMovesPastThem() {
        var events = RuleSpec.office().given(THREE).when("09:05 visit A phone=13800000001 => 甲一");

        assertThat(RuleSpec.only(events, Event.Received.class)).singleElement().satisfies(r -> {
            assertThat(r.consultant()).isEqualTo("甲一");
            assertThat(r.counted()).isTrue();
            assertThat(r.reason()).isEqualTo(new AssignmentReason.NextInRotation(1));
        });
        assertThat(RuleSpec.only(events, Event.PointerMoved.class)).extracting(Event.PointerMoved::position)
                .containsExactly(1);
    }

    @Test
    void r7EveryoneSteppedOverIsPassedOnceWithTheOutcomeOfWhy() {
        // given round 2 begins at 甲一, busy with A, and 乙二 is away on private matters
        RuleSpec office = RuleSpec.office().given(THREE + """
                09:05 visit A phone=13800000001 => 甲一
                09:06 away 乙二 private
                09:07 visit B phone=13800000002 => 丙三
                09:08 end B
                """);
        // when a new visitor comes, then the walk passes both on its way to 丙三
        var passes = office.when("09:09 visit C phone=13800000003 => 丙三", Event.Passed.class);

        assertThat(passes).extracting(Event.Passed::consultant, Event.Passed::reason, Event.Passed::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("甲一", PassReason.BUSY, PassOutcome.KEEP),
                        org.assertj.core.groups.Tuple.tuple("乙二", PassReason.AWAY_PRIVATE, PassOutcome.FORFEIT));
    }

    @Test
    void r9NobodyAvailablePassesNobody() {
        RuleSpec office = RuleSpec.office().given(THREE + """
                09:05 visit A phone=13800000001 => 甲一
                09:06 away 乙二 private
                09:07 visit B phone=13800000002 => 丙三
                """);

        assertThat(office.when("09:09 visit C phone=13800000003 => waiting", Event.Passed.class)).isEmpty();
    }

    @Test
    void r7ServingTheLastOfTheListStartsTheNextRoundAtOnce() {
        RuleSpec office = RuleSpec.office().given(THREE + """
                09:05 visit A phone=13800000001 => 甲一
                09:06 visit B phone=13800000002 => 乙二
                """);

        var events = office.when("09:07 visit C phone=13800000003 => 丙三");

        assertThat(RuleSpec.only(events, Event.RoundStarted.class)).extracting(Event.RoundStarted::round)
                .containsExactly(2);
        assertThat(RuleSpec.only(events, Event.Received.class).getFirst().round()).as("the round served").isEqualTo(1);
    }

    @Test
    void r6AnAvailableMakeUpHolderReceivesFirstAndUsesTheOldestCredit() {
        RuleSpec office = RuleSpec.office().given(RuleSpec.JIA_PASSED_BUSY + """
                09:09 end A
                09:09 end C
                """);

        var events = office.when("09:10 visit D phone=13800000004 => 甲一");

        assertThat(RuleSpec.only(events, Event.CreditUsed.class)).extracting(Event.CreditUsed::consultant)
                .containsExactly("甲一");
        assertThat(RuleSpec.only(events, Event.Received.class).getFirst().makeUp()).isTrue();
        assertThat(RuleSpec.only(events, Event.PointerMoved.class)).as("the pointer does not move").isEmpty();
    }

    @Test
    void r9NobodyAvailableAndTheVisitWaitsWithThePassesMadeStanding() {
        RuleSpec office = RuleSpec.office().given("""
                09:00 signin 甲一
                09:05 visit A phone=13800000001 => 甲一
                """);

        var events = office.when("09:06 visit B phone=13800000002 => waiting");

        assertThat(RuleSpec.only(events, Event.Waiting.class)).hasSize(1);
        assertThat(RuleSpec.only(events, Event.Received.class)).isEmpty();
    }

    @Test
    void r9AVisitorBehindEarlierWaitingVisitorsWaitsAndCannotBeTurnedDown() {
        RuleSpec office = RuleSpec.office().given("""
                09:00 signin 甲一
                09:05 visit A phone=13800000001 => 甲一
                09:06 visit B phone=13800000002 => waiting
                09:07 end A
                """);

        assertThat(office.when("09:08 visit C phone=13800000003 => waiting", Event.Waiting.class)).hasSize(1);
        assertThat(office.refused("09:08 visit C phone=13800000003 skip=甲一:absent => waiting"))
                .isEqualTo(Refusal.WAITS_BEHIND);
    }

    @Test
    void r9TurningDownSomeoneWhoWasNotProposedIsRefusedBeforeAnythingHappens() {
        RuleSpec office = RuleSpec.office().given(THREE);

        assertThat(office.refused("09:05 visit A phone=13800000001 skip=乙二:absent => 甲一"))
                .isEqualTo(Refusal.NOT_PROPOSED);
    }

    @Test
    void r5AfterHoursARejectionRecordsNothingButTheNextOneIsProposed() {
        RuleSpec office = RuleSpec.office().given(THREE);

        var events = office.when("17:40 visit A phone=13800000001 skip=甲一:declined => 乙二");

        assertThat(RuleSpec.only(events, Event.RejectedOutsideWindow.class)).extracting(
                Event.RejectedOutsideWindow::consultant).containsExactly("甲一");
        assertThat(RuleSpec.only(events, Event.Passed.class)).isEmpty();
        assertThat(RuleSpec.only(events, Event.ViolationRecorded.class)).isEmpty();
        assertThat(RuleSpec.only(events, Event.Received.class)).singleElement().satisfies(r -> {
            assertThat(r.consultant()).isEqualTo("乙二");
            assertThat(r.counted()).isFalse();
            assertThat(r.outsideWindow()).isTrue();
        });
    }

    @Test
    void r22InSurgeNobodyIsPassedAndCreditsAreNeitherUsedNorEarned() {
        RuleSpec office = RuleSpec.office().given(RuleSpec.JIA_PASSED_BUSY + """
                09:09 end A
                09:09 end C
                09:10 surge on
                09:11 visit D phone=13800000004 => 乙二
                """);
        // 甲一 holds a credit from being passed for C; in surge the first available from the pointer receives
        var events = office.when("09:12 visit E phone=13800000005 => 甲一");

        assertThat(RuleSpec.only(events, Event.CreditUsed.class)).isEmpty();
        assertThat(RuleSpec.only(events, Event.Passed.class)).isEmpty();
        assertThat(RuleSpec.only(events, Event.Received.class).getFirst().reason())
                .isInstanceOf(AssignmentReason.Surge.class);
    }
}
