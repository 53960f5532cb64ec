package com.rotadesk.model.engine.rules;

import com.rotadesk.model.Action;
import com.rotadesk.model.ActionRejectedException;
import com.rotadesk.model.AssignmentReason;
import com.rotadesk.model.Channel;
import com.rotadesk.model.Credit;
import com.rotadesk.model.Event;
import com.rotadesk.model.Refusal;
import com.rotadesk.model.RotationKey;
import com.rotadesk.model.VisitState;
import com.rotadesk.model.engine.state.ConsultantDay;
import com.rotadesk.model.engine.state.Rotation;
import com.rotadesk.model.engine.state.Scratch;
import com.rotadesk.model.engine.state.VisitEntry;

import java.util.HashSet;
import java.util.List;

/**
 * R23: the manager's adjustments, each with a reason, each printed on the day's rotation sheet; the transfers of
 * R26 are printed with them, and decided by {@link Transfers}.
 */
final class Adjustments {
    private final Presence presence;
    private final Receptions receptions;
    private final Transfers transfers;

    Adjustments(Presence presence, Receptions receptions, Transfers transfers) {
        this.presence = presence;
        this.receptions = receptions;
        this.transfers = transfers;
    }

    void decide(Scratch s, Action.Adjustment a) {
        if (a.reason() == null || a.reason().isBlank()) {
            throw new ActionRejectedException(Refusal.NEEDS_REASON);
        }
        switch (a) {
            case Action.Reorder r -> reorder(s, r);
            case Action.GrantCredit g -> grant(s, g);
            case Action.TakeCredit t -> take(s, t);
            case Action.MovePointer m -> movePointer(s, m);
            case Action.AssignTo t -> assignTo(s, t);
            case Action.Disqualify d -> disqualify(s, d);
            case Action.Reinstate r -> reinstate(s, r);
            case Action.Transfer t -> transfers.transfer(s, t);
            case Action.TransferAll t -> transfers.transferAll(s, t);
        }
        s.emit(new Event.Adjusted(a.at(), a));
    }

    /** The pointer stays before the same next-up consultant; before the round has begun it stays at the top. */
    private void reorder(Scratch s, Action.Reorder a) {
        RotationKey key = new RotationKey(group(s, a.group()), channel(a.channel()));
        Rotation r = s.rotation(key);
        List<String> members = r == null ? List.of() : r.members();
        if (a.order().size() != members.size() || !new HashSet<>(a.order()).equals(new HashSet<>(members))) {
            throw new ActionRejectedException(Refusal.REORDER_MISMATCH, String.join(" ", members));
        }
        String next = r == null || r.pointer() == 0 ? null : r.dueNext();
        s.emit(new Event.ListReordered(a.at(), key.group(), key.channel(), a.order(),
                next == null ? 0 : a.order().indexOf(next)));
    }

    /** A manager's grant ignores the cap: it is the manager's decision. */
    private void grant(Scratch s, Action.GrantCredit a) {
        ConsultantDay cd = Presence.signedIn(s, a.consultant());
        s.emit(new Event.CreditGranted(a.at(), cd.name(), channel(a.channel()), cd.group(), Credit.Origin.MANUAL));
    }

    /** Takes back the newest credit. */
    private void take(Scratch s, Action.TakeCredit a) {
        ConsultantDay cd = Presence.signedIn(s, a.consultant());
        Rotation r = s.rotation(cd.group(), channel(a.channel()));
        if (r == null || r.creditCount(cd.name()) == 0) {
            throw new ActionRejectedException(Refusal.NO_CREDIT, cd.name());
        }
        s.emit(new Event.CreditTakenBack(a.at(), cd.name(), channel(a.channel()), cd.group(),
                r.newestCredit(cd.name()).since()));
    }

    private void movePointer(Scratch s, Action.MovePointer a) {
        RotationKey key = new RotationKey(group(s, a.group()), channel(a.channel()));
        Rotation r = s.rotation(key);
        int index = r == null ? -1 : r.members().indexOf(a.consultant());
        if (index < 0) {
            throw new ActionRejectedException(Refusal.NOT_IN_LIST, a.consultant());
        }
        s.emit(new Event.PointerMoved(a.at(), key.group(), key.channel(), index));
    }

    /** A waiting visit given to anyone signed in, counted or not as the manager says; the pointer does not move. */
    private void assignTo(Scratch s, Action.AssignTo a) {
        VisitEntry v = Visits.require(s, a.ref());
        if (v.state() != VisitState.WAITING) {
            throw new ActionRejectedException(Refusal.NOT_WAITING, Visits.who(v));
        }
        Presence.signedIn(s, a.consultant());
        receptions.receive(s, v, a.at(), a.consultant(), a.counted(), false, new AssignmentReason.Manual(a.reason()),
                false);
    }

    private void disqualify(Scratch s, Action.Disqualify a) {
        ConsultantDay cd = s.consultant(a.consultant());
        if (cd == null || cd.disqualified()) {
            throw new ActionRejectedException(Refusal.CANNOT_DISQUALIFY, a.consultant());
        }
        presence.disqualify(s, cd.name(), a.at());
    }

    /** Back in the rotation like a late sign-in (R2, R3), declines cleared. */
    private void reinstate(Scratch s, Action.Reinstate a) {
        ConsultantDay cd = s.consultant(a.consultant());
        if (cd == null || !cd.disqualified()) {
            throw new ActionRejectedException(Refusal.NOT_DISQUALIFIED, a.consultant());
        }
        s.emit(new Event.Reinstated(a.at(), cd.name()));
        if (cd.signedIn()) {
            presence.joinLists(s, cd.name(), cd.group(), a.at(), null);
        }
    }

    private static String group(Scratch s, String group) {
        return group == null ? s.defaultGroup() : group;
    }

    private static Channel channel(Channel channel) {
        return channel == null ? Channel.WALK_IN : channel;
    }
}
