package com.rotadesk.model.engine.rules;

import com.rotadesk.model.Action;
import com.rotadesk.model.ActionRejectedException;
import com.rotadesk.model.AssignmentReason;
import com.rotadesk.model.Event;
import com.rotadesk.model.Refusal;
import com.rotadesk.model.engine.state.Rotation;
import com.rotadesk.model.engine.state.Scratch;
import com.rotadesk.model.engine.state.VisitEntry;

import java.time.LocalDateTime;

/** R9, R9b: a visit placed with a consultant or left waiting, and a reception's end. */
final class Receptions {
    private final Ownership ownership;

    Receptions(Ownership ownership) {
        this.ownership = ownership;
    }

    /**
     * Places the visit with a consultant, then lets ownership follow (R17, R18, R21).
     *
     * @param outsideWindow the walk's proposal outside the window: nothing counted or moved (R5)
     */
    void receive(Scratch s, VisitEntry v, LocalDateTime at, String consultant, boolean counted, boolean makeUp,
            AssignmentReason why, boolean outsideWindow) {
        Rotation r = s.rotation(v.group(), v.channel());
        int round = switch (why) {
            // serving the last of the list has already moved the pointer on: the reason keeps the round served
            case AssignmentReason.NextInRotation n -> n.round();
            case AssignmentReason.Surge sg -> sg.round();
            default -> r == null ? 1 : r.round();
        };
        s.emit(new Event.Received(at, v.ref(), consultant, v.channel(), v.group(), counted, makeUp, round, why,
                outsideWindow));
        ownership.afterReception(s, s.visit(v.ref()), at, consultant, why instanceof AssignmentReason.StandIn);
    }

    /** R9: nobody can take the visitor now. */
    void await(Scratch s, VisitEntry v, LocalDateTime at) {
        s.emit(new Event.Waiting(at, v.ref(), v.channel(), v.group()));
    }

    /** R9b: the visitor leaves (送客), or a waiting visitor gives up; returns the visit as it ended. */
    VisitEntry end(Scratch s, Action.EndVisit a) {
        VisitEntry v = Visits.require(s, a.ref());
        switch (v.state()) {
            case WAITING -> s.emit(new Event.Ended(a.at(), v.ref(), true));
            case RECEIVING -> s.emit(new Event.Ended(a.at(), v.ref(), false));
            case CALL_TAKEN -> throw new ActionRejectedException(Refusal.CALL_ALREADY_LOGGED, Visits.who(v));
            case ENDED, GONE -> throw new ActionRejectedException(Refusal.ALREADY_LEFT, Visits.who(v));
        }
        return s.visit(v.ref());
    }
}
