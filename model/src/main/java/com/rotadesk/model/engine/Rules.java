package com.rotadesk.model.engine;

import com.rotadesk.model.Action;
import com.rotadesk.model.ActionRejectedException;
import com.rotadesk.model.Refusal;
import com.rotadesk.model.AssignmentReason;
import com.rotadesk.model.Channel;
import com.rotadesk.model.Client;
import com.rotadesk.model.ConsultantStatus;
import com.rotadesk.model.Credit;
import com.rotadesk.model.Event;
import com.rotadesk.model.OfficeProfile;
import com.rotadesk.model.PassOutcome;
import com.rotadesk.model.PassReason;
import com.rotadesk.model.Policy;
import com.rotadesk.model.Rejection;
import com.rotadesk.model.VisitState;
import com.rotadesk.model.VisitType;
import com.rotadesk.model.VoidReason;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The house rules R1-R23 applied to one day; every method changes the day or throws before it does. */
final class Rules {
    private final Day day;
    private final ClientRegistry clients;
    private final Policy policy;
    private final List<String> roster;
    private final OfficeProfile profile;

    Rules(Day day, ClientRegistry clients, Policy policy, List<String> roster, OfficeProfile profile) {
        this.day = day;
        this.clients = clients;
        this.policy = policy;
        this.roster = roster;
        this.profile = profile;
    }

    private String defaultGroup() {
        return profile == null ? OfficeEngine.DEFAULT_GROUP : profile.groups().getFirst().name();
    }

    // ---------------------------------------------------------------- presence (R1-R4)

    void signIn(Action.SignIn a) {
        ConsultantDay cd = day.consultant(a.consultant());
        if (cd.signedIn) {
            throw new ActionRejectedException(Refusal.ALREADY_SIGNED_IN, a.consultant());
        }
        if (cd.disqualified) {
            throw new ActionRejectedException(Refusal.DISQUALIFIED_FOR_DAY, a.consultant());
        }
        String listed = profile == null ? null : profile.groupOf(cd.name);
        String group = a.group() != null ? a.group() : listed != null ? listed
                : cd.group != null ? cd.group : defaultGroup();
        cd.group = group;
        cd.signedIn = true;
        cd.signedInAt = a.at();
        cd.signedOutAt = null;
        cd.away = null;
        emit(new Event.SignedIn(a.at(), cd.name, group));
        enterLists(cd, a.at());
    }

    private void enterLists(ConsultantDay cd, LocalDateTime at) {
        Map<Channel, List<Credit>> carried = day.pendingCredits.remove(cd.name);
        for (Channel ch : Channel.values()) {
            Rotation r = day.rotation(cd.group, ch);
            r.insert(insertionIndex(r, cd.name), cd.name);
            if (carried != null && carried.containsKey(ch)) {
                carried.get(ch).forEach(c -> r.addCredit(cd.name, c));
            }
        }
    }

    /** R2-R4: where a consultant joins a list. */
    private int insertionIndex(Rotation r, String name) {
        List<String> carriedOrder = policy.carryOver() ? day.carry.orders().get(r.key) : null;
        boolean carried = carriedOrder != null && !carriedOrder.isEmpty();
        if (policy.order() == Policy.ListOrder.FIXED) {
            // R4: under a fixed order carry-over carries only the starting point: the ranking is read as a cycle
            // from yesterday's next-up, and everyone takes their ranked place in it.
            int start = carried ? carriedStart(carriedOrder) : 0;
            int mine = cyclicRank(name, start);
            int index = 0;
            for (String m : r.members) {
                if (cyclicRank(m, start) < mine) {
                    index++;
                }
            }
            return index;
        }
        if (carried) {
            int mine = carriedOrder.indexOf(name);
            if (mine < 0) {
                return r.members.size();
            }
            int index = 0;
            for (String m : r.members) {
                int theirs = carriedOrder.indexOf(m);
                if (theirs >= 0 && theirs < mine) {
                    index++;
                }
            }
            return index;
        }
        return r.members.size();
    }

