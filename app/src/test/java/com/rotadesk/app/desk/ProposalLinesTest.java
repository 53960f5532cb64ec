package com.rotadesk.app.desk;

import com.rotadesk.model.Action;
import com.rotadesk.model.Channel;
import com.rotadesk.model.Registration;
import com.rotadesk.model.Visit;
import com.rotadesk.model.VisitSource;
import com.rotadesk.model.VisitType;
import com.rotadesk.model.engine.OfficeEngine;
import com.rotadesk.model.scenario.ScenarioParser;
import com.rotadesk.model.scenario.ScenarioRunner;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** "Not here" and "declines" are offered exactly when the engine says the visit walks (R7, R10). */
class ProposalLinesTest {

    @Test
    void anAsNewReferralOutsideTheWindowCanStillBeTurnedDown() {
        // given referrals take the walk here, and it is after hours: the visit is uncounted, yet it walks
        OfficeEngine engine = ScenarioRunner.play(ScenarioParser.parse("referral.scenario", """
                policy: referral=as-new
                17:00 signin 丁伟
                17:00 signin 徐娅
                """));
        Visit tried = engine.trial(new Action.CheckIn(ScenarioParser.DEFAULT_DATE.atTime(17, 45), Channel.WALK_IN, "R",
                new Registration("赵女士", "13800000009", 1, VisitSource.REFERRAL), VisitType.REFERRAL, null, null,
                null, List.of()));

        assertThat(tried.counted()).isFalse();
        assertThat(ProposalLines.walks(tried)).isTrue();
    }

    @Test
    void aReturningClientCannotBeTurnedDown() {
        OfficeEngine engine = ScenarioRunner.play(ScenarioParser.parse("returning.scenario", """
                09:00 signin 丁伟
                09:05 visit 王 phone=13800000001 => 丁伟
                09:06 end 王
                """));
        Visit tried = engine.trial(new Action.CheckIn(ScenarioParser.DEFAULT_DATE.atTime(10, 0), Channel.WALK_IN, "W",
                new Registration("王", "13800000001", 1, VisitSource.WALK_IN), null, null, null, null, List.of()));

        assertThat(ProposalLines.walks(tried)).isFalse();
    }
}
