package com.rotadesk.app.sheets;

import com.rotadesk.model.AssignmentReason;
import com.rotadesk.model.Channel;
import com.rotadesk.model.Event;
import com.rotadesk.model.RotationWindow;
import com.rotadesk.model.Visit;
import com.rotadesk.model.VisitState;
import com.rotadesk.model.engine.OfficeEngine;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Turns the day's visits of one channel into register lines; shared by the visit and call registers. */
final class RegisterLines {
    private RegisterLines() {
    }

    static List<RegisterLine> of(OfficeEngine engine, Channel channel) {
        SheetDay.of(engine);
        Set<String> dealRefs = dealRefs(engine);
        RotationWindow window = engine.policy().window();
        List<RegisterLine> out = new ArrayList<>();
        for (Visit v : engine.visits()) {
            if (v.channel() != channel) {
                continue;
            }
            out.add(new RegisterLine(v.number(), v.ref(), v.channel(), time(v.arrival()), time(v.receivedAt()),
                    time(v.endedAt()), v.registration().name(), v.registration().phone(), v.registration().party(),
                    v.type(), v.registration().source(), v.consultant(), v.counted(),
                    notes(v, window, dealRefs.contains(v.ref()))));
        }
        return out;
    }

    private static List<RegisterLine.Note> notes(Visit v, RotationWindow window, boolean deal) {
        List<RegisterLine.Note> notes = new ArrayList<>();
        if (v.incomplete()) {
            notes.add(new RegisterLine.Note.Incomplete());
        }
        if (v.makeUp() && v.counted()) {
            notes.add(new RegisterLine.Note.MakeUp());
        }
        if (v.standIn() && v.reason() instanceof AssignmentReason.StandIn s) {
            notes.add(new RegisterLine.Note.StandIn(s.forConsultant()));
        }
        if (v.voided() != null) {
            notes.add(new RegisterLine.Note.Voided(v.voided()));
        }
        if (v.householdConflict()) {
            notes.add(new RegisterLine.Note.HouseholdConflict());
        }
        if (v.reason() instanceof AssignmentReason.Manual m) {
            notes.add(new RegisterLine.Note.Manual(m.reason()));
        } else if (!v.counted() && v.voided() == null && v.receivedAt() != null
                && (v.reason() instanceof AssignmentReason.NextInRotation || v.reason() instanceof AssignmentReason.MakeUp)
                && !window.contains(v.receivedAt().toLocalTime())) {
            // R5: a walk proposal that took nothing because the window was closed.
            notes.add(new RegisterLine.Note.OutsideWindow());
        }
        if (deal) {
            notes.add(new RegisterLine.Note.Deal());
        }
        if (v.state() == VisitState.WAITING) {
            notes.add(new RegisterLine.Note.Waiting());
        } else if (v.state() == VisitState.GONE) {
            notes.add(new RegisterLine.Note.Gone());
        }
        return notes;
    }

    /**
     * The visits a deal was marked on. {@link Event.DealMarked} names the phone and consultant, not the visit,
     * so the deal goes to that consultant's latest visit of that phone received before it.
     */
    private static Set<String> dealRefs(OfficeEngine engine) {
        Set<String> refs = new HashSet<>();
        List<Visit> visits = engine.visits();
        for (Event e : engine.events()) {
            if (e instanceof Event.DealMarked d) {
                Visit match = null;
                for (Visit v : visits) {
                    if (d.phone().equals(v.registration().phone()) && d.consultant().equals(v.consultant())
                            && v.receivedAt() != null && !v.receivedAt().isAfter(d.at())) {
                        match = v;
                    }
                }
                if (match != null) {
                    refs.add(match.ref());
                }
            }
        }
        return refs;
    }

    private static LocalTime time(LocalDateTime t) {
        return t == null ? null : t.toLocalTime();
    }
}
