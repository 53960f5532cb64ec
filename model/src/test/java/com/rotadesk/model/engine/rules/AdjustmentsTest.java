package com.rotadesk.model.engine.rules;

import com.rotadesk.model.Action;
import com.rotadesk.model.Channel;
import com.rotadesk.model.Credit;
import com.rotadesk.model.Event;
import com.rotadesk.model.Refusal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** R23: the manager's adjustments, each journaled with its reason. */
class AdjustmentsTest {
    private static final String THREE = """
            09:00 signin 甲一
            09:00 signin 乙二
            09:00 signin 丙三
            09:05 visit A phone=13800000001 => 甲一
            """;

    @Test
    void r23EveryAdjustmentNeedsAReason() {
        assertThat(RuleSpec.office().given(THREE).refused("09:10 grant 乙二 reason="))
                .isEqualTo(Refusal.NEEDS_REASON);
    }

    @Test
    void r23AGrantIsAManualCreditPrintedWithItsReason() {
        var events = RuleSpec.office().given(THREE).when("09:10 grant 乙二 reason=系统故障补发");

        assertThat(RuleSpec.only(events, Event.CreditGranted.class)).extracting(Event.CreditGranted::origin)
                .containsExactly(Credit.Origin.MANUAL);
        assertThat(RuleSpec.only(events, Event.Adjusted.class)).singleElement()
                .satisfies(a -> assertThat(a.adjustment().reason()).isEqualTo("系统故障补发"));
    }

    @Test
    void r23TakingBackACreditTakesTheNewest() {
        RuleSpec office = RuleSpec.office().given(THREE + "09:10 grant 乙二 reason=甲\n09:11 grant 乙二 reason=乙\n");

        var taken = office.when("09:12 takeback 乙二 reason=多发", Event.CreditTakenBack.class);

        assertThat(taken).singleElement().satisfies(t -> assertThat(t.since().getMinute()).isEqualTo(11));
    }

    @Test
    void r23MovingThePointerPlacesItBeforeTheConsultant() {
        var moved = RuleSpec.office().given(THREE).when("09:10 pointer 丙三 reason=经理调整", Event.PointerMoved.class);

        assertThat(moved).extracting(Event.PointerMoved::position).containsExactly(2);
    }

    @Test
    void r23AssigningAWaitingVisitToAnyoneMovesNoPointer() {
        RuleSpec office = RuleSpec.office().given(THREE + """
                09:06 visit B phone=13800000002 => 乙二
                09:07 visit C phone=13800000003 => 丙三
                09:08 visit D phone=13800000004 => waiting
                09:09 end B
                """);

        var events = office.when("09:10 assign-to D 甲一 uncounted reason=客户指定");

        assertThat(RuleSpec.only(events, Event.Received.class)).singleElement().satisfies(r -> {
            assertThat(r.consultant()).isEqualTo("甲一");
            assertThat(r.counted()).isFalse();
        });
        assertThat(RuleSpec.only(events, Event.PointerMoved.class)).isEmpty();
    }

    @Test
    void r23DisqualifyAndReinstate() {
        RuleSpec office = RuleSpec.office().given(THREE);

        var out = office.when("09:10 disqualify 乙二 reason=违规");
        assertThat(RuleSpec.only(out, Event.ListLeft.class)).hasSize(2);

        office.given("09:10 disqualify 乙二 reason=违规");
        var back = office.when("09:20 reinstate 乙二 reason=经理批准", Event.ListJoined.class);
        assertThat(back).extracting(Event.ListJoined::channel).containsExactly(Channel.WALK_IN, Channel.PHONE);
    }

    @Test
    void r23AReorderKeepsThePointerBeforeTheSameNextUp() {
        var reordered = RuleSpec.office().given(THREE).when("09:10 reorder 丙三 乙二 甲一", Event.ListReordered.class);

        assertThat(reordered).singleElement().satisfies(r -> {
            assertThat(r.order()).containsExactly("丙三", "乙二", "甲一");
            assertThat(r.order().get(r.pointer())).isEqualTo("乙二");
        });
    }

    @Test
    void actionsOfTheManagerAreAdjustments() {
        assertThat(new Action.Disqualify(null, "甲", "r")).isInstanceOf(Action.Adjustment.class);
    }
}
