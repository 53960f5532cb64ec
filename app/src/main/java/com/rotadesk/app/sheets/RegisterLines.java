package com.rotadesk.app.sheets;

import com.rotadesk.model.AssignmentReason;
import com.rotadesk.model.Channel;
import com.rotadesk.model.Event;
import com.rotadesk.model.Visit;
import com.rotadesk.model.VisitState;
import com.rotadesk.model.engine.OfficeEngine;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns the day's visits of one channel into register lines; shared by the visit and call registers. */
final class RegisterLines {
    private RegisterLines() {
    }

    static List<RegisterLine> of(OfficeEngine engine, Channel channel) {
        SheetDay.of(engine);
        Set<Event.VisitKey> deals = dealVisits(engine);
        List<RegisterLine> out = new ArrayList<>();
        for (Visit v : engine.visits()) {
            if (v.channel() != channel) {
                continue;
            }
            out.add(new RegisterLine(v.number(), v.ref(), v.channel(), time(v.arrival()), time(v.receivedAt()),
                    time(v.endedAt()), v.registration().name(), v.registration().phone(), v.registration().party(),
                    v.type(), v.registration().source(), v.consultant(), v.counted(),
                    notes(v, deals.contains(new Event.VisitKey(v.channel(), v.number())))));
        }
        return out;
    }

    private static List<RegisterLine.Note> notes(Visit v, boolean deal) {
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
        } else if (v.outsideWindow()) {
            // R5: a walk proposal that took nothing because the window was closed
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
        if (v.corrected()) {
            notes.add(new RegisterLine.Note.Corrected());
        }
        if (v.registration().notes() != null) {
            notes.add(new RegisterLine.Note.Remark(v.registration().notes()));
        }
        return notes;
    }

    /** The visits a deal was marked on, as the events name them (the handle meant its latest visit then). */
    private static Set<Event.VisitKey> dealVisits(OfficeEngine engine) {
        Map<String, Event.VisitKey> latest = new HashMap<>();
        Set<Event.VisitKey> deals = new HashSet<>();
        for (Event e : engine.events()) {
            switch (e) {
                case Event.Registered r -> latest.put(r.ref(), new Event.VisitKey(r.channel(), r.number()));
                case Event.DealMarked d when latest.containsKey(d.ref()) -> deals.add(latest.get(d.ref()));
                default -> {
                }
            }
        }
        return deals;
    }

    private static LocalTime time(LocalDateTime t) {
        return t == null ? null : t.toLocalTime();
    }
}