    /** The roster position of yesterday's next-up: the first of the carried order who is on the roster. */
    private int carriedStart(List<String> carriedOrder) {
        for (String c : carriedOrder) {
            int i = roster.indexOf(c);
            if (i >= 0) {
                return i;
            }
        }
        return 0;
    }

    /** A consultant's place in the ranking read as a cycle from {@code start}; off the roster: last. */
    private int cyclicRank(String name, int start) {
        int i = roster.indexOf(name);
        return i < 0 ? Integer.MAX_VALUE : Math.floorMod(i - start, roster.size());
    }

    void signOut(Action.SignOut a) {
        ConsultantDay cd = signedIn(a.consultant());
        cd.signedIn = false;
        cd.signedOutAt = a.at();
        cd.away = null;
        emit(new Event.SignedOut(a.at(), cd.name));
        leaveLists(cd.name, a.at(), true);
    }

    private void leaveLists(String name, LocalDateTime at, boolean dropCredits) {
        for (Rotation r : day.rotations.values()) {
            if (r.remove(name)) {
                emit(new Event.RoundStarted(at, r.key.channel(), r.key.group(), r.round));
            }
            if (dropCredits) {
                r.credits.remove(name);
            }
        }
    }

    void stepAway(Action.StepAway a) {
        ConsultantDay cd = signedIn(a.consultant());
        if (cd.disqualified) {
            throw new ActionRejectedException(Refusal.DISQUALIFIED, cd.name);
        }
        cd.away = a.kind();
        emit(new Event.WentAway(a.at(), cd.name, a.kind()));
    }

    void back(Action.Back a) {
        ConsultantDay cd = signedIn(a.consultant());
        if (cd.away == null) {
            throw new ActionRejectedException(Refusal.NOT_AWAY, cd.name);
        }
        cd.away = null;
        emit(new Event.CameBack(a.at(), cd.name));
    }

    private ConsultantDay signedIn(String name) {
        ConsultantDay cd = day.existing(name);
        if (cd == null || !cd.signedIn) {
            throw new ActionRejectedException(Refusal.NOT_SIGNED_IN, name);
        }
        return cd;
    }

    /** A visit as a refusal names it. */
    private static Refusal.Visitor who(VisitEntry v) {
        return new Refusal.Visitor(v.ref, v.number, v.registration.name());
    }

    // ---------------------------------------------------------------- check-in (R5-R21)

    void checkIn(Action.CheckIn a) {
        if (day.byRef.containsKey(a.ref()) && day.byRef.get(a.ref()).state == VisitState.WAITING) {
            throw new ActionRejectedException(Refusal.STILL_WAITING, who(day.byRef.get(a.ref())));
        }
        String group = a.group() != null ? a.group() : defaultGroup();
        String phone = a.registration().phone();
        LocalDateTime at = a.at();
        Client client = clients.get(phone);
        String owner = client == null ? null : client.ownerAt(at, policy.protectionDays());
        boolean conflict = false;
        boolean householdJoin = false;
        if (owner != null && a.registration().name() != null && !client.knowsName(a.registration().name())) {
            if (Boolean.TRUE.equals(a.family())) {
                householdJoin = true;
            } else {
                conflict = true;
            }
        }
        VisitType type = a.type() != null ? a.type() : classify(a, owner, client, conflict);
        String named = a.named();
        if ((type == VisitType.DESIGNATED || type == VisitType.REFERRAL
                && policy.referral() == Policy.ReferralRouting.TO_OWNER) && named == null) {
            throw new ActionRejectedException(Refusal.NEEDS_NAMED, type);
        }
        if ((type == VisitType.RETURNING || type == VisitType.DEAL_RETURN) && owner == null) {
            throw new ActionRejectedException(Refusal.NO_OWNER_FOR_TYPE, phone, type);
        }
        if (type == VisitType.REPEAT && (phone == null || !day.firstReceiver.get(a.channel()).containsKey(phone))) {
            throw new ActionRejectedException(Refusal.NOT_A_REPEAT, phone);
        }
        if (householdJoin) {
            List<String> household = new ArrayList<>(client.household());
            household.add(a.registration().name());
            clients.put(new Client(client.phone(), client.name(), household, client.owner(), client.lastContact(),
                    client.deal(), client.lead()));
        }
        boolean walks = type == VisitType.NEW
                || type == VisitType.REFERRAL && policy.referral() == Policy.ReferralRouting.AS_NEW;
        boolean nonBuyer = type == VisitType.NON_BUYER || type == VisitType.REPEAT && phone != null
                && day.firstWasNonBuyer.get(a.channel()).getOrDefault(phone, false);
        VisitEntry v = new VisitEntry(day.nextNumber(a.channel()), a.ref(), a.channel(), group, a.registration(),
                type, named, at, walks, conflict && a.type() == null, nonBuyer);
        day.visits.add(v);
        day.byRef.put(v.ref, v);
        emit(new Event.Registered(at, v.ref, v.number, v.channel, v.type, v.householdConflict));
        if (!walks && !a.rejections().isEmpty()) {
            throw new ActionRejectedException(Refusal.REJECTION_NOT_NEW, type);
        }
        if (walks && queueAhead(v)) {
            if (!a.rejections().isEmpty()) {
                throw new ActionRejectedException(Refusal.WAITS_BEHIND, who(v));
            }
            wait(v, at);
            return;
        }
        place(v, at, a.rejections());
    }

