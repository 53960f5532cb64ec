package com.rotadesk.model.engine.rules;

import com.rotadesk.model.Action;
import com.rotadesk.model.ActionRejectedException;
import com.rotadesk.model.Client;
import com.rotadesk.model.Event;
import com.rotadesk.model.Policy;
import com.rotadesk.model.Refusal;
import com.rotadesk.model.Registration;
import com.rotadesk.model.engine.state.OfficeState;
import com.rotadesk.model.engine.state.Scratch;
import com.rotadesk.model.engine.state.VisitEntry;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * R28: a visit's name, phone, party size, source or notes corrected with a reason. The rotation stands; ownership
 * is worked out again as if the corrected data had been typed at check-in: today's receptions, household answers,
 * deals, follow-ups, voids, transfers and imports of the phones concerned, replayed in order from today's opening.
 */
final class Corrections {

    /** What ownership comes to for one phone. */
    record Outcome(Client client, Event.VisitKey creator, Client beforeCreator, boolean conflict, String belongsTo) {
    }

    void correct(Scratch s, Action.Correct a) {
        if (a.reason() == null || a.reason().isBlank()) {
            throw new ActionRejectedException(Refusal.NEEDS_REASON);
        }
        VisitEntry v = Visits.require(s, a.ref());
        Registration before = v.registration();
        Registration after = before.corrected(a.name(), a.phone(), a.party(), a.source(), a.notes());
        if (after.equals(before)) {
            throw new ActionRejectedException(Refusal.NOTHING_TO_CORRECT, Visits.who(v));
        }
        int index = s.visits().indexOf(v);
        Outcome asTyped = after.phone() == null ? null : work(s, after.phone(), index, after);
        s.emit(new Event.Corrected(a.at(), v.ref(), before, after, asTyped != null && asTyped.conflict(),
                asTyped == null ? null : asTyped.belongsTo(), a.reason()));
        Set<String> phones = new LinkedHashSet<>();
        if (before.phone() != null) {
            phones.add(before.phone());
        }
        if (after.phone() != null) {
            phones.add(after.phone());
        }
        for (String phone : phones) {
            Outcome o = work(s, phone, -1, null);
            s.emit(new Event.OwnershipRecomputed(a.at(), v.ref(), phone, o.client(), o.creator(), o.beforeCreator()));
        }
    }

    /**
     * The phone's client as today's events make it from the opening, with the visit at {@code override} (its place
     * in the day) registered as {@code registration}. A corrected visit's household question is answered as
     * typed: another name on an owned phone is a conflict (R20).
     */
    static Outcome work(OfficeState s, String phone, int override, Registration registration) {
        Policy policy = s.policy();
        List<VisitEntry> visits = s.visits();
        Map<String, Integer> latest = new HashMap<>();
        Client c = s.clientAtOpening(phone);
        VisitEntry creator = null;
        Client beforeCreator = null;
        boolean conflict = false;
        String belongsTo = null;
        int registered = 0;
        for (Event e : s.events()) {
            switch (e) {
                case Event.Registered r -> latest.put(r.ref(), registered++);
                case Event.Received r -> {
                    int i = latest.get(r.ref());
                    VisitEntry v = visits.get(i);
                    Registration reg = i == override ? registration : v.registration();
                    if (!phone.equals(reg.phone())) {
                        continue;
                    }
                    String owner = c == null ? null : c.ownerAt(r.at(), policy.protectionDays());
                    boolean asTyped = i == override || v.corrected();
                    boolean cf = asTyped ? owner != null && reg.name() != null && !c.knowsName(reg.name())
                            : v.householdConflict();
                    if (i == override) {
                        conflict = cf;
                        belongsTo = owner != null && !owner.equals(r.consultant()) ? owner : null;
                    }
                    Ownership.Change change = Ownership.onReception(c, reg, v.channel(), v.arrival(), r.at(),
                            v.nonBuyer(), cf, r.consultant(), r.standIn(), policy);
                    if (change.kind() == Ownership.Kind.GAINED) {
                        creator = v;
                        beforeCreator = c;
                    }
                    c = change.after();
                }
                case Event.HouseholdJoined h -> {
                    if (c != null && phone.equals(registration(visits, latest, h.ref(), override, registration)
                            .phone())) {
                        c = c.withFamily(h.name());
                    }
                }
                case Event.DealMarked d -> {
                    int i = latest.get(d.ref());
                    Registration reg = i == override ? registration : visits.get(i).registration();
                    if (phone.equals(reg.phone()) && reg.name() != null) {
                        c = Ownership.onDeal(c, reg, visits.get(i).consultant(), d.at());
                    }
                }
                case Event.FollowedUp f -> {
                    Client after = phone.equals(f.phone()) ? Ownership.onFollowUp(c, f.at(), policy) : null;
                    if (after != null) {
                        c = after;
                    }
                }
                case Event.OwnershipRemoved o -> {
                    if (creator != null && visits.indexOf(creator) == latest.get(o.ref())) {
                        c = Ownership.restored(c, beforeCreator);
                        creator = null;
                        beforeCreator = null;
                    }
                }
                case Event.Transferred t -> {
                    if (c != null && phone.equals(t.phone())) {
                        c = t.to() == null ? c.pooledAt(t.at()) : c.transferredTo(t.to(), t.at());
                    }
                }
                case Event.ImportedRow i -> {
                    if (phone.equals(i.phone()) && i.client() != null) {
                        c = i.client();
                    }
                }
                default -> {
                }
            }
        }
        return new Outcome(c, creator == null ? null : new Event.VisitKey(creator.channel(), creator.number()),
                beforeCreator, conflict, belongsTo);
    }

    private static Registration registration(List<VisitEntry> visits, Map<String, Integer> latest, String ref,
            int override, Registration registration) {
        int i = latest.get(ref);
        return i == override ? registration : visits.get(i).registration();
    }
}
