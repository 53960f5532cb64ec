package com.rotadesk.model.engine.rules;

import com.rotadesk.model.AssignmentReason;
import com.rotadesk.model.ConsultantStatus;
import com.rotadesk.model.Event;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** R11: the owner away, and the stand-in last in the round. */
class StandInTest {
    private static final String OWNED = """
            09:00 signin 甲一
            09:00 signin 乙二
            09:00 signin 丙三
            09:05 visit 王 phone=13800000001 => 甲一
            09:06 end 王
            """;

    @Test
    void r11AReceivingOwnerIsStillProposed() {
        RuleSpec office = RuleSpec.office().given(OWNED + "09:10 visit A phone=13800000002 => 乙二\n"
                + "09:11 visit B phone=13800000003 => 丙三\n09:12 visit C phone=13800000004 => 甲一\n");

        var received = office.when("09:20 visit 王 phone=13800000001 => 甲一", Event.Received.class);

        assertThat(received).singleElement().satisfies(r -> {
            assertThat(r.consultant()).isEqualTo("甲一");
            assertThat(r.standIn()).isFalse();
        });
    }

    @Test
    void r11AnOwnerAwayGetsTheStandInLastInTheRoundAndOwnershipDoesNotMove() {
        // the pointer stands before 乙二: the one it reaches last is 甲一, away, so 丙三
        RuleSpec office = RuleSpec.office().given(OWNED + "09:07 away 甲一 business\n");

        var events = office.when("09:20 visit 王 phone=13800000001 => 丙三");

        assertThat(RuleSpec.only(events, Event.Received.class)).singleElement().satisfies(r -> {
            assertThat(r.consultant()).isEqualTo("丙三");
            assertThat(r.counted()).isFalse();
            assertThat(r.reason()).isEqualTo(new AssignmentReason.StandIn("甲一", ConsultantStatus.AWAY_BUSINESS));
        });
        assertThat(RuleSpec.only(events, Event.OwnershipGained.class)).isEmpty();
        assertThat(office.state().client("13800000001").owner()).isEqualTo("甲一");
    }

    @Test
    void r11NobodyToStandInAndTheVisitWaits() {
        RuleSpec office = RuleSpec.office().given("""
                09:00 signin 甲一
                09:05 visit 王 phone=13800000001 => 甲一
                09:06 end 王
                09:07 away 甲一 private
                """);

        assertThat(office.when("09:10 visit 王 phone=13800000001 => waiting", Event.Waiting.class)).hasSize(1);
    }
}