    /** R10: the engine's proposal of a type. */
    private VisitType classify(Action.CheckIn a, String owner, Client client, boolean conflict) {
        String phone = a.registration().phone();
        if (owner != null && !conflict) {
            return client.deal() ? VisitType.DEAL_RETURN : VisitType.RETURNING;
        }
        if (conflict) {
            return VisitType.NEW;
        }
        if (phone != null && day.firstReceiver.get(a.channel()).containsKey(phone)) {
            return VisitType.REPEAT;
        }
        return VisitType.NEW;
    }

    private boolean queueAhead(VisitEntry v) {
        for (VisitEntry w : day.waiting) {
            if (w != v && w.walks && w.channel == v.channel && w.group.equals(v.group)) {
                return true;
            }
        }
        return false;
    }

    void assign(Action.Assign a) {
        VisitEntry v = visit(a.ref());
        if (v.state != VisitState.WAITING) {
            throw new ActionRejectedException(Refusal.NOT_WAITING, who(v));
        }
        if (!v.walks && !a.rejections().isEmpty()) {
            throw new ActionRejectedException(Refusal.REJECTION_NOT_NEW, v.type);
        }
        place(v, a.at(), a.rejections());
    }

    /** Places a visit by its type, or leaves it waiting. */
    private void place(VisitEntry v, LocalDateTime at, List<Rejection> rejections) {
        if (v.walks) {
            walk(v, at, rejections);
            return;
        }
        Rotation r = day.rotation(v.group, v.channel);
        if (v.type == VisitType.NON_BUYER) {
            String last = lastAvailableInRound(r, null);
            if (last == null) {
                wait(v, at);
            } else {
                receive(v, at, last, false, false, false, new AssignmentReason.LastInRound());
            }
            return;
        }
        String target = target(v, at);
        AssignmentReason why = reasonFor(v, target, at);
        ConsultantDay cd = day.existing(target);
        ConsultantStatus status = cd == null ? ConsultantStatus.SIGNED_OUT : cd.status();
        if (status == ConsultantStatus.AVAILABLE || status == ConsultantStatus.RECEIVING) {
            receive(v, at, target, false, false, false, why);
            return;
        }
        String standIn = lastAvailableInRound(r, target);
        if (standIn == null) {
            wait(v, at);
        } else {
            receive(v, at, standIn, false, false, true, new AssignmentReason.StandIn(target, status));
        }
    }

    private String target(VisitEntry v, LocalDateTime at) {
        return switch (v.type) {
            case RETURNING, DEAL_RETURN -> {
                Client c = clients.get(v.registration.phone());
                String owner = c == null ? null : c.ownerAt(at, policy.protectionDays());
                if (owner == null) {
                    owner = c == null ? null : c.owner();
                }
                if (owner == null) {
                    throw new ActionRejectedException(Refusal.NO_OWNER, v.registration.phone());
                }
                yield owner;
            }
            case DESIGNATED, REFERRAL -> v.named;
            case REPEAT -> day.firstReceiver.get(v.channel).get(v.registration.phone());
            case NEW, NON_BUYER -> throw new IllegalStateException("no target for " + v.type);
        };
    }

