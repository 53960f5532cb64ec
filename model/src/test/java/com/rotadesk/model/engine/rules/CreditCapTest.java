package com.rotadesk.model.engine.rules;

import com.rotadesk.model.Credit;
import com.rotadesk.model.Event;
import com.rotadesk.model.PassOutcome;
import com.rotadesk.model.Policy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** R8: the make-up credit cap. */
class CreditCapTest {
    private final CreditCap cap = new CreditCap();

    @Test
    void r8AKeepPassOnSomeoneAtTheCapIsAForfeitRecordedAsSuch() {
        Policy one = Policy.defaults();
        assertThat(cap.capped(one, PassOutcome.KEEP, 0)).isEqualTo(PassOutcome.KEEP);
        assertThat(cap.capped(one, PassOutcome.KEEP, 1)).isEqualTo(PassOutcome.FORFEIT_AT_CAP);
        assertThat(cap.capped(one.with("makeUpCap", "0"), PassOutcome.KEEP, 0)).isEqualTo(PassOutcome.FORFEIT_AT_CAP);
        assertThat(cap.capped(one.with("makeUpCap", "-1"), PassOutcome.KEEP, 50)).isEqualTo(PassOutcome.KEEP);
        assertThat(cap.capped(one, PassOutcome.FORFEIT, 0)).isEqualTo(PassOutcome.FORFEIT);
    }

    @Test
    void r8TheWalkRecordsACreditLostToTheCap() {
        // given 甲一 already holds one credit and is busy again
        RuleSpec office = RuleSpec.office().given(RuleSpec.JIA_PASSED_BUSY + """
                09:09 end C
                09:10 visit D phone=13800000004 => 乙二
                09:11 end D
                """);
        // when the walk steps over him again
        var events = office.when("09:12 visit E phone=13800000005 => 乙二");
        // then the pass is a forfeit at the cap and no credit is granted
        assertThat(RuleSpec.only(events, Event.Passed.class)).extracting(Event.Passed::outcome)
                .containsExactly(PassOutcome.FORFEIT_AT_CAP);
        assertThat(RuleSpec.only(events, Event.CreditGranted.class)).isEmpty();
    }

    @Test
    void r8ARefundIsGrantedEvenBeyondTheCap() {
        // given passes never earn a credit here (makeUpCap=0) and 甲一 took a counted turn
        RuleSpec office = RuleSpec.office("makeUpCap=0").given("""
                09:00 signin 甲一
                09:05 visit A phone=13800000001 => 甲一
                """);
        // when the reception turns out to be a non-buyer's, then the refund is granted all the same
        assertThat(office.when("09:07 void A non-buyer", Event.CreditGranted.class))
                .extracting(Event.CreditGranted::origin).containsExactly(Credit.Origin.REFUND);
    }
}
