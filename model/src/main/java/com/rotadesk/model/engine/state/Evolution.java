package com.rotadesk.model.engine.state;

import com.rotadesk.model.Action;
import com.rotadesk.model.Channel;
import com.rotadesk.model.Credit;
import com.rotadesk.model.Event;
import com.rotadesk.model.PassReason;
import com.rotadesk.model.RotationKey;
import com.rotadesk.model.VisitState;
import com.rotadesk.model.DayOpening;

import java.util.List;

/**
 * The only code that changes an office: one event at a time, mechanically. Every decision (who receives, what a
 * pass costs, when a round ends) was taken before the event was made; this class only writes it down.
 */
public final class Evolution {
    private Evolution() {
    }

    /** Changes the live office by one decided event. */
    public static void apply(LiveState live, Event event) {
        evolve(live, event);
    }

    /**
     * Puts today back to its opening and plays the standing actions' events again (R24: an undo leaves the day exactly as
     * if the undone action had never happened).
     */
    public static void restart(LiveState live, DayOpening opening, int clientMark, List<List<Event>> standing) {
        live.rollbackClients(clientMark);
        live.setPolicy(opening.policy());
        live.setRoster(opening.roster());
        live.setProfile(opening.profile());
        live.restartDay(opening.date(), opening.carry());
        live.record(new Event.DayStarted(opening.date(), opening.carry()));
        for (List<Event> events : standing) {
            for (Event e : events) {
                evolve(live, e);
            }
        }
    }

    static void evolve(OfficeState s, Event event) {
        switch (event) {
            case Event.PolicyChanged e -> s.setPolicy(e.policy());
            case Event.RosterSet e -> s.setRoster(e.consultants());
            case Event.OfficeConfigured e -> {
                s.setProfile(e.profile());
                s.setRoster(e.profile().consultants());
            }
            case Event.DayStarted e -> s.startDay(e.date(), e.carry());
            case Event.SignedIn e -> {
                ConsultantDay cd = s.consultantForWrite(e.consultant());
                cd.group = e.group();
                cd.signedIn = true;
                cd.signedInAt = e.at();
                cd.signedOutAt = null;
                cd.away = null;
                // carried credits are handed over by the CreditsCarried events that follow
                s.removePendingCredits(e.consultant());
            }
            case Event.SignedOut e -> {
                ConsultantDay cd = s.consultantForWrite(e.consultant());
                cd.signedIn = false;
                cd.signedOutAt = e.at();
                cd.away = null;
            }
            case Event.ListJoined e -> s.rotationForWrite(new RotationKey(e.group(), e.channel()))
                    .insert(e.index(), e.consultant());
            case Event.ListLeft e -> s.rotationForWrite(new RotationKey(e.group(), e.channel())).remove(e.consultant());
            case Event.CreditsCarried e -> {
                Rotation r = s.rotationForWrite(new RotationKey(e.group(), e.channel()));
                e.credits().forEach(c -> r.addCredit(e.consultant(), c));
            }
            case Event.CreditsDropped e -> s.rotationForWrite(new RotationKey(e.group(), e.channel()))
                    .dropCredits(e.consultant());
            case Event.WentAway e -> s.consultantForWrite(e.consultant()).away = e.kind();
            case Event.CameBack e -> s.consultantForWrite(e.consultant()).away = null;
            case Event.Registered e -> s.addVisit(new VisitEntry(s.nextVisitIndex(), e.number(), e.ref(), e.channel(),
                    e.group(), e.registration(), e.type(), e.named(), e.at(), e.walks(), e.householdConflict(),
                    e.nonBuyer()));
            case Event.Passed e -> {
                // what the pass cost follows as its own events (CreditGranted, ViolationRecorded, Disqualified)
            }
            case Event.RejectedOutsideWindow e -> {
                // R5: nothing is recorded; the walk that made it already left the consultant out
            }
            case Event.CreditGranted e -> s.rotationForWrite(new RotationKey(e.group(), e.channel()))
                    .addCredit(e.consultant(), new Credit(e.at(), e.origin()));
            case Event.CreditUsed e -> s.rotationForWrite(new RotationKey(e.group(), e.channel()))
                    .useOldestCredit(e.consultant());
            case Event.CreditTakenBack e -> s.rotationForWrite(new RotationKey(e.group(), e.channel()))
                    .takeNewestCredit(e.consultant());
            case Event.ViolationRecorded e -> {
                ConsultantDay cd = s.consultantForWrite(e.consultant());
                cd.violations++;
                if (e.reason() == PassReason.DECLINED) {
                    cd.declines++;
                }
            }
            case Event.Disqualified e -> s.consultantForWrite(e.consultant()).disqualified = true;
            case Event.Reinstated e -> {
                ConsultantDay cd = s.consultantForWrite(e.consultant());
                cd.disqualified = false;
                cd.declines = 0;
            }
            case Event.PointerMoved e -> s.rotationForWrite(new RotationKey(e.group(), e.channel())).pointer =
                    e.position();
            case Event.RoundStarted e -> {
                Rotation r = s.rotationForWrite(new RotationKey(e.group(), e.channel()));
                r.pointer = 0;
                r.round = e.round();
            }
            case Event.Received e -> received(s, e);
            case Event.Waiting e -> {
                VisitEntry v = s.visitForWrite(e.ref());
                v.state = VisitState.WAITING;
                v.reason = new com.rotadesk.model.AssignmentReason.NobodyAvailable();
                s.addWaiting(e.ref());
            }
            case Event.Ended e -> {
                VisitEntry v = s.visitForWrite(e.ref());
                v.endedAt = e.at();
                if (e.beforeReception()) {
                    v.state = VisitState.GONE;
                    s.removeWaiting(e.ref());
                } else {
                    v.state = VisitState.ENDED;
                    s.consultantForWrite(v.consultant).openReceptions--;
                }
            }
            case Event.Voided e -> {
                VisitEntry v = s.visitForWrite(e.ref());
                v.counted = false;
                v.voided = e.reason();
                s.rotationForWrite(new RotationKey(v.group(), v.channel())).addTurn(v.consultant, -1);
            }
            case Event.SurgeSwitched e -> s.setSurge(e.on());
            case Event.OwnershipGained e -> {
                VisitEntry v = s.visitForWrite(e.ref());
                v.beforeOwnership = s.client(e.phone());
                v.ownershipCreated = true;
                s.putClient(e.phone(), e.client());
            }
            case Event.OwnershipRemoved e -> {
                VisitEntry v = s.visitForWrite(e.ref());
                v.ownershipCreated = false;
                s.putClient(e.phone(), e.client());
            }
            case Event.OwnershipRecomputed e -> recomputed(s, e);
            case Event.ClientEvent e -> s.putClient(e.phone(), e.client());
            case Event.Corrected e -> corrected(s, e);
            case Event.CorrectedEarlier e -> {
                // that day stands; the register shows it over that day's replay, today's clients follow from the
                // OwnershipRecomputed events after it
            }
            case Event.ImportedRow e -> {
                if (e.client() != null) {
                    s.putClient(e.phone(), e.client());
                }
            }
            case Event.Adjusted e -> {
                // the sheet's line; the adjustment's effect is its own events
            }
            case Event.ListReordered e -> {
                Rotation r = s.rotationForWrite(new RotationKey(e.group(), e.channel()));
                r.reorder(e.order());
                r.pointer = e.pointer();
            }
            case Event.Undone e -> {
                // the engine puts the day back itself (restart); in a scratch it is only recorded
            }
        }
        s.record(event);
    }