    private AssignmentReason reasonFor(VisitEntry v, String target, LocalDateTime at) {
        return switch (v.type) {
            case RETURNING, DEAL_RETURN -> {
                Client c = clients.get(v.registration.phone());
                yield new AssignmentReason.Owner(target, c.deal() ? null : c.protectedUntil(policy.protectionDays()),
                        c.deal());
            }
            case REPEAT -> new AssignmentReason.SameDayRepeat(target);
            default -> new AssignmentReason.Named(target, v.type);
        };
    }

    /** R11, R13: the available consultant the pointer reaches last in the current round. */
    String lastAvailableInRound(Rotation r, String except) {
        int n = r.members.size();
        for (int k = 1; k <= n; k++) {
            String c = r.members.get(Math.floorMod(r.pointer - k, n));
            if (!c.equals(except) && day.available(c)) {
                return c;
            }
        }
        return null;
    }

    private void wait(VisitEntry v, LocalDateTime at) {
        v.state = VisitState.WAITING;
        v.reason = new AssignmentReason.NobodyAvailable();
        if (!day.waiting.contains(v)) {
            day.waiting.add(v);
        }
        emit(new Event.Waiting(at, v.ref, v.channel, v.group));
    }

    // ---------------------------------------------------------------- the walk (R6-R9, R22)

    /** A pass the walk would make on its way. */
    record PlannedPass(String consultant, PassReason reason, int round) {
    }

    /** Who the walk would propose, and what it would do on the way there. */
    record Plan(String consultant, boolean makeUp, Credit credit, List<PlannedPass> passes, int pointerAfter,
            int roundAfter) {
    }

    /** R6/R7 (or R22 in surge) as a pure question: null when nobody can take the visitor. */
    Plan plan(Rotation r, Set<String> rejected, Set<String> passed, boolean surge) {
        List<String> m = r.members;
        if (!surge) {
            String best = null;
            Credit oldest = null;
            for (String c : m) {
                Credit cr = r.oldestCredit(c);
                if (cr != null && !rejected.contains(c) && day.available(c)
                        && (oldest == null || cr.since().isBefore(oldest.since()))) {
                    best = c;
                    oldest = cr;
                }
            }
            if (best != null) {
                return new Plan(best, true, oldest, List.of(), r.pointer, r.round);
            }
        }
        boolean anyone = false;
        for (String c : m) {
            if (!rejected.contains(c) && day.available(c)) {
                anyone = true;
                break;
            }
        }
        if (!anyone) {
            return null;
        }
        int n = m.size();
        int i = r.pointer;
        int round = r.round;
        List<PlannedPass> passes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        while (true) {
            String c = m.get(i);
            if (!rejected.contains(c) && day.available(c)) {
                int after = i + 1;
                int roundAfter = round;
                if (after == n) {
                    after = 0;
                    roundAfter++;
                }
                return new Plan(c, false, null, passes, after, roundAfter);
            }
            if (!surge && !rejected.contains(c) && !passed.contains(c) && seen.add(c)) {
                passes.add(new PlannedPass(c, passReason(c), round));
            }
            i++;
            if (i == n) {
                i = 0;
                round++;
            }
        }
    }

    private PassReason passReason(String name) {
        ConsultantDay cd = day.existing(name);
        if (cd.away != null) {
            return cd.away == com.rotadesk.model.AwayKind.BUSINESS ? PassReason.AWAY_BUSINESS : PassReason.AWAY_PRIVATE;
        }
        return PassReason.BUSY;
    }

