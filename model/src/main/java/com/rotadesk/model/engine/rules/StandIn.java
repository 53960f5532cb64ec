package com.rotadesk.model.engine.rules;

import com.rotadesk.model.AssignmentReason;
import com.rotadesk.model.ConsultantStatus;
import com.rotadesk.model.engine.state.ConsultantDay;
import com.rotadesk.model.engine.state.OfficeState;
import com.rotadesk.model.engine.state.Rotation;
import com.rotadesk.model.engine.state.Scratch;
import com.rotadesk.model.engine.state.VisitEntry;

import java.time.LocalDateTime;
import java.util.List;

/** R11: a visit for a consultant who is not available goes to them if receiving, else to the stand-in. */
final class StandIn {
    private final Classification classification;
    private final Receptions receptions;

    StandIn(Classification classification, Receptions receptions) {
        this.classification = classification;
        this.receptions = receptions;
    }

    /** A returning, deal-return, designated, referral or same-day-repeat visit, uncounted (R10, R11). */
    void place(Scratch s, VisitEntry v, LocalDateTime at) {
        String target = classification.target(s, v, at);
        ConsultantDay cd = s.consultant(target);
        ConsultantStatus status = cd == null ? ConsultantStatus.SIGNED_OUT : cd.status();
        if (status == ConsultantStatus.AVAILABLE || status == ConsultantStatus.RECEIVING) {
            // R11: a receiving owner is still proposed: they may serve both (同时接待)
            receptions.receive(s, v, at, target, false, false, classification.reason(s, v, target), false);
            return;
        }
        String standIn = lastAvailableInRound(s, s.rotation(v.group(), v.channel()), target);
        if (standIn == null) {
            receptions.await(s, v, at);
        } else {
            receptions.receive(s, v, at, standIn, false, false, new AssignmentReason.StandIn(target, status), false);
        }
    }

    /** R11, R13: the available consultant the pointer reaches last in the current round (排位最后). */
    static String lastAvailableInRound(OfficeState s, Rotation r, String except) {
        if (r == null) {
            return null;
        }
        List<String> m = r.members();
        int n = m.size();
        for (int k = 1; k <= n; k++) {
            String c = m.get(Math.floorMod(r.pointer() - k, n));
            if (!c.equals(except) && s.available(c)) {
                return c;
            }
        }
        return null;
    }
}
