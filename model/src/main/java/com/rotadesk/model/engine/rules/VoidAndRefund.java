package com.rotadesk.model.engine.rules;

import com.rotadesk.model.Action;
import com.rotadesk.model.ActionRejectedException;
import com.rotadesk.model.AssignmentReason;
import com.rotadesk.model.Credit;
import com.rotadesk.model.Event;
import com.rotadesk.model.Policy;
import com.rotadesk.model.Refusal;
import com.rotadesk.model.VisitState;
import com.rotadesk.model.VoidReason;
import com.rotadesk.model.engine.state.Scratch;
import com.rotadesk.model.engine.state.VisitEntry;

import java.time.Duration;
import java.time.LocalDateTime;

/** R13-R15: non-buyers, and counted receptions that turn out not to count: voided and refunded. */
final class VoidAndRefund {
    private final Receptions receptions;
    private final Ownership ownership;

    VoidAndRefund(Receptions receptions, Ownership ownership) {
        this.receptions = receptions;
        this.ownership = ownership;
    }

    /** R13: a non-buyer identified at the desk goes to the available consultant last in the round, uncounted. */
    void placeNonBuyer(Scratch s, VisitEntry v, LocalDateTime at) {
        String last = StandIn.lastAvailableInRound(s, s.rotation(v.group(), v.channel()), null);
        if (last == null) {
            receptions.await(s, v, at);
        } else {
            receptions.receive(s, v, at, last, false, false, new AssignmentReason.LastInRound(), false);
        }
    }

    /** R13, R14: the receptionist voids a counted reception; a non-buyer only within {@code voidMinutes}. */
    void voidVisit(Scratch s, Action.VoidVisit a) {
        VisitEntry v = Visits.require(s, a.ref());
        if (!v.counted()) {
            throw new ActionRejectedException(Refusal.NOT_COUNTED, Visits.who(v));
        }
        int minutes = s.policy().voidMinutes();
        if (a.reason() == VoidReason.NON_BUYER && Duration.between(v.receivedAt(), a.at()).toMinutes() > minutes) {
            throw new ActionRejectedException(Refusal.VOID_TOO_LATE, Visits.who(v), minutes);
        }
        voidReception(s, v, a.at(), a.reason());
    }

    /** R15: a counted reception that ended sooner than {@code minCountedMinutes} is treated as R14. */
    void afterEnd(Scratch s, VisitEntry ended, LocalDateTime at) {
        Policy policy = s.policy();
        if (ended.state() != VisitState.ENDED || !ended.counted() || policy.minCountedMinutes() <= 0) {
            return;
        }
        if (Duration.between(ended.receivedAt(), at).toMinutes() < policy.minCountedMinutes()) {
            voidReception(s, ended, at, VoidReason.SHORT_RECEPTION);
        }
    }

    /** R13-R15: uncounted, refunded as a make-up credit (even beyond the cap, R8), its ownership removed. */
    private void voidReception(Scratch s, VisitEntry v, LocalDateTime at, VoidReason reason) {
        s.emit(new Event.Voided(at, v.ref(), reason));
        s.emit(new Event.CreditGranted(at, v.consultant(), v.channel(), v.group(), Credit.Origin.REFUND));
        // a reception voided as non-buyer keeps its type: a same-day repeat of that phone is an ordinary repeat
        // that may create ownership (only a desk-identified non-buyer's repeat stays a non-buyer)
        ownership.removeCreated(s, s.visit(v.ref()), at);
    }
}
