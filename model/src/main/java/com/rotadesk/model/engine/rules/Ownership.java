package com.rotadesk.model.engine.rules;

import com.rotadesk.model.Action;
import com.rotadesk.model.ActionRejectedException;
import com.rotadesk.model.Channel;
import com.rotadesk.model.Client;
import com.rotadesk.model.Event;
import com.rotadesk.model.Phones;
import com.rotadesk.model.Refusal;
import com.rotadesk.model.Registration;
import com.rotadesk.model.engine.state.Scratch;
import com.rotadesk.model.engine.state.VisitEntry;

import java.time.LocalDateTime;
import java.util.List;

/** R16-R21: who owns a client, how long, and what a reception, a deal or a follow-up does to it. */
final class Ownership {

    /**
     * R17, R18, R21 after a reception: the first valid registration wins, a contact refreshes protection, a call
     * leaves a lead. Non-buyers and household conflicts (R20) neither gain nor refresh anything.
     */
    void afterReception(Scratch s, VisitEntry v, LocalDateTime at, String receiver, boolean standIn) {
        Registration reg = v.registration();
        String phone = reg.phone();
        if (phone == null || v.nonBuyer() || v.householdConflict()) {
            return;
        }
        int days = s.policy().protectionDays();
        Client c = s.client(phone);
        String owner = c == null ? null : c.ownerAt(at, days);
        if (owner != null) {
            s.emit(new Event.ContactRefreshed(at, v.ref(), phone, new Client(c.phone(), c.name(), c.household(),
                    c.owner(), v.arrival(), c.deal(), c.lead())));
            return;
        }
        boolean mayOwn = reg.complete() && !standIn && (v.channel() == Channel.WALK_IN || s.policy().callsOwn());
        String lead = c != null && c.lead() != null ? c.lead() : v.channel() == Channel.PHONE ? receiver : null;
        List<String> household = c == null ? List.of() : c.household();
        if (mayOwn) {
            s.emit(new Event.OwnershipGained(at, v.ref(), phone, receiver,
                    new Client(phone, reg.name(), household, receiver, v.arrival(), false, lead)));
        } else if (c == null || lead != null && !lead.equals(c.lead())) {
            String name = reg.name() != null ? reg.name() : c == null ? null : c.name();
            if (name != null) {
                s.emit(new Event.ClientNoted(at, v.ref(), phone, new Client(phone, name, household,
                        c == null ? null : c.owner(), c == null ? v.arrival() : c.lastContact(), false, lead)));
            }
        }
    }

    /** R14: the ownership this visit created goes; the client is as it was before the visit. */
    void removeCreated(Scratch s, VisitEntry v, LocalDateTime at) {
        if (!v.ownershipCreated()) {
            return;
        }
        Client now = s.client(v.registration().phone());
        Client before = v.beforeOwnership();
        Client restored = before != null ? before
                : new Client(now.phone(), now.name(), now.household(), null, now.lastContact(), false, now.lead());
        s.emit(new Event.OwnershipRemoved(at, v.ref(), now.phone(), v.consultant(), restored));
    }

    /** R19: the visit's client stays with the visit's consultant for good. */
    void deal(Scratch s, Action.MarkDeal a) {
        VisitEntry v = Visits.require(s, a.ref());
        if (v.consultant() == null) {
            throw new ActionRejectedException(Refusal.NOT_RECEIVED, Visits.who(v));
        }
        Registration reg = v.registration();
        if (reg.phone() == null || reg.name() == null) {
            throw new ActionRejectedException(Refusal.DEAL_NEEDS_CONTACT, Visits.who(v));
        }
        Client c = s.client(reg.phone());
        List<String> household = c == null ? List.of() : c.household();
        String name = c == null ? reg.name() : c.name();
        s.emit(new Event.DealMarked(a.at(), v.ref(), reg.phone(), v.consultant(), new Client(reg.phone(), name,
                household, v.consultant(), a.at(), true, c == null ? null : c.lead())));
    }

    /** R18: a follow-up refreshes a client still protected; it cannot revive a lapsed one. */
    void followUp(Scratch s, Action.FollowUp a) {
        String phone = Phones.normalise(a.phone());
        Client c = s.client(phone);
        if (c == null || c.ownerAt(a.at(), s.policy().protectionDays()) == null) {
            throw new ActionRejectedException(Refusal.NO_OWNER_TO_FOLLOW, a.phone());
        }
        s.emit(new Event.FollowedUp(a.at(), phone,
                new Client(c.phone(), c.name(), c.household(), c.owner(), a.at(), c.deal(), c.lead())));
    }
}
