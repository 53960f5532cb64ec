package com.rotadesk.model.engine.rules;

import com.rotadesk.model.ActionRejectedException;
import com.rotadesk.model.AssignmentReason;
import com.rotadesk.model.AwayKind;
import com.rotadesk.model.Channel;
import com.rotadesk.model.Credit;
import com.rotadesk.model.Event;
import com.rotadesk.model.PassReason;
import com.rotadesk.model.Refusal;
import com.rotadesk.model.Rejection;
import com.rotadesk.model.RotationKey;
import com.rotadesk.model.engine.state.ConsultantDay;
import com.rotadesk.model.engine.state.OfficeState;
import com.rotadesk.model.engine.state.Rotation;
import com.rotadesk.model.engine.state.Scratch;
import com.rotadesk.model.engine.state.VisitEntry;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * R6, R7, R9, R22: the walk that gives a new visitor to a consultant: make-up first, then down the list from the
 * pointer passing whoever cannot take the visitor; nobody available and the visit waits; in surge, the first
 * available from the pointer with nobody passed.
 */
public final class Walk {

    /** A pass the walk would make on its way. */
    public record PlannedPass(String consultant, PassReason reason, int round) {
    }

    /**
     * Who the walk would propose and what it would do on the way there.
     *
     * @param credit       the credit R6 would use, or null
     * @param pointerAfter where the pointer would stand afterwards
     * @param roundAfter   the round afterwards (one more when the walk served or passed the last of the list)
     */
    public record Plan(String consultant, boolean makeUp, Credit credit, List<PlannedPass> passes, int pointerAfter,
            int roundAfter) {

        /** The round the proposal belongs to: the one before a wrap when the last of the list is served. */
        public int roundServed() {
            return pointerAfter == 0 ? roundAfter - 1 : roundAfter;
        }
    }

    private final Passes passes;
    private final Receptions receptions;

    Walk(Passes passes, Receptions receptions) {
        this.passes = passes;
        this.receptions = receptions;
    }

    /**
     * R6/R7 (R22 in surge) as a pure question: null when nobody can take the visitor. {@code rejected} are out of
     * this walk (R9), {@code passed} are not passed again (R7: one walk passes each consultant at most once).
     */
    public static Plan plan(OfficeState s, Rotation r, Set<String> rejected, Set<String> passed, boolean surge) {
        if (r == null) {
            return null;
        }
        List<String> m = r.members();
        if (!surge) {
            String best = null;
            Credit oldest = null;
            for (String c : m) {
                Credit cr = r.oldestCredit(c);
                if (cr != null && !rejected.contains(c) && s.available(c)
                        && (oldest == null || cr.since().isBefore(oldest.since()))) {
                    best = c;
                    oldest = cr;
                }
            }
            if (best != null) {
                return new Plan(best, true, oldest, List.of(), r.pointer(), r.round());
            }
        }
        boolean anyone = false;
        for (String c : m) {
            if (!rejected.contains(c) && s.available(c)) {
                anyone = true;
                break;
            }
        }
        if (!anyone) {
            return null;
        }
        int n = m.size();
        int i = r.pointer();
        int round = r.round();
        List<PlannedPass> planned = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        while (true) {
            String c = m.get(i);
            if (!rejected.contains(c) && s.available(c)) {
                int after = i + 1;
                int roundAfter = round;
                if (after == n) {
                    after = 0;
                    roundAfter++;
                }
                return new Plan(c, false, null, planned, after, roundAfter);
            }
            if (!surge && !rejected.contains(c) && !passed.contains(c) && seen.add(c)) {
                planned.add(new PlannedPass(c, passReason(s.consultant(c)), round));
            }
            i++;
            if (i == n) {
                i = 0;
                round++;
            }
        }
    }

    private static PassReason passReason(ConsultantDay cd) {
        if (cd.away() != null) {
            return cd.away() == AwayKind.BUSINESS ? PassReason.AWAY_BUSINESS : PassReason.AWAY_PRIVATE;
        }
        return PassReason.BUSY;
    }