    private void walk(VisitEntry v, LocalDateTime at, List<Rejection> rejections) {
        // Each walk starts afresh: a later assign of a waiting visit may propose a consultant rejected before.
        v.rejected.clear();
        v.passed.clear();
        Rotation r = day.rotation(v.group, v.channel);
        Iterator<Rejection> pending = rejections.iterator();
        while (true) {
            boolean inWindow = policy.window().contains(at.toLocalTime());
            boolean surge = day.surge && v.channel == Channel.WALK_IN;
            Plan plan = plan(r, v.rejected, v.passed, surge);
            if (plan == null) {
                if (pending.hasNext()) {
                    throw new ActionRejectedException(Refusal.NOBODY_PROPOSED, who(v),
                            pending.next().consultant());
                }
                wait(v, at);
                return;
            }
            if (pending.hasNext()) {
                Rejection rejection = pending.next();
                if (!rejection.consultant().equals(plan.consultant())) {
                    throw new ActionRejectedException(Refusal.NOT_PROPOSED, who(v), plan.consultant(),
                            rejection.consultant());
                }
                reject(v, at, r, plan, rejection.reason(), inWindow);
                continue;
            }
            if (!inWindow) {
                // R5: proposed as the walk would, but nothing moves and nothing counts.
                receive(v, at, plan.consultant(), false, false, false, plan.makeUp()
                        ? new AssignmentReason.MakeUp(plan.credit().since())
                        : new AssignmentReason.NextInRotation(r.round));
                return;
            }
            applyPasses(v, at, r, plan);
            movePointer(r, plan, at);
            boolean counted = !surge || policy.surgeCounts();
            if (plan.makeUp()) {
                Credit used = r.useOldestCredit(plan.consultant());
                emit(new Event.CreditUsed(at, plan.consultant(), r.key.channel(), r.key.group(), used.since()));
                receive(v, at, plan.consultant(), true, true, false, new AssignmentReason.MakeUp(used.since()));
            } else {
                receive(v, at, plan.consultant(), counted, false, false,
                        surge ? new AssignmentReason.Surge(roundServed(plan))
                                : new AssignmentReason.NextInRotation(roundServed(plan)));
            }
            return;
        }
    }

    private static int roundServed(Plan plan) {
        return plan.pointerAfter() == 0 ? plan.roundAfter() - 1 : plan.roundAfter();
    }

    private void applyPasses(VisitEntry v, LocalDateTime at, Rotation r, Plan plan) {
        for (PlannedPass p : plan.passes()) {
            pass(v, at, r, p.consultant(), p.reason(), p.round());
        }
    }

    private void movePointer(Rotation r, Plan plan, LocalDateTime at) {
        int before = r.round;
        r.pointer = plan.pointerAfter();
        r.round = plan.roundAfter();
        for (int round = before + 1; round <= r.round; round++) {
            emit(new Event.RoundStarted(at, r.key.channel(), r.key.group(), round));
        }
    }

    /** R7, R8: one pass with its outcome. */
    private void pass(VisitEntry v, LocalDateTime at, Rotation r, String c, PassReason reason, int round) {
        v.passed.add(c);
        PassOutcome outcome = policy.outcomeFor(reason);
        if (outcome == PassOutcome.KEEP && !policy.creditAllowed(r.creditCount(c))) {
            outcome = PassOutcome.FORFEIT_AT_CAP;
        }
        emit(new Event.Passed(at, v.ref, c, r.key.channel(), r.key.group(), reason, outcome, round));
        if (outcome == PassOutcome.KEEP) {
            r.addCredit(c, new Credit(at, Credit.Origin.PASS));
            emit(new Event.CreditGranted(at, c, r.key.channel(), r.key.group(), Credit.Origin.PASS));
        }
        if (reason.isRejection()) {
            ConsultantDay cd = day.existing(c);
            cd.violations++;
            emit(new Event.ViolationRecorded(at, c, reason, r.key.channel(), r.key.group()));
            boolean disqualify = outcome == PassOutcome.DISQUALIFY;
            if (reason == PassReason.DECLINED) {
                cd.declines++;
                disqualify |= policy.maxDeclinesPerDay() > 0 && cd.declines >= policy.maxDeclinesPerDay();
            }
            if (disqualify && !cd.disqualified) {
                disqualify(cd, at);
            }
        }
    }

