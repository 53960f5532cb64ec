package com.rotadesk.model.engine.rules;

import com.rotadesk.model.AssignmentReason;
import com.rotadesk.model.Credit;
import com.rotadesk.model.Event;
import com.rotadesk.model.Refusal;
import com.rotadesk.model.VoidReason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** R13-R15: non-buyers, voids and refunds, short receptions. */
class VoidAndRefundTest {
    private static final String THREE = """
            09:00 signin 甲一
            09:00 signin 乙二
            09:00 signin 丙三
            """;

    @Test
    void r13ANonBuyerAtTheDeskGoesToTheAvailableConsultantLastInTheRound() {
        RuleSpec office = RuleSpec.office().given(THREE);

        var received = office.when("09:05 visit 推销 phone=none type=non-buyer => 丙三", Event.Received.class);

        assertThat(received).singleElement().satisfies(r -> {
            assertThat(r.consultant()).isEqualTo("丙三");
            assertThat(r.counted()).isFalse();
            assertThat(r.reason()).isEqualTo(new AssignmentReason.LastInRound());
        });
    }

    @Test
    void r13VoidingAsNonBuyerAfterTheVoidWindowIsRefused() {
        RuleSpec office = RuleSpec.office().given(THREE + "09:05 visit A phone=13800000001 => 甲一\n");

        assertThat(office.refused("09:11 void A non-buyer")).isEqualTo(Refusal.VOID_TOO_LATE);
    }

    @Test
    void r14AVoidUncountsRefundsAndRemovesTheOwnershipTheVisitCreated() {
        RuleSpec office = RuleSpec.office().given(THREE + "09:05 visit A phone=13800000001 => 甲一\n");

        var events = office.when("09:08 void A others-client");

        assertThat(RuleSpec.only(events, Event.Voided.class)).extracting(Event.Voided::reason)
                .containsExactly(VoidReason.OTHERS_CLIENT);
        assertThat(RuleSpec.only(events, Event.CreditGranted.class)).extracting(Event.CreditGranted::consultant,
                Event.CreditGranted::origin).containsExactly(org.assertj.core.groups.Tuple.tuple("甲一",
                Credit.Origin.REFUND));
        assertThat(RuleSpec.only(events, Event.OwnershipRemoved.class)).singleElement()
                .satisfies(o -> assertThat(o.client().owner()).isNull());
    }

    @Test
    void r15ACountedReceptionShorterThanTheMinimumIsVoidedWhenItEnds() {
        RuleSpec office = RuleSpec.office("minCountedMinutes=5").given(THREE
                + "09:05 visit A phone=13800000001 => 甲一\n");

        assertThat(office.when("09:08 end A", Event.Voided.class)).extracting(Event.Voided::reason)
                .containsExactly(VoidReason.SHORT_RECEPTION);
        assertThat(office.when("09:10 end A", Event.Voided.class)).isEmpty();
    }
}
