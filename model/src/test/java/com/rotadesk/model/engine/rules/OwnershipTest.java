package com.rotadesk.model.engine.rules;

import com.rotadesk.model.Event;
import com.rotadesk.model.Refusal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** R16-R21: registration, first registration wins, protection, deals, calls. */
class OwnershipTest {
    private static final String TWO = """
            09:00 signin 甲一
            09:00 signin 乙二
            """;

    @Test
    void r16AVisitWithoutAPhoneOrNameCreatesNoOwnership() {
        RuleSpec office = RuleSpec.office().given(TWO);

        assertThat(office.when("09:05 visit A phone=none => 甲一", Event.ClientEvent.class)).isEmpty();
    }

    @Test
    void r16APartialPhoneIsNoPhoneAndCreatesNoOwnership() {
        RuleSpec office = RuleSpec.office().given(TWO);

        assertThat(office.when("09:05 visit 王 phone=13912 => 甲一", Event.ClientEvent.class)).isEmpty();
    }

    @Test
    void r17TheFirstValidRegistrationOwnsTheClient() {
        var gained = RuleSpec.office().given(TWO).when("09:05 visit 王 phone=13800000001 => 甲一",
                Event.OwnershipGained.class);

        assertThat(gained).singleElement().satisfies(g -> {
            assertThat(g.consultant()).isEqualTo("甲一");
            assertThat(g.client().owner()).isEqualTo("甲一");
        });
    }

    @Test
    void r18AReturnRefreshesProtectionFromItsArrival() {
        RuleSpec office = RuleSpec.office().given(TWO + "09:05 visit 王 phone=13800000001 => 甲一\n09:06 end 王\n");

        var refreshed = office.when("11:00 visit 王 phone=13800000001 => 甲一", Event.ContactRefreshed.class);

        assertThat(refreshed).singleElement().satisfies(r -> assertThat(r.client().lastContact().getHour())
                .isEqualTo(11));
    }

    @Test
    void r18AFollowUpCannotReviveALapsedClient() {
        RuleSpec office = RuleSpec.office("protectionDays=1").given("""
                date: 2026-11-23
                09:00 signin 甲一
                09:05 visit 王 phone=13800000001 => 甲一
                date: 2026-11-25
                09:00 signin 甲一
                """);

        assertThat(office.refused("09:10 followup 13800000001")).isEqualTo(Refusal.NO_OWNER_TO_FOLLOW);
    }

    @Test
    void r19ADealIsMarkedOnItsVisitAndNeverLapses() {
        RuleSpec office = RuleSpec.office().given(TWO + "09:05 visit 王 phone=13800000001 => 甲一\n");

        var deal = office.when("09:30 deal 王", Event.DealMarked.class);

        assertThat(deal).singleElement().satisfies(d -> {
            assertThat(d.ref()).isEqualTo("王");
            assertThat(d.client().deal()).isTrue();
            assertThat(d.client().ownerAt(d.at().plusYears(5), 30)).isEqualTo("甲一");
        });
    }

    @Test
    void r21ACallLeavesALeadButOwnsOnlyUnderCallsOwn() {
        var noted = RuleSpec.office().given(TWO).when("09:05 call 王 phone=13800000001 => 甲一", Event.ClientEvent.class);
        assertThat(noted).singleElement().isInstanceOfSatisfying(Event.ClientNoted.class, n -> {
            assertThat(n.client().owner()).isNull();
            assertThat(n.client().lead()).isEqualTo("甲一");
        });

        var owned = RuleSpec.office("callsOwn=true").given(TWO).when("09:05 call 王 phone=13800000001 => 甲一",
                Event.OwnershipGained.class);
        assertThat(owned).hasSize(1);
    }
}
