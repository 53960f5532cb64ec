package com.rotadesk.model.engine.rules;

import com.rotadesk.model.Action;
import com.rotadesk.model.ActionRejectedException;
import com.rotadesk.model.Channel;
import com.rotadesk.model.Client;
import com.rotadesk.model.Event;
import com.rotadesk.model.Phones;
import com.rotadesk.model.Policy;
import com.rotadesk.model.Refusal;
import com.rotadesk.model.Registration;
import com.rotadesk.model.engine.state.Scratch;
import com.rotadesk.model.engine.state.VisitEntry;

import java.time.LocalDateTime;
import java.util.List;

/**
 * R16-R21: who owns a client, how long, and what a reception, a deal or a follow-up does to it. The rules are pure
 * functions of the client before, so a correction (R28) can work ownership out again with the corrected data.
 */
final class Ownership {

    /** What a reception did to a client. */
    enum Kind {
        /** R17: the receiver became the owner. */
        GAINED,
        /** R18: the owner's protection was refreshed. */
        REFRESHED,
        /** R16, R21: the client is known, owned by nobody new (a lead, a stand-in's visitor). */
        NOTED,
        /** Nothing: a non-buyer, a household conflict, an incomplete registration. */
        NONE
    }

    /** The kind of change and the client afterwards. */
    record Change(Kind kind, Client after) {
    }

    /**
     * R17, R18, R21: the first valid registration wins, a contact refreshes protection, a call leaves a lead.
     * Non-buyers and household conflicts (R20) neither gain nor refresh anything.
     */
    static Change onReception(Client c, Registration reg, Channel channel, LocalDateTime arrival, LocalDateTime at,
            boolean nonBuyer, boolean conflict, String receiver, boolean standIn, Policy policy) {
        String phone = reg.phone();
        if (!reg.hasPhone() || nonBuyer || conflict) {
            return new Change(Kind.NONE, c);
        }
        String owner = c == null ? null : c.ownerAt(at, policy.protectionDays());
        if (owner != null) {
            return new Change(Kind.REFRESHED, c.contacted(arrival));
        }
        boolean mayOwn = reg.complete() && !standIn && (channel == Channel.WALK_IN || policy.callsOwn());
        String lead = c != null && c.lead() != null ? c.lead() : channel == Channel.PHONE ? receiver : null;
        List<String> household = c == null ? List.of() : c.household();
        if (mayOwn) {
            return new Change(Kind.GAINED, new Client(phone, reg.name(), household, receiver, arrival, false, lead));
        }
        if (c == null || lead != null && !lead.equals(c.lead())) {
            String name = reg.name() != null ? reg.name() : c == null ? null : c.name();
            if (name != null) {
                return new Change(Kind.NOTED, c == null
                        ? new Client(phone, name, household, null, arrival, false, lead)
                        : new Client(phone, name, household, c.owner(), c.lastContact(), false, lead, c.registered(),
                                c.imported(), c.pooled()));
            }
        }
        return new Change(Kind.NONE, c);
    }

    /** R19: the client stays with the dealing consultant for good. */
    static Client onDeal(Client c, Registration reg, String consultant, LocalDateTime at) {
        if (c == null) {
            return new Client(reg.phone(), reg.name(), List.of(), consultant, at, true, null, at, false, null);
        }
        LocalDateTime registered = consultant.equals(c.owner()) && c.registered() != null ? c.registered() : at;
        return new Client(c.phone(), c.name(), c.household(), consultant, at, true, c.lead(), registered,
                c.imported(), null);
    }

    /** R18: a follow-up refreshes a client still protected; null when there is nobody to follow up for. */
    static Client onFollowUp(Client c, LocalDateTime at, Policy policy) {
        if (c == null || c.ownerAt(at, policy.protectionDays()) == null) {
            return null;
        }
        return c.contacted(at);
    }

    /** R14: the client as before the voided visit made its receiver the owner. */
    static Client restored(Client now, Client before) {
        return before != null ? before
                : new Client(now.phone(), now.name(), now.household(), null, now.lastContact(), false, now.lead());
    }

    /** After a reception: the change, as an event. */
    void afterReception(Scratch s, VisitEntry v, LocalDateTime at, String receiver, boolean standIn) {
        String phone = v.registration().phone();
        Change change = onReception(s.client(phone), v.registration(), v.channel(), v.arrival(), at, v.nonBuyer(),
                v.householdConflict(), receiver, standIn, s.policy());
        switch (change.kind()) {
            case GAINED -> s.emit(new Event.OwnershipGained(at, v.ref(), phone, receiver, change.after()));
            case REFRESHED -> s.emit(new Event.ContactRefreshed(at, v.ref(), phone, change.after()));
            case NOTED -> s.emit(new Event.ClientNoted(at, v.ref(), phone, change.after()));
            case NONE -> {
            }
        }
    }

    /** R14: the ownership this visit created goes; the client is as it was before the visit. */
    void removeCreated(Scratch s, VisitEntry v, LocalDateTime at) {
        if (!v.ownershipCreated()) {
            return;
        }
        Client now = s.client(v.registration().phone());
        s.emit(new Event.OwnershipRemoved(at, v.ref(), now.phone(), v.consultant(),
                restored(now, v.beforeOwnership())));
    }

    /** R19: the visit's client stays with the visit's consultant for good. */
    void deal(Scratch s, Action.MarkDeal a) {
        VisitEntry v = Visits.require(s, a.ref());
        if (v.consultant() == null) {
            throw new ActionRejectedException(Refusal.NOT_RECEIVED, Visits.who(v));
        }
        Registration reg = v.registration();
        if (!reg.complete()) {
            throw new ActionRejectedException(Refusal.DEAL_NEEDS_CONTACT, Visits.who(v));
        }
        s.emit(new Event.DealMarked(a.at(), v.ref(), reg.phone(), v.consultant(),
                onDeal(s.client(reg.phone()), reg, v.consultant(), a.at())));
    }

    /** R18: a follow-up refreshes a client still protected; it cannot revive a lapsed one. */
    void followUp(Scratch s, Action.FollowUp a) {
        String phone = Phones.normalise(a.phone());
        Client after = onFollowUp(s.client(phone), a.at(), s.policy());
        if (after == null) {
            throw new ActionRejectedException(Refusal.NO_OWNER_TO_FOLLOW, a.phone());
        }
        s.emit(new Event.FollowedUp(a.at(), phone, after));
    }
}
