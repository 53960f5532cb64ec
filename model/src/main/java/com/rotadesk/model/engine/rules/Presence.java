package com.rotadesk.model.engine.rules;

import com.rotadesk.model.Action;
import com.rotadesk.model.ActionRejectedException;
import com.rotadesk.model.Carry;
import com.rotadesk.model.Channel;
import com.rotadesk.model.Credit;
import com.rotadesk.model.Event;
import com.rotadesk.model.OfficeProfile;
import com.rotadesk.model.Policy;
import com.rotadesk.model.Refusal;
import com.rotadesk.model.RotationKey;
import com.rotadesk.model.engine.state.ConsultantDay;
import com.rotadesk.model.engine.state.OfficeState;
import com.rotadesk.model.engine.state.Rotation;
import com.rotadesk.model.engine.state.Scratch;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** R1-R4: signing in and out, stepping away, where a consultant joins a list, and what a day carries over. */
final class Presence {

    /** R1, R4: a new day, carrying yesterday's rotation when the policy says so. */
    void startDay(Scratch s, Action.StartDay a) {
        if (s.date() != null && !a.date().isAfter(s.date())) {
            throw new ActionRejectedException(Refusal.DAY_OUT_OF_ORDER, a.date(), s.date());
        }
        Carry carry = s.date() != null && s.policy().carryOver() ? carryForward(s) : Carry.NONE;
        s.emit(new Event.DayStarted(a.date(), carry));
    }

    /** R4: each rotation's order from the consultant the pointer was due to reach next, and unused credits. */
    static Carry carryForward(OfficeState s) {
        Map<RotationKey, List<String>> orders = new HashMap<>();
        Map<String, Map<Channel, List<Credit>>> credits = new HashMap<>();
        s.pendingCredits().forEach((name, byChannel) -> credits.put(name, new EnumMap<>(byChannel)));
        for (Rotation r : s.rotations()) {
            List<String> members = r.members();
            List<String> order = new ArrayList<>(members.size());
            for (int i = 0; i < members.size(); i++) {
                order.add(members.get((r.pointer() + i) % members.size()));
            }
            orders.put(r.key(), order);
            for (String name : members) {
                List<Credit> held = r.credits(name);
                if (!held.isEmpty()) {
                    credits.computeIfAbsent(name, k -> new EnumMap<>(Channel.class)).put(r.key().channel(),
                            List.copyOf(held));
                }
            }
        }
        return new Carry(orders, credits);
    }

    /** R1: joins a group's rotation on both channels, with any credits carried for them (R4). */
    void signIn(Scratch s, Action.SignIn a) {
        ConsultantDay cd = s.consultant(a.consultant());
        if (cd != null && cd.signedIn()) {
            throw new ActionRejectedException(Refusal.ALREADY_SIGNED_IN, a.consultant());
        }
        if (cd != null && cd.disqualified()) {
            throw new ActionRejectedException(Refusal.DISQUALIFIED_FOR_DAY, a.consultant());
        }
        OfficeProfile profile = s.profile();
        String listed = profile == null ? null : profile.groupOf(a.consultant());
        String group = a.group() != null ? a.group() : listed != null ? listed
                : cd != null && cd.group() != null ? cd.group() : s.defaultGroup();
        Map<Channel, List<Credit>> carried = s.pendingCredits(a.consultant());
        s.emit(new Event.SignedIn(a.at(), a.consultant(), group));
        joinLists(s, a.consultant(), group, a.at(), carried);
    }

    /** R2-R4: enters both channels' lists of the group at the place the order policy gives. */
    void joinLists(Scratch s, String name, String group, LocalDateTime at, Map<Channel, List<Credit>> carried) {
        for (Channel ch : Channel.values()) {
            RotationKey key = new RotationKey(group, ch);
            s.emit(new Event.ListJoined(at, name, group, ch, insertionIndex(s, key, name)));
            if (carried != null && carried.containsKey(ch)) {
                s.emit(new Event.CreditsCarried(at, name, group, ch, carried.get(ch)));
            }
        }
    }

