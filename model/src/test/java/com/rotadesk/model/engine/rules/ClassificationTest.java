package com.rotadesk.model.engine.rules;

import com.rotadesk.model.Event;
import com.rotadesk.model.Refusal;
import com.rotadesk.model.VisitType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** R10, R20: who is new, who returns, who repeats; households. */
class ClassificationTest {
    private static final String OWNED = """
            09:00 signin 甲一
            09:00 signin 乙二
            09:05 visit 王 phone=13800000001 => 甲一
            09:06 end 王
            """;

    private static Event.Registered registered(RuleSpec office, String line) {
        return office.when(line, Event.Registered.class).getFirst();
    }

    @Test
    void r10AnOwnedClientReturnsToTheOwnerUncounted() {
        RuleSpec office = RuleSpec.office().given(OWNED);

        Event.Registered r = registered(office, "10:00 visit 王 phone=13800000001 => 甲一");

        assertThat(r.type()).isEqualTo(VisitType.RETURNING);
        assertThat(r.walks()).isFalse();
    }

    @Test
    void r10AClosedDealReturnsAsDealReturn() {
        RuleSpec office = RuleSpec.office().given(OWNED + "09:07 deal 王\n");

        assertThat(registered(office, "10:00 visit 王 phone=13800000001 => 甲一").type())
                .isEqualTo(VisitType.DEAL_RETURN);
    }

    @Test
    void r10APhoneReceivedEarlierTodayWithoutOwnerIsASameDayRepeat() {
        RuleSpec office = RuleSpec.office().given("""
                09:00 signin 甲一
                09:00 signin 乙二
                09:05 visit 无名 phone=13800000009 name=none => 甲一
                09:06 end 无名
                """);
        // an incomplete registration owns nobody (R16), but the phone was received today
        assertThat(registered(office, "10:00 visit 再来 phone=13800000009 => 甲一").type())
                .isEqualTo(VisitType.REPEAT);
    }

    @Test
    void r10AReferralAsNewTakesTheWalk() {
        RuleSpec office = RuleSpec.office("referral=as-new").given(OWNED);

        Event.Registered r = registered(office, "10:00 visit 新 phone=13800000005 type=referral => 乙二");

        assertThat(r.walks()).isTrue();
    }

    @Test
    void r10ADesignatedVisitNeedsTheConsultantItAsksFor() {
        assertThat(RuleSpec.office().given(OWNED).refused("10:00 visit 新 phone=13800000005 type=designated => 甲一"))
                .isEqualTo(Refusal.NEEDS_NAMED);
    }

    @Test
    void r10RejectionsApplyToNewVisitorsOnly() {
        assertThat(RuleSpec.office().given(OWNED).refused("10:00 visit 王 phone=13800000001 skip=甲一:absent => 乙二"))
                .isEqualTo(Refusal.REJECTION_NOT_NEW);
    }

    @Test
    void r20FamilyJoinsTheHouseholdAndReturnsToTheOwner() {
        RuleSpec office = RuleSpec.office().given(OWNED);

        var events = office.when("10:00 visit 王太太 phone=13800000001 family=yes => 甲一");

        assertThat(RuleSpec.only(events, Event.HouseholdJoined.class)).singleElement()
                .satisfies(h -> assertThat(h.client().household()).containsExactly("王太太"));
        assertThat(RuleSpec.only(events, Event.Registered.class).getFirst().type()).isEqualTo(VisitType.RETURNING);
    }

    @Test
    void r20NotFamilyIsANewVisitorWhoGainsNoOwnership() {
        RuleSpec office = RuleSpec.office().given(OWNED);

        var events = office.when("10:00 visit 李 phone=13800000001 family=no => 乙二");

        Event.Registered r = RuleSpec.only(events, Event.Registered.class).getFirst();
        assertThat(r.type()).isEqualTo(VisitType.NEW);
        assertThat(r.householdConflict()).isTrue();
        assertThat(RuleSpec.only(events, Event.ClientEvent.class)).as("the phone stays with its owner").isEmpty();
    }
}