    /** R9: a new visitor who arrives while earlier new visitors wait on the same rotation waits behind them. */
    static boolean queueAhead(OfficeState s, VisitEntry v) {
        for (VisitEntry w : s.waiting()) {
            if (w != v && !w.ref().equals(v.ref()) && w.walks() && w.channel() == v.channel()
                    && w.group().equals(v.group())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a visit received at {@code at} counts in the rotation: inside the rotation window (R5). */
    public static boolean counts(com.rotadesk.model.Policy policy, LocalDateTime at) {
        return policy.window().contains(at.toLocalTime());
    }

    /**
     * One walk for the visit, with the receptionist's rejections of its proposals in order. Each walk starts
     * afresh: receiving a waiting visitor later may propose a consultant rejected at the visitor's arrival (R9).
     */
    void walk(Scratch s, VisitEntry v, LocalDateTime at, List<Rejection> rejections) {
        Set<String> rejected = new HashSet<>();
        Set<String> passed = new HashSet<>();
        RotationKey key = new RotationKey(v.group(), v.channel());
        boolean inWindow = counts(s.policy(), at);
        Iterator<Rejection> pending = rejections.iterator();
        while (true) {
            boolean surge = s.surge() && v.channel() == Channel.WALK_IN;
            Rotation r = s.rotation(key);
            Plan plan = plan(s, r, rejected, passed, surge);
            if (plan == null) {
                if (pending.hasNext()) {
                    throw new ActionRejectedException(Refusal.NOBODY_PROPOSED, Visits.who(v),
                            pending.next().consultant());
                }
                receptions.await(s, v, at);
                return;
            }
            if (pending.hasNext()) {
                Rejection rejection = pending.next();
                if (!rejection.consultant().equals(plan.consultant())) {
                    throw new ActionRejectedException(Refusal.NOT_PROPOSED, Visits.who(v), plan.consultant(),
                            rejection.consultant());
                }
                reject(s, v, at, key, plan, rejection.reason(), inWindow, rejected, passed);
                continue;
            }
            if (!inWindow) {
                // R5: proposed as the walk would, but nothing moves and nothing counts
                receptions.receive(s, v, at, plan.consultant(), false, false, plan.makeUp()
                        ? new AssignmentReason.MakeUp(plan.credit().since())
                        : new AssignmentReason.NextInRotation(r.round()), true);
                return;
            }
            applyPasses(s, v, at, key, plan, passed);
            movePointer(s, key, plan, at);
            if (plan.makeUp()) {
                s.emit(new Event.CreditUsed(at, plan.consultant(), key.channel(), key.group(), plan.credit().since()));
                receptions.receive(s, v, at, plan.consultant(), true, true,
                        new AssignmentReason.MakeUp(plan.credit().since()), false);
            } else {
                boolean counted = !surge || s.policy().surgeCounts();
                receptions.receive(s, v, at, plan.consultant(), counted, false,
                        surge ? new AssignmentReason.Surge(plan.roundServed())
                                : new AssignmentReason.NextInRotation(plan.roundServed()), false);
            }
            return;
        }
    }

    /** R7 (R5 outside the window): the receptionist turned the proposal down; the walk goes on without them. */
    private void reject(Scratch s, VisitEntry v, LocalDateTime at, RotationKey key, Plan plan, PassReason reason,
            boolean inWindow, Set<String> rejected, Set<String> passed) {
        rejected.add(plan.consultant());
        if (!inWindow) {
            s.emit(new Event.RejectedOutsideWindow(at, v.ref(), plan.consultant(), reason));
            return;
        }
        if (plan.makeUp()) {
            // R6: a rejected make-up holder keeps the credit and takes that pass's outcome; the pointer stays
            passed.add(plan.consultant());
            passes.pass(s, v.ref(), at, key, plan.consultant(), reason, s.rotation(key).round());
            return;
        }
        applyPasses(s, v, at, key, plan, passed);
        movePointer(s, key, plan, at);
        passed.add(plan.consultant());
        passes.pass(s, v.ref(), at, key, plan.consultant(), reason, plan.roundServed());
    }

    private void applyPasses(Scratch s, VisitEntry v, LocalDateTime at, RotationKey key, Plan plan,
            Set<String> passed) {
        for (PlannedPass p : plan.passes()) {
            passed.add(p.consultant());
            passes.pass(s, v.ref(), at, key, p.consultant(), p.reason(), p.round());
        }
    }

    /** R7: the pointer just past the one served or rejected; every wrap starts a round. */
    private static void movePointer(Scratch s, RotationKey key, Plan plan, LocalDateTime at) {
        Rotation r = s.rotation(key);
        for (int round = r.round() + 1; round <= plan.roundAfter(); round++) {
            s.emit(new Event.RoundStarted(at, key.channel(), key.group(), round));
        }
        if (s.rotation(key).pointer() != plan.pointerAfter()) {
            s.emit(new Event.PointerMoved(at, key.group(), key.channel(), plan.pointerAfter()));
        }
    }
}