    /** R2-R4: where a consultant joins a list. */
    static int insertionIndex(OfficeState s, RotationKey key, String name) {
        Rotation r = s.rotation(key);
        List<String> members = r == null ? List.of() : r.members();
        Policy policy = s.policy();
        List<String> carriedOrder = policy.carryOver() ? s.carry().orders().get(key) : null;
        boolean carried = carriedOrder != null && !carriedOrder.isEmpty();
        if (policy.order() == Policy.ListOrder.FIXED) {
            // R4: under a fixed order carry-over carries only the starting point: the ranking is read as a cycle
            // from yesterday's next-up, and everyone takes their ranked place in it.
            List<String> roster = s.roster();
            int start = carried ? carriedStart(roster, carriedOrder) : 0;
            int mine = cyclicRank(roster, name, start);
            int index = 0;
            for (String m : members) {
                if (cyclicRank(roster, m, start) < mine) {
                    index++;
                }
            }
            return index;
        }
        if (carried) {
            int mine = carriedOrder.indexOf(name);
            if (mine < 0) {
                return members.size();
            }
            int index = 0;
            for (String m : members) {
                int theirs = carriedOrder.indexOf(m);
                if (theirs >= 0 && theirs < mine) {
                    index++;
                }
            }
            return index;
        }
        return members.size();
    }

    /** The roster position of yesterday's next-up: the first of the carried order who is on the roster. */
    private static int carriedStart(List<String> roster, List<String> carriedOrder) {
        for (String c : carriedOrder) {
            int i = roster.indexOf(c);
            if (i >= 0) {
                return i;
            }
        }
        return 0;
    }

    /** A consultant's place in the ranking read as a cycle from {@code start}; off the roster: last. */
    private static int cyclicRank(List<String> roster, String name, int start) {
        int i = roster.indexOf(name);
        return i < 0 ? Integer.MAX_VALUE : Math.floorMod(i - start, roster.size());
    }

    /** R1: leaves every rotation and drops credits. */
    void signOut(Scratch s, Action.SignOut a) {
        signedIn(s, a.consultant());
        s.emit(new Event.SignedOut(a.at(), a.consultant()));
        leaveLists(s, a.consultant(), a.at());
    }

    /**
     * R1, R7: leaves every list and drops the credits held in each; a list left with nobody below the pointer
     * starts its next round at once.
     */
    void leaveLists(Scratch s, String name, LocalDateTime at) {
        for (Rotation before : s.rotations()) {
            RotationKey key = before.key();
            if (before.members().contains(name)) {
                s.emit(new Event.ListLeft(at, name, key.group(), key.channel()));
                Rotation r = s.rotation(key);
                if (r.pointer() > 0 && r.pointer() >= r.members().size()) {
                    s.emit(new Event.RoundStarted(at, key.channel(), key.group(), r.round() + 1));
                }
            }
            int held = s.rotation(key).creditCount(name);
            if (held > 0) {
                s.emit(new Event.CreditsDropped(at, name, key.group(), key.channel(), held));
            }
        }
    }

    /** R7, R9a, R23: out of the day's rotation, on every list. */
    void disqualify(Scratch s, String name, LocalDateTime at) {
        s.emit(new Event.Disqualified(at, name));
        leaveLists(s, name, at);
    }

    void stepAway(Scratch s, Action.StepAway a) {
        ConsultantDay cd = signedIn(s, a.consultant());
        if (cd.disqualified()) {
            throw new ActionRejectedException(Refusal.DISQUALIFIED, cd.name());
        }
        s.emit(new Event.WentAway(a.at(), cd.name(), a.kind()));
    }

    void back(Scratch s, Action.Back a) {
        ConsultantDay cd = signedIn(s, a.consultant());
        if (cd.away() == null) {
            throw new ActionRejectedException(Refusal.NOT_AWAY, cd.name());
        }
        s.emit(new Event.CameBack(a.at(), cd.name()));
    }

    /** The consultant's day, refusing when they are not signed in. */
    static ConsultantDay signedIn(OfficeState s, String name) {
        ConsultantDay cd = s.consultant(name);
        if (cd == null || !cd.signedIn()) {
            throw new ActionRejectedException(Refusal.NOT_SIGNED_IN, name);
        }
        return cd;
    }
}