    private void reject(VisitEntry v, LocalDateTime at, Rotation r, Plan plan, PassReason reason, boolean inWindow) {
        v.rejected.add(plan.consultant());
        if (!inWindow) {
            // R5, R9: outside the window a rejection records nothing and the pointer stays, but the rejected
            // consultant is not proposed again for this visit: the next one the walk would pick is.
            return;
        }
        if (plan.makeUp()) {
            pass(v, at, r, plan.consultant(), reason, r.round);
            return;
        }
        applyPasses(v, at, r, plan);
        int round = roundServed(plan);
        movePointer(r, plan, at);
        pass(v, at, r, plan.consultant(), reason, round);
    }

    private void disqualify(ConsultantDay cd, LocalDateTime at) {
        cd.disqualified = true;
        emit(new Event.Disqualified(at, cd.name));
        leaveLists(cd.name, at, true);
    }

    // ---------------------------------------------------------------- receiving and ownership (R9b, R16-R21)

    private void receive(VisitEntry v, LocalDateTime at, String consultant, boolean counted, boolean makeUp,
            boolean standIn, AssignmentReason why) {
        day.waiting.remove(v);
        v.consultant = consultant;
        v.receivedAt = at;
        v.counted = counted;
        v.makeUp = makeUp;
        v.standIn = standIn;
        v.reason = why;
        Rotation r = day.rotation(v.group, v.channel);
        if (counted) {
            r.addTurn(consultant, 1);
        }
        if (v.channel == Channel.WALK_IN) {
            v.state = VisitState.RECEIVING;
            day.consultant(consultant).openReceptions++;
        } else {
            v.state = VisitState.CALL_TAKEN;
        }
        // the round the turn belongs to: serving the last of the list has already moved the pointer on
        int round = switch (why) {
            case AssignmentReason.NextInRotation n -> n.round();
            case AssignmentReason.Surge s -> s.round();
            default -> r.round;
        };
        emit(new Event.Received(at, v.ref, consultant, v.channel, v.group, counted, makeUp, round, why));
        String phone = v.registration.phone();
        if (phone == null) {
            return;
        }
        if (day.firstReceiver.get(v.channel).putIfAbsent(phone, consultant) == null) {
            day.firstWasNonBuyer.get(v.channel).put(phone, v.nonBuyer);
        }
        own(v, at, consultant, standIn);
    }

    /** R17, R18, R21: first valid registration wins; contact refreshes protection. */
    private void own(VisitEntry v, LocalDateTime at, String receiver, boolean standIn) {
        String phone = v.registration.phone();
        Client c = clients.get(phone);
        String owner = c == null ? null : c.ownerAt(at, policy.protectionDays());
        if (v.nonBuyer || v.householdConflict) {
            return;
        }
        boolean mayOwn = v.registration.complete() && !standIn
                && (v.channel == Channel.WALK_IN || policy.callsOwn());
        if (owner != null) {
            clients.put(new Client(c.phone(), c.name(), c.household(), c.owner(), v.arrival, c.deal(), c.lead()));
            return;
        }
        String lead = c != null && c.lead() != null ? c.lead()
                : v.channel == Channel.PHONE ? receiver : null;
        if (mayOwn) {
            v.beforeOwnership = c;
            v.ownershipCreated = true;
            List<String> household = c == null ? List.of() : c.household();
            clients.put(new Client(phone, v.registration.name(), household, receiver, v.arrival, false, lead));
            emit(new Event.OwnershipGained(at, phone, receiver));
        } else if (c == null || lead != null && !lead.equals(c.lead())) {
            String name = v.registration.name() != null ? v.registration.name() : c == null ? null : c.name();
            if (name != null) {
                clients.put(new Client(phone, name, c == null ? List.of() : c.household(),
                        c == null ? null : c.owner(), c == null ? v.arrival : c.lastContact(), false, lead));
            }
        }
    }

