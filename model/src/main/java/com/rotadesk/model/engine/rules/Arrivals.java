package com.rotadesk.model.engine.rules;

import com.rotadesk.model.Action;
import com.rotadesk.model.ActionRejectedException;
import com.rotadesk.model.Event;
import com.rotadesk.model.Refusal;
import com.rotadesk.model.Rejection;
import com.rotadesk.model.VisitState;
import com.rotadesk.model.VisitType;
import com.rotadesk.model.engine.state.Scratch;
import com.rotadesk.model.engine.state.VisitEntry;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A visitor group at the desk or a call (R10, R12), and the receiving of a waiting visit (R9): registered with its
 * type, then routed to the walk, the owner or stand-in, or the last in the round.
 */
final class Arrivals {
    private final Classification classification;
    private final Walk walk;
    private final StandIn standIn;
    private final VoidAndRefund voids;
    private final Receptions receptions;

    Arrivals(Classification classification, Walk walk, StandIn standIn, VoidAndRefund voids,
            Receptions receptions) {
        this.classification = classification;
        this.walk = walk;
        this.standIn = standIn;
        this.voids = voids;
        this.receptions = receptions;
    }

    void checkIn(Scratch s, Action.CheckIn a) {
        VisitEntry earlier = s.visit(a.ref());
        if (earlier != null && earlier.state() == VisitState.WAITING) {
            throw new ActionRejectedException(Refusal.STILL_WAITING, Visits.who(earlier));
        }
        String group = a.group() != null ? a.group() : s.defaultGroup();
        Classification.Verdict verdict = classification.classify(s, a);
        if (!verdict.walks() && !a.rejections().isEmpty()) {
            throw new ActionRejectedException(Refusal.REJECTION_NOT_NEW, verdict.type());
        }
        s.emit(new Event.Registered(a.at(), a.ref(), s.visitCount(a.channel()) + 1, a.channel(), group,
                a.registration(), verdict.type(), a.named(), verdict.walks(), verdict.nonBuyer(),
                verdict.householdConflict()));
        String phone = a.registration().phone();
        if (verdict.householdJoin()) {
            s.emit(new Event.HouseholdJoined(a.at(), a.ref(), phone, a.registration().name(),
                    s.client(phone).withFamily(a.registration().name())));
        }
        VisitEntry v = s.visit(a.ref());
        if (verdict.walks() && Walk.queueAhead(s, v)) {
            if (!a.rejections().isEmpty()) {
                throw new ActionRejectedException(Refusal.WAITS_BEHIND, Visits.who(v));
            }
            receptions.await(s, v, a.at());
            return;
        }
        place(s, v, a.at(), a.rejections());
    }

    /** R9: the waiting visit placed now by its type and the rules as they stand, after the rejections given. */
    void assign(Scratch s, Action.Assign a) {
        VisitEntry v = Visits.require(s, a.ref());
        if (v.state() != VisitState.WAITING) {
            throw new ActionRejectedException(Refusal.NOT_WAITING, Visits.who(v));
        }
        if (!v.walks() && !a.rejections().isEmpty()) {
            throw new ActionRejectedException(Refusal.REJECTION_NOT_NEW, v.type());
        }
        place(s, v, a.at(), a.rejections());
    }

    private void place(Scratch s, VisitEntry v, LocalDateTime at, List<Rejection> rejections) {
        if (v.walks()) {
            walk.walk(s, v, at, rejections);
        } else if (v.type() == VisitType.NON_BUYER) {
            voids.placeNonBuyer(s, v, at);
        } else {
            standIn.place(s, v, at);
        }
    }
}
