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
        return work(s, phone, opening(s, phone), override, registration);
    }

    /**
     * The phone's client when the day opened: as the newest correction of an earlier day (R28) made that day left
     * it (each works the phone out from the earliest corrected day that concerns it, so the newest knows the
     * others), or as stored.
     */
    static Client opening(OfficeState s, String phone) {
        Client c = s.clientAtOpening(phone);
        for (Event e : s.events()) {
            if (e instanceof Event.CorrectedEarlier earlier) {
                Event.PhoneClient at = earlier.at(phone).orElse(null);
                if (at != null) {
                    c = at.client();
                }
            }
        }
        return c;
    }

    /**
     * R28 for an earlier day: the visit's registration as corrected so far (on days before today by the day's
     * replay, today by today's events), the corrected one, and each phone's client worked out again from that day
     * through every later day it appears in up to today's opening, then through today.
     */
    void correctEarlier(Scratch s, Action.CorrectEarlier a) {
        if (a.reason() == null || a.reason().isBlank()) {
            throw new ActionRejectedException(Refusal.NEEDS_REASON);
        }
        if (!a.day().isBefore(s.date())) {
            throw new ActionRejectedException(Refusal.NOT_AN_EARLIER_DAY, a.day());
        }
        OfficeState day = s.earlier().day(a.day());
        if (day == null) {
            throw new ActionRejectedException(Refusal.NO_SUCH_DAY, a.day());
        }
        VisitEntry v = day.visits().stream().filter(x -> x.channel() == a.channel() && x.number() == a.number())
                .findFirst().orElseThrow(() -> new ActionRejectedException(Refusal.NO_SUCH_EARLIER_VISIT, a.day(),
                        a.number()));
        Registration before = v.registration();
        for (Event e : s.events()) {
            if (e instanceof Event.CorrectedEarlier c && c.day().equals(a.day()) && c.channel() == a.channel()
                    && c.number() == a.number()) {
                before = c.after();
            }
        }
        Registration after = before.corrected(a.name(), a.phone(), a.party(), a.source(), a.notes());
        if (after.equals(before)) {
            throw new ActionRejectedException(Refusal.NOTHING_TO_CORRECT,
                    new Refusal.Visitor(v.ref(), v.number(), before.name()));
        }
        int index = day.visits().indexOf(v);
        Set<String> phones = new LinkedHashSet<>();
        if (before.phone() != null) {
            phones.add(before.phone());
        }
        if (after.phone() != null) {
            phones.add(after.phone());
        }
        List<java.time.LocalDate> later = s.earlier().touching(phones, a.day(), s.date());
        Outcome asTyped = null;
        List<Event.PhoneClient> opening = new java.util.ArrayList<>();
        for (String phone : phones) {
            Map<Integer, Registration> overrides = new HashMap<>(todaysCorrectionsOf(s, day, a.day()));
            overrides.put(index, after);
            Outcome then = work(day, phone, start(s, phone, a.day(), day), overrides, index);
            if (phone.equals(after.phone())) {
                asTyped = then;
            }
            Client c = then.client();
            for (java.time.LocalDate d : later) {
                OfficeState laterDay = s.earlier().day(d);
                c = work(laterDay, phone, c, todaysCorrectionsOf(s, laterDay, d), -1).client();
            }
            opening.add(new Event.PhoneClient(phone, c));
        }
        s.emit(new Event.CorrectedEarlier(a.at(), a.day(), a.channel(), a.number(), v.consultant(), before, after,
                asTyped != null && asTyped.conflict(), asTyped == null ? null : asTyped.belongsTo(), a.reason(),
                opening));
        for (String phone : phones) {
            Outcome o = work(s, phone, -1, null);
            s.emit(new Event.OwnershipRecomputed(a.at(), null, phone, o.client(), o.creator(), o.beforeCreator()));
        }
    }

    /**
     * The phone's client when the corrected day {@code day} opened, as the corrections of days before it that concern
     * the phone leave it: worked out from the earliest such day (the one journaled on an earlier day, shown on that
     * day's replay, or made today), as the corrected day itself is; without one, as that day recorded it.
     */
    private static Client start(Scratch s, String phone, java.time.LocalDate day, OfficeState corrected) {
        java.time.LocalDate from = day;
        // only the days with a correction are replayed to ask, and only those the phone appears on
        List<java.time.LocalDate> correctedDays = s.earlier().corrected(day);
        if (!correctedDays.isEmpty()) {
            Set<java.time.LocalDate> appears = new java.util.HashSet<>(
                    s.earlier().touching(List.of(phone), java.time.LocalDate.MIN, day));
            for (java.time.LocalDate d : correctedDays) {
                if (appears.contains(d) && concerns(s.earlier().day(d), phone)) {
                    from = d;
                    break;
                }
            }
        }
        for (Event e : s.events()) {
            if (e instanceof Event.CorrectedEarlier c && c.day().isBefore(from)
                    && (phone.equals(c.before().phone()) || phone.equals(c.after().phone()))) {
                from = c.day();
            }
        }
        if (from.equals(day)) {
            return opening(corrected, phone);
        }
        OfficeState first = s.earlier().day(from);
        Client c = opening(first, phone);
        c = work(first, phone, c, todaysCorrectionsOf(s, first, from), -1).client();
        for (java.time.LocalDate d : s.earlier().touching(List.of(phone), from, day)) {
            OfficeState between = s.earlier().day(d);
            c = work(between, phone, c, todaysCorrectionsOf(s, between, d), -1).client();
        }
        return c;
    }

    /**
     * True when a visit of the day was corrected to the phone, or the phone appears that day without any visit
     * showing it and some visit was corrected (corrected away from it): the recorded openings after that day do not
     * know it.
     */
    private static boolean concerns(OfficeState day, String phone) {
        if (day == null) {
            return false;
        }
        boolean corrected = false;
        boolean shown = false;
        for (VisitEntry v : day.visits()) {
            boolean ours = phone.equals(v.registration().phone());
            if (v.corrected() && ours) {
                return true;
            }
            corrected |= v.corrected();
            shown |= ours;
        }
        return corrected && !shown;
    }

    /**
     * The corrections made today of the visits of {@code date} (an earlier day), the newest of each, by the visit's
     * place in that day: that day's replay shows only those journaled before today.
     */
    private static Map<Integer, Registration> todaysCorrectionsOf(Scratch s, OfficeState day,
            java.time.LocalDate date) {
        Map<Integer, Registration> out = new HashMap<>();
        if (day == null) {
            return out;
        }
        for (Event e : s.events()) {
            if (e instanceof Event.CorrectedEarlier c && c.day().equals(date)) {
                for (int i = 0; i < day.visits().size(); i++) {
                    VisitEntry v = day.visits().get(i);
                    if (v.channel() == c.channel() && v.number() == c.number()) {
                        out.put(i, c.after());
                    }
                }
            }
        }
        return out;
    }

    private static Outcome work(OfficeState s, String phone, Client start, int override, Registration registration) {
        return work(s, phone, start, override < 0 ? Map.of() : Map.of(override, registration), override);
    }

    /**
     * The phone's client as the day's events make it from {@code start}, the visits at the places {@code overrides}
     * names registered as given there; {@code target} is the visit being corrected, whose conflict and earlier owner
     * the outcome reports (-1: none).
     */
    private static Outcome work(OfficeState s, String phone, Client start, Map<Integer, Registration> overrides,
            int target) {
        Policy policy = s.policy();
        List<VisitEntry> visits = s.visits();
        Map<String, Integer> latest = new HashMap<>();
        Client c = start;
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
                    Registration reg = overrides.getOrDefault(i, v.registration());
                    if (!phone.equals(reg.phone())) {
                        continue;
                    }
                    String owner = c == null ? null : c.ownerAt(r.at(), policy.protectionDays());
                    boolean asTyped = overrides.containsKey(i) || v.corrected();
                    boolean cf = asTyped ? owner != null && reg.name() != null && !c.knowsName(reg.name())
                            : v.householdConflict();
                    if (i == target) {
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
                    if (c != null && phone.equals(registration(visits, latest, h.ref(), overrides)
                            .phone())) {
                        c = c.withFamily(h.name());
                    }
                }
                case Event.DealMarked d -> {
                    int i = latest.get(d.ref());
                    Registration reg = overrides.getOrDefault(i, visits.get(i).registration());
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
            Map<Integer, Registration> overrides) {
        int i = latest.get(ref);
        return overrides.getOrDefault(i, visits.get(i).registration());
    }
}