    private static void received(OfficeState s, Event.Received e) {
        VisitEntry v = s.visitForWrite(e.ref());
        s.removeWaiting(e.ref());
        v.consultant = e.consultant();
        v.receivedAt = e.at();
        v.counted = e.counted();
        v.makeUp = e.makeUp();
        v.standIn = e.standIn();
        v.reason = e.reason();
        v.outsideWindow = e.outsideWindow();
        if (e.counted()) {
            s.rotationForWrite(new RotationKey(v.group(), v.channel())).addTurn(e.consultant(), 1);
        }
        if (v.channel() == Channel.WALK_IN) {
            v.state = VisitState.RECEIVING;
            s.consultantForWrite(e.consultant()).openReceptions++;
        } else {
            v.state = VisitState.CALL_TAKEN;
        }
        v.receivedSeq = s.eventCount();
        String phone = v.registration().phone();
        if (phone != null && s.firstReception(v.channel(), phone) == null) {
            s.setFirstReception(v.channel(), phone, new FirstReception(e.consultant(), v.nonBuyer()));
        }
    }

    /** R28: the corrected registration, and whose reception each of its phones now counts as first (R10). */
    private static void corrected(OfficeState s, Event.Corrected e) {
        VisitEntry v = s.visitForWrite(e.ref());
        v.registration = e.after();
        v.householdConflict = e.householdConflict();
        v.corrected = true;
        for (String phone : new String[] {e.before().phone(), e.after().phone()}) {
            if (phone != null) {
                s.setFirstReception(v.channel(), phone, firstReceived(s, v.channel(), phone));
            }
        }
    }

    /**
     * A finished day's replay with a later correction of one of its visits shown (R28): the register of that day
     * reads the corrected values with 更正. Nothing else of the day changes.
     */
    public static void showCorrected(LiveState s, Action.CorrectEarlier a) {
        for (VisitEntry v : s.visits()) {
            if (v.channel() == a.channel() && v.number() == a.number()) {
                VisitEntry w = s.visitForWrite(v.index);
                w.registration = w.registration.corrected(a.name(), a.phone(), a.party(), a.source(), a.notes());
                w.corrected = true;
                return;
            }
        }
    }

    /** The phone's first reception today on the channel, read off the visits. */
    private static FirstReception firstReceived(OfficeState s, Channel channel, String phone) {
        VisitEntry first = null;
        for (VisitEntry v : s.visits()) {
            if (v.channel() == channel && v.consultant() != null && phone.equals(v.registration().phone())
                    && (first == null || v.receivedSeq < first.receivedSeq)) {
                first = v;
            }
        }
        return first == null ? null : new FirstReception(first.consultant(), first.nonBuyer());
    }

    /** R28: the phone's client as worked out again; the visit that now creates its ownership, if any. */
    private static void recomputed(OfficeState s, Event.OwnershipRecomputed e) {
        s.putClient(e.phone(), e.client());
        for (VisitEntry v : s.visits()) {
            if (e.phone().equals(v.registration().phone())) {
                VisitEntry w = s.visitForWrite(v.index);
                boolean creates = e.creator() != null && e.creator().channel() == v.channel()
                        && e.creator().number() == v.number();
                w.ownershipCreated = creates;
                w.beforeOwnership = creates ? e.beforeCreator() : null;
            }
        }
    }
}
