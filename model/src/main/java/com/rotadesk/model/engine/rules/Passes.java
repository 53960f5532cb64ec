package com.rotadesk.model.engine.rules;

import com.rotadesk.model.Credit;
import com.rotadesk.model.Event;
import com.rotadesk.model.PassOutcome;
import com.rotadesk.model.PassReason;
import com.rotadesk.model.Policy;
import com.rotadesk.model.RotationKey;
import com.rotadesk.model.engine.state.ConsultantDay;
import com.rotadesk.model.engine.state.Scratch;

import java.time.LocalDateTime;

/** R7's outcome table and R9a's decline limit: what one pass costs the consultant passed. */
final class Passes {
    private final CreditCap cap;
    private final Presence presence;

    Passes(CreditCap cap, Presence presence) {
        this.cap = cap;
        this.presence = presence;
    }

    /** One pass with its outcome: a credit (R7, capped by R8), a violation, a disqualification (R9a). */
    void pass(Scratch s, String ref, LocalDateTime at, RotationKey key, String consultant, PassReason reason,
            int round) {
        Policy policy = s.policy();
        PassOutcome outcome = cap.capped(policy, policy.outcomeFor(reason),
                s.rotation(key).creditCount(consultant));
        s.emit(new Event.Passed(at, ref, consultant, key.channel(), key.group(), reason, outcome, round));
        if (outcome == PassOutcome.KEEP) {
            s.emit(new Event.CreditGranted(at, consultant, key.channel(), key.group(), Credit.Origin.PASS));
        }
        if (!reason.isRejection()) {
            return;
        }
        s.emit(new Event.ViolationRecorded(at, consultant, reason, key.channel(), key.group()));
        ConsultantDay cd = s.consultant(consultant);
        boolean disqualify = outcome == PassOutcome.DISQUALIFY || reason == PassReason.DECLINED
                && policy.maxDeclinesPerDay() > 0 && cd.declines() >= policy.maxDeclinesPerDay();
        if (disqualify && !cd.disqualified()) {
            presence.disqualify(s, consultant, at);
        }
    }
}
