package com.rotadesk.model.engine.rules;

import com.rotadesk.model.Channel;
import com.rotadesk.model.Event;
import com.rotadesk.model.Refusal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** R1-R4: sign-in and sign-out, where a consultant joins the list, what a day carries over. */
class PresenceTest {

    @Test
    void r1SigningInJoinsTheGroupsListOnBothChannels() {
        RuleSpec office = RuleSpec.office().given("09:00 signin 甲一");

        var joined = office.when("09:05 signin 乙二", Event.ListJoined.class);

        assertThat(joined).extracting(Event.ListJoined::channel, Event.ListJoined::index)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Channel.WALK_IN, 1),
                        org.assertj.core.groups.Tuple.tuple(Channel.PHONE, 1));
    }

    @Test
    void r1SigningInTwiceIsRefusedAndLeavesNoTrace() {
        RuleSpec office = RuleSpec.office().given("09:00 signin 甲一");

        assertThat(office.refused("09:05 signin 甲一")).isEqualTo(Refusal.ALREADY_SIGNED_IN);
    }

    @Test
    void r1SigningOutLeavingNobodyBelowThePointerStartsTheNextRound() {
        // given 丙三, the last of the list, is due next
        RuleSpec office = RuleSpec.office().given("""
                09:00 signin 甲一
                09:00 signin 乙二
                09:00 signin 丙三
                09:05 visit A phone=13800000001 => 甲一 counted
                09:06 visit B phone=13800000002 => 乙二 counted
                """);
        // when he signs out
        var events = office.when("09:20 signout 丙三");
        // then he leaves both lists, and the walk-in round is over at once (R7)
        assertThat(RuleSpec.only(events, Event.ListLeft.class)).hasSize(2);
        assertThat(RuleSpec.only(events, Event.RoundStarted.class)).extracting(Event.RoundStarted::round)
                .containsExactly(2);
    }

    @Test
    void r1SigningOutDropsTheCredits() {
        // given 甲一 was passed while busy and holds a credit
        RuleSpec office = RuleSpec.office().given("""
                09:00 signin 甲一
                09:00 signin 乙二
                09:05 visit A phone=13800000001 => 甲一 counted
                09:06 visit B phone=13800000002 => 乙二 counted
                09:07 end B
                09:08 visit C phone=13800000003 => 乙二 counted
                """);
        // when he signs out, then the credit is dropped
        assertThat(office.when("09:09 signout 甲一", Event.CreditsDropped.class))
                .extracting(Event.CreditsDropped::count).containsExactly(1);
    }

    @Test
    void r3LateSignInUnderSignInOrderIsAppendedBelowThePointer() {
        RuleSpec office = RuleSpec.office().given("""
                09:00 signin 甲一
                09:00 signin 乙二
                09:05 visit A phone=13800000001 => 甲一 counted
                """);

        var joined = office.when("09:10 signin 丙三", Event.ListJoined.class);

        assertThat(joined.getFirst().index()).isEqualTo(2);
        assertThat(office.state().rotation(office.state().defaultGroup(), Channel.WALK_IN).pointer()).isEqualTo(1);
    }

    @Test
    void r2FixedOrderPlacesALateSignInAtItsRankedPlace() {
        RuleSpec office = RuleSpec.office("order=fixed").given("""
                roster: 甲一 乙二 丙三
                09:00 signin 甲一
                09:00 signin 丙三
                """);

        var joined = office.when("09:10 signin 乙二", Event.ListJoined.class);

        assertThat(joined.getFirst().index()).isEqualTo(1);
    }

    @Test
    void r4CarryOverUnderFixedOrderReadsTheRankingAsACycleFromYesterdaysNextUp() {
        RuleSpec office = RuleSpec.office("order=fixed carryOver=true").given("""
                roster: 甲一 乙二 丙三 丁四
                date: 2026-11-23
                09:00 signin 甲一
                09:00 signin 乙二
                09:00 signin 丙三
                09:05 visit A phone=13800000001 => 甲一 counted
                09:06 visit B phone=13800000002 => 乙二 counted
                date: 2026-11-24
                08:00 signin 甲一
                08:00 signin 丙三
                """);
        // yesterday ended with 丙三 due next: the cycle is 丙三 丁四 甲一 乙二, so 丁四 (absent yesterday) goes
        // between 丙三 and 甲一
        var joined = office.when("08:10 signin 丁四", Event.ListJoined.class);

        assertThat(joined.getFirst().index()).isEqualTo(1);
    }

    @Test
    void r4ACreditOfSomeoneWhoDoesNotSignInWaitsForTheirNextSignIn() {
        RuleSpec office = RuleSpec.office("carryOver=true").given("""
                date: 2026-11-23
                09:00 signin 乙二
                09:00 signin 甲一
                09:01 away 乙二 business
                09:05 visit A phone=13800000001 => 甲一 counted
                date: 2026-11-24
                08:00 signin 甲一
                date: 2026-11-25
                08:00 signin 甲一
                """);

        var carried = office.when("08:10 signin 乙二", Event.CreditsCarried.class);

        assertThat(carried).singleElement().satisfies(c -> {
            assertThat(c.channel()).isEqualTo(Channel.WALK_IN);
            assertThat(c.credits()).singleElement().satisfies(cr -> assertThat(cr.since().toLocalDate())
                    .isEqualTo(java.time.LocalDate.of(2026, 11, 23)));
        });
    }
}