    void end(Action.EndVisit a) {
        VisitEntry v = visit(a.ref());
        switch (v.state) {
            case WAITING -> {
                v.state = VisitState.GONE;
                v.endedAt = a.at();
                day.waiting.remove(v);
                emit(new Event.Ended(a.at(), v.ref, true));
            }
            case RECEIVING -> {
                v.state = VisitState.ENDED;
                v.endedAt = a.at();
                day.consultant(v.consultant).openReceptions--;
                emit(new Event.Ended(a.at(), v.ref, false));
                long minutes = Duration.between(v.receivedAt, a.at()).toMinutes();
                if (v.counted && policy.minCountedMinutes() > 0 && minutes < policy.minCountedMinutes()) {
                    voidReception(v, a.at(), VoidReason.SHORT_RECEPTION);
                }
            }
            case CALL_TAKEN -> throw new ActionRejectedException(Refusal.CALL_ALREADY_LOGGED, who(v));
            case ENDED, GONE -> throw new ActionRejectedException(Refusal.ALREADY_LEFT, who(v));
        }
    }

    void voidVisit(Action.VoidVisit a) {
        VisitEntry v = visit(a.ref());
        if (!v.counted) {
            throw new ActionRejectedException(Refusal.NOT_COUNTED, who(v));
        }
        if (a.reason() == VoidReason.NON_BUYER
                && Duration.between(v.receivedAt, a.at()).toMinutes() > policy.voidMinutes()) {
            throw new ActionRejectedException(Refusal.VOID_TOO_LATE, who(v), policy.voidMinutes());
        }
        voidReception(v, a.at(), a.reason());
    }

    /** R13-R15: uncounted, refunded as a make-up (even beyond the cap), its ownership removed. */
    private void voidReception(VisitEntry v, LocalDateTime at, VoidReason reason) {
        Rotation r = day.rotation(v.group, v.channel);
        v.counted = false;
        v.voided = reason;
        r.addTurn(v.consultant, -1);
        emit(new Event.Voided(at, v.ref, reason));
        r.addCredit(v.consultant, new Credit(at, Credit.Origin.REFUND));
        emit(new Event.CreditGranted(at, v.consultant, r.key.channel(), r.key.group(), Credit.Origin.REFUND));
        // A reception voided as non-buyer keeps its type: a same-day repeat of that phone is a normal repeat
        // that may create ownership (only a desk-identified non-buyer's repeat stays a non-buyer).
        if (v.ownershipCreated) {
            Client now = clients.get(v.registration.phone());
            Client before = v.beforeOwnership;
            clients.put(before != null ? before
                    : new Client(now.phone(), now.name(), now.household(), null, now.lastContact(), false, now.lead()));
            v.ownershipCreated = false;
            emit(new Event.OwnershipRemoved(at, now.phone(), v.consultant));
        }
    }

    void deal(Action.MarkDeal a) {
        VisitEntry v = visit(a.ref());
        if (v.consultant == null) {
            throw new ActionRejectedException(Refusal.NOT_RECEIVED, who(v));
        }
        String phone = v.registration.phone();
        if (phone == null || v.registration.name() == null) {
            throw new ActionRejectedException(Refusal.DEAL_NEEDS_CONTACT, who(v));
        }
        Client c = clients.get(phone);
        List<String> household = c == null ? List.of() : c.household();
        String name = c == null ? v.registration.name() : c.name();
        clients.put(new Client(phone, name, household, v.consultant, a.at(), true, c == null ? null : c.lead()));
        emit(new Event.DealMarked(a.at(), phone, v.consultant, v.ref));
    }

    void followUp(Action.FollowUp a) {
        String phone = com.rotadesk.model.Phones.normalise(a.phone());
        Client c = clients.get(phone);
        if (c == null || c.ownerAt(a.at(), policy.protectionDays()) == null) {
            throw new ActionRejectedException(Refusal.NO_OWNER_TO_FOLLOW, a.phone());
        }
        clients.put(new Client(c.phone(), c.name(), c.household(), c.owner(), a.at(), c.deal(), c.lead()));
        emit(new Event.FollowedUp(a.at(), phone));
    }

    // ---------------------------------------------------------------- the desk's levers (R22, R23)

    void surge(Action.Surge a) {
        if (day.surge == a.on()) {
            throw new ActionRejectedException(a.on() ? Refusal.SURGE_ALREADY_ON : Refusal.SURGE_ALREADY_OFF);
        }
        day.surge = a.on();
        emit(new Event.SurgeSwitched(a.at(), a.on()));
        if (!a.on() && policy.surgeEnd() == Policy.SurgeEnd.RESTART) {
            for (Rotation r : day.rotations.values()) {
                if (r.key.channel() == Channel.WALK_IN && r.pointer > 0) {
                    r.pointer = 0;
                    r.round++;
                    emit(new Event.RoundStarted(a.at(), r.key.channel(), r.key.group(), r.round));
                }
            }
        }
    }

