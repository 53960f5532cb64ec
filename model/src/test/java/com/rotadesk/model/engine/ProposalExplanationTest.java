package com.rotadesk.model.engine;

import com.rotadesk.model.Action;
import com.rotadesk.model.AssignmentReason;
import com.rotadesk.model.AwayKind;
import com.rotadesk.model.Channel;
import com.rotadesk.model.ConsultantStatus;
import com.rotadesk.model.PassReason;
import com.rotadesk.model.Policy;
import com.rotadesk.model.Registration;
import com.rotadesk.model.Visit;
import com.rotadesk.model.VisitSource;
import com.rotadesk.model.VisitType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every proposal says who and why, and whom the walk passes (issue: "every proposal explains itself"). */
class ProposalExplanationTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    private OfficeEngine engine;

    private static LocalDateTime at(int h, int m) {
        return DAY.atTime(h, m);
    }

    private void visit(LocalDateTime at, String ref, String phone) {
        visit(at, ref, ref, phone);
    }

    private void visit(LocalDateTime at, String ref, String name, String phone) {
        engine.apply(new Action.CheckIn(at, Channel.WALK_IN, ref, new Registration(name, phone, 1, VisitSource.WALK_IN),
                null, null, null, null, List.of()));
    }

    @BeforeEach
    void threeConsultantsSignedIn() {
        engine = new OfficeEngine(Policy.defaults());
        engine.apply(new Action.StartDay(DAY));
        engine.apply(new Action.SignIn(at(8, 30), "谢铁峰", null));
        engine.apply(new Action.SignIn(at(8, 31), "徐娅", null));
        engine.apply(new Action.SignIn(at(8, 32), "丁伟", null));
    }

    @Test
    void theWalkProposalNamesItsRoundAndThePassesItWouldMake() {
        // given 谢铁峰 is away on business
        engine.apply(new Action.StepAway(at(9, 0), "谢铁峰", AwayKind.BUSINESS));

        // when the desk asks who is next
        Proposal next = engine.nextUp(null, Channel.WALK_IN);

        // then 徐娅, next in round 1, and 谢铁峰 would be passed as away on business
        assertThat(next.consultant()).isEqualTo("徐娅");
        assertThat(next.reason()).isEqualTo(new AssignmentReason.NextInRotation(1));
        assertThat(next.passes()).containsExactly(new Proposal.PlannedPass("谢铁峰", PassReason.AWAY_BUSINESS));
    }

    @Test
    void aMakeUpProposalNamesTheTimeOfItsCredit() {
        // given 谢铁峰 was passed while busy at 10:11 and is free again
        visit(at(10, 0), "王先生", "13800000001");
        visit(at(10, 5), "李女士", "13800000002");
        visit(at(10, 6), "赵先生", "13800000003");
        engine.apply(new Action.EndVisit(at(10, 8), "李女士"));
        visit(at(10, 11), "钱女士", "13800000004");
        engine.apply(new Action.EndVisit(at(10, 20), "王先生"));

        // when
        Proposal next = engine.nextUp(null, Channel.WALK_IN);

        // then the reason carries the credit's time
        assertThat(next.consultant()).isEqualTo("谢铁峰");
        assertThat(next.makeUp()).isTrue();
        assertThat(next.reason()).isEqualTo(new AssignmentReason.MakeUp(at(10, 11)));
    }

    @Test
    void aReturningClientGoesToTheOwnerWithTheProtectionDate() {
        // given 王先生 was received by 谢铁峰 at 09:00
        visit(at(9, 0), "王先生", "13800000001");
        engine.apply(new Action.EndVisit(at(9, 30), "王先生"));

        // when he comes back
        visit(at(10, 0), "王先生2", "王先生", "13800000001");
        Visit v = engine.visit("王先生2");

        // then he goes to his owner, uncounted, protected 30 days from his last visit
        assertThat(v.type()).isEqualTo(VisitType.RETURNING);
        assertThat(v.consultant()).isEqualTo("谢铁峰");
        assertThat(v.counted()).isFalse();
        assertThat(v.reason()).isEqualTo(new AssignmentReason.Owner("谢铁峰", at(9, 0).plusDays(30), false));
    }

    @Test
    void aStandInSaysForWhomAndWhy() {
        // given 徐娅's client, and 徐娅 away on business
        visit(at(9, 0), "甲", "13800000001");
        visit(at(9, 1), "李女士", "13800000002");
        engine.apply(new Action.EndVisit(at(9, 30), "李女士"));
        engine.apply(new Action.StepAway(at(9, 31), "徐娅", AwayKind.BUSINESS));

        // when her client returns
        visit(at(9, 40), "李女士2", "李女士", "13800000002");

        // then the stand-in is proposed, naming 徐娅 and her status
        Visit v = engine.visit("李女士2");
        assertThat(v.standIn()).isTrue();
        assertThat(v.reason()).isEqualTo(new AssignmentReason.StandIn("徐娅", ConsultantStatus.AWAY_BUSINESS));
    }

    @Test
    void aTrialCheckInChangesNothing() {
        String before = StateFingerprint.of(engine);

        Visit trial = engine.trial(new Action.CheckIn(at(9, 0), Channel.WALK_IN, "王先生",
                new Registration("王先生", "13800000001", 2, VisitSource.WALK_IN), null, null, null, null, List.of()));

        assertThat(trial.consultant()).isEqualTo("谢铁峰");
        assertThat(StateFingerprint.of(engine)).isEqualTo(before);
    }

    @Test
    void undoingAVisitAlsoUndoesItsRegistrationAndOwnership() {
        visit(at(9, 0), "王先生", "13800000001");
        assertThat(engine.ownerOf("13800000001", at(9, 1))).isEqualTo("谢铁峰");

        engine.apply(new Action.Undo(at(9, 2)));

        assertThat(engine.ownerOf("13800000001", at(9, 2))).isNull();
        assertThat(engine.client("13800000001")).isNull();
        assertThat(engine.visits()).isEmpty();
        assertThat(engine.nextUp(null, Channel.WALK_IN).consultant()).isEqualTo("谢铁峰");
    }
}
