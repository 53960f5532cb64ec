package com.rotadesk.model.engine;

import com.rotadesk.model.Action;
import com.rotadesk.model.ActionRejectedException;
import com.rotadesk.model.Channel;
import com.rotadesk.model.Event;
import com.rotadesk.model.PassReason;
import com.rotadesk.model.Policy;
import com.rotadesk.model.Refusal;
import com.rotadesk.model.Registration;
import com.rotadesk.model.Rejection;
import com.rotadesk.model.Visit;
import com.rotadesk.model.VisitSource;
import com.rotadesk.model.VisitState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** R9 with R7: when a waiting visitor is received, the receptionist may turn the proposal down as at check-in. */
class WaitingVisitorRejectionTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    private OfficeEngine engine;

    private static LocalDateTime at(int h, int m) {
        return DAY.atTime(h, m);
    }

    private void visit(LocalDateTime at, String ref, String phone) {
        engine.apply(new Action.CheckIn(at, Channel.WALK_IN, ref, new Registration(ref, phone, 1, VisitSource.WALK_IN),
                null, null, null, null, List.of()));
    }

    @BeforeEach
    void threeReceivingAndOneWaitingThenTwoFree() {
        engine = new OfficeEngine(Policy.defaults());
        engine.apply(new Action.StartDay(DAY));
        engine.apply(new Action.SignIn(at(8, 30), "谢铁峰", null));
        engine.apply(new Action.SignIn(at(8, 31), "徐娅", null));
        engine.apply(new Action.SignIn(at(8, 32), "丁伟", null));
        visit(at(9, 0), "王先生", "13800000001");
        visit(at(9, 1), "李女士", "13800000002");
        visit(at(9, 2), "赵先生", "13800000003");
        visit(at(9, 5), "钱女士", "13800000004");
        engine.apply(new Action.EndVisit(at(9, 20), "王先生"));
        engine.apply(new Action.EndVisit(at(9, 21), "李女士"));
    }

    @Test
    void notHereOnTheFirstProposalGivesTheWaitingVisitorToTheNext() {
        // given 钱女士 waits and the rules propose 谢铁峰, first of round 2
        assertThat(engine.visit("钱女士").state()).isEqualTo(VisitState.WAITING);
        assertThat(engine.trial(new Action.Assign(at(9, 22), "钱女士")).consultant()).isEqualTo("谢铁峰");
        List<Rejection> notHere = List.of(new Rejection("谢铁峰", PassReason.ABSENT));

        // when the receptionist says 谢铁峰 is not here: the trial shows the next, and nothing moved
        Visit tried = engine.trial(new Action.Assign(at(9, 22), "钱女士", notHere));
        assertThat(tried.consultant()).isEqualTo("徐娅");
        assertThat(engine.visit("钱女士").state()).isEqualTo(VisitState.WAITING);

        // then confirming receives her with 徐娅, and 谢铁峰 carries the absent pass and its violation
        List<Event> events = engine.apply(new Action.Assign(at(9, 22), "钱女士", notHere));
        assertThat(engine.visit("钱女士").consultant()).isEqualTo("徐娅");
        assertThat(events).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(Event.Passed.class,
                p -> assertThat(p.consultant()).isEqualTo("谢铁峰")));
        assertThat(engine.violations("谢铁峰")).isEqualTo(1);
    }

    @Test
    void rejectingEveryoneFreeLeavesTheVisitorWaitingWithThePassesStanding() {
        List<Rejection> both = List.of(new Rejection("谢铁峰", PassReason.ABSENT),
                new Rejection("徐娅", PassReason.DECLINED));

        engine.apply(new Action.Assign(at(9, 22), "钱女士", both));

        assertThat(engine.visit("钱女士").state()).isEqualTo(VisitState.WAITING);
        assertThat(engine.violations("谢铁峰")).isEqualTo(1);
        assertThat(engine.violations("徐娅")).isEqualTo(1);
    }

    @Test
    void turningDownSomeoneTheRulesDidNotProposeIsRefusedAndChangesNothing() {
        ActionRejectedException refused = catchThrowableOfType(ActionRejectedException.class, () -> engine.apply(
                new Action.Assign(at(9, 22), "钱女士", List.of(new Rejection("徐娅", PassReason.ABSENT)))));

        assertThat(refused.refusal()).isEqualTo(Refusal.NOT_PROPOSED);
        assertThat(refused.details()).containsExactly(new Refusal.Visitor("钱女士", 4, "钱女士"), "谢铁峰", "徐娅");
        assertThat(refused.getMessage()).isEqualTo("the engine proposed 谢铁峰 for 钱女士, not 徐娅");
        assertThat(engine.visit("钱女士").state()).isEqualTo(VisitState.WAITING);
        assertThat(engine.violations("徐娅")).isZero();
    }
}