    void reorder(Action.Reorder a) {
        Rotation r = day.rotation(group(a.group()), channel(a.channel()));
        if (a.order().size() != r.members.size() || !new HashSet<>(a.order()).equals(new HashSet<>(r.members))) {
            throw new ActionRejectedException(Refusal.REORDER_MISMATCH, String.join(" ", r.members));
        }
        String next = r.pointer == 0 ? null : r.dueNext();
        r.members.clear();
        r.members.addAll(a.order());
        r.pointer = next == null ? 0 : r.members.indexOf(next);
        adjusted(a);
    }

    void grantCredit(Action.GrantCredit a) {
        ConsultantDay cd = signedIn(a.consultant());
        day.rotation(cd.group, channel(a.channel())).addCredit(cd.name, new Credit(a.at(), Credit.Origin.MANUAL));
        emit(new Event.CreditGranted(a.at(), cd.name, channel(a.channel()), cd.group, Credit.Origin.MANUAL));
        adjusted(a);
    }

    void takeCredit(Action.TakeCredit a) {
        ConsultantDay cd = signedIn(a.consultant());
        Rotation r = day.rotation(cd.group, channel(a.channel()));
        if (r.creditCount(cd.name) == 0) {
            throw new ActionRejectedException(Refusal.NO_CREDIT, cd.name);
        }
        r.takeNewestCredit(cd.name);
        adjusted(a);
    }

    void movePointer(Action.MovePointer a) {
        Rotation r = day.rotation(group(a.group()), channel(a.channel()));
        int index = r.members.indexOf(a.consultant());
        if (index < 0) {
            throw new ActionRejectedException(Refusal.NOT_IN_LIST, a.consultant());
        }
        r.pointer = index;
        adjusted(a);
    }

    void assignTo(Action.AssignTo a) {
        VisitEntry v = visit(a.ref());
        if (v.state != VisitState.WAITING) {
            throw new ActionRejectedException(Refusal.NOT_WAITING, who(v));
        }
        signedIn(a.consultant());
        receive(v, a.at(), a.consultant(), a.counted(), false, false, new AssignmentReason.Manual(a.reason()));
        adjusted(a);
    }

    void disqualify(Action.Disqualify a) {
        ConsultantDay cd = day.existing(a.consultant());
        if (cd == null || cd.disqualified) {
            throw new ActionRejectedException(Refusal.CANNOT_DISQUALIFY, a.consultant());
        }
        disqualify(cd, a.at());
        adjusted(a);
    }

    void reinstate(Action.Reinstate a) {
        ConsultantDay cd = day.existing(a.consultant());
        if (cd == null || !cd.disqualified) {
            throw new ActionRejectedException(Refusal.NOT_DISQUALIFIED, a.consultant());
        }
        cd.disqualified = false;
        cd.declines = 0;
        emit(new Event.Reinstated(a.at(), cd.name));
        if (cd.signedIn) {
            for (Channel ch : Channel.values()) {
                Rotation r = day.rotation(cd.group, ch);
                r.insert(insertionIndex(r, cd.name), cd.name);
            }
        }
        adjusted(a);
    }

    private void adjusted(Action.Adjustment a) {
        if (a.reason() == null || a.reason().isBlank()) {
            throw new ActionRejectedException(Refusal.NEEDS_REASON);
        }
        emit(new Event.Adjusted(a.at(), a));
    }

    private String group(String group) {
        return group == null ? defaultGroup() : group;
    }

    private static Channel channel(Channel channel) {
        return channel == null ? Channel.WALK_IN : channel;
    }

    private VisitEntry visit(String ref) {
        VisitEntry v = day.byRef.get(ref);
        if (v == null) {
            throw new ActionRejectedException(Refusal.NO_SUCH_VISIT, ref);
        }
        return v;
    }

    private void emit(Event e) {
        day.events.add(e);
    }
}
