package com.rotadesk.model.engine;

import com.rotadesk.model.Action;
import com.rotadesk.model.ActionRejectedException;
import com.rotadesk.model.Refusal;
import com.rotadesk.model.AssignmentReason;
import com.rotadesk.model.Channel;
import com.rotadesk.model.Client;
import com.rotadesk.model.ClientSource;
import com.rotadesk.model.ConsultantStatus;
import com.rotadesk.model.Credit;
import com.rotadesk.model.Event;
import com.rotadesk.model.OfficeProfile;
import com.rotadesk.model.Phones;
import com.rotadesk.model.Policy;
import com.rotadesk.model.Visit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The rotation engine: the office's state as a fold of the policy over the journal of actions (R25).
 * Feed it actions with {@link #apply}; read the board with the queries. Not thread-safe: one desk, one thread.
 */
public final class OfficeEngine {
    /** The group of an office that never names one. */
    public static final String DEFAULT_GROUP = "default";

    /** How the current day began, so that undo can rebuild it (R24). */
    private record Opening(DayOpening day, int clientMark) {
    }

    private final ClientRegistry clients;
    private Policy policy;
    private List<String> roster = List.of();
    private OfficeProfile profile;
    private Day day;
    private Opening opening;
    /** Today's actions that are not undone, in order. */
    private final List<Action> today = new ArrayList<>();
    private LocalDateTime lastAt;

    /** An office with these policies and no day started yet. */
    public OfficeEngine(Policy policy) {
        this.policy = policy;
        this.clients = new ClientRegistry(ClientSource.NONE);
    }

    private OfficeEngine(DayOpening opening, ClientSource source) {
        this.clients = new ClientRegistry(source);
        this.policy = opening.policy();
        this.roster = opening.roster();
        this.profile = opening.profile();
        this.opening = new Opening(opening, clients.mark());
        this.day = new Day(opening.date(), opening.carry());
    }

    /**
     * An engine at the opening of a day, before any of the day's actions: replaying them rebuilds the day as
     * a replay from the very first action would. {@code source} answers for clients as of that opening.
     */
    public static OfficeEngine resume(DayOpening opening, ClientSource source) {
        return new OfficeEngine(opening, source);
    }

    /** How the current day began (null before the first day). */
    public DayOpening opening() {
        return opening == null ? null : opening.day();
    }

    /** Replays a whole journal into a new engine. */
    public static OfficeEngine replay(Policy policy, Iterable<? extends Action> journal) {
        OfficeEngine engine = new OfficeEngine(policy);
        for (Action a : journal) {
            engine.apply(a);
        }
        return engine;
    }

    /**
     * Applies one confirmed action and returns the events it caused. An action the rules refuse throws
     * {@link ActionRejectedException} and leaves the state exactly as it was.
     */
    public List<Event> apply(Action action) {
        if (action instanceof Action.StartDay s) {
            startDay(s.date());
            return List.copyOf(day.events);
        }
        if (day == null) {
            switch (action) {
                case Action.ChangePolicy c -> policy = c.policy();
                case Action.SetRoster r -> roster = r.consultants();
                case Action.ConfigureOffice c -> configure(c.profile());
                default -> throw new ActionRejectedException(Refusal.NO_DAY);
            }
            return List.of();
        }
        if (!action.at().toLocalDate().equals(day.date)) {
            throw new ActionRejectedException(Refusal.NOT_ON_DAY, action.at(), day.date);
        }
        if (lastAt != null && action.at().isBefore(lastAt)) {
            throw new ActionRejectedException(Refusal.EARLIER_THAN_LAST, action.at(), lastAt);
        }
        if (action instanceof Action.Undo) {
            if (today.isEmpty()) {
                throw new ActionRejectedException(Refusal.NOTHING_TO_UNDO);
            }
            today.removeLast();
            rebuild();
            lastAt = action.at();
            return List.of();
        }
        int before = day.events.size();
        try {
            execute(action);
        } catch (RuntimeException e) {
            rebuild();
            throw e;
        }
        today.add(action);
        lastAt = action.at();
        return List.copyOf(day.events.subList(before, day.events.size()));
    }

    private void startDay(LocalDate date) {
        if (day != null && !date.isAfter(day.date)) {
            throw new ActionRejectedException(Refusal.DAY_OUT_OF_ORDER, date, day.date);
        }
        Carry carry = day != null && policy.carryOver() ? day.carryForward() : Carry.NONE;
        clients.commit();
        opening = new Opening(new DayOpening(date, policy, roster, profile, carry), clients.mark());
        day = new Day(date, carry);
        today.clear();
        lastAt = null;
    }

    /** Rebuilds today from its opening and the actions still standing (R24: as if undone never happened). */
    private void rebuild() {
        clients.rollback(opening.clientMark());
        policy = opening.day().policy();
        roster = opening.day().roster();
        profile = opening.day().profile();
        day = new Day(opening.day().date(), opening.day().carry());
        for (Action a : today) {
            execute(a);
        }
    }

    private void execute(Action action) {
        Rules rules = rules();
        switch (action) {
            case Action.StartDay s -> throw new IllegalStateException("handled by apply");
            case Action.Undo u -> throw new IllegalStateException("handled by apply");
            case Action.ChangePolicy c -> {
                policy = c.policy();
                day.events.add(new Event.PolicyChanged(c.at(), c.policy()));
            }
            case Action.SetRoster r -> roster = r.consultants();
            case Action.ConfigureOffice c -> configure(c.profile());
            case Action.SignIn s -> rules.signIn(s);
            case Action.SignOut s -> rules.signOut(s);
            case Action.StepAway s -> rules.stepAway(s);
            case Action.Back b -> rules.back(b);
            case Action.CheckIn c -> rules.checkIn(c);
            case Action.Assign a -> rules.assign(a);
            case Action.EndVisit e -> rules.end(e);
            case Action.VoidVisit v -> rules.voidVisit(v);
            case Action.MarkDeal d -> rules.deal(d);
            case Action.FollowUp f -> rules.followUp(f);
            case Action.Surge s -> rules.surge(s);
            case Action.Reorder r -> rules.reorder(r);
            case Action.GrantCredit g -> rules.grantCredit(g);
            case Action.TakeCredit t -> rules.takeCredit(t);
            case Action.MovePointer m -> rules.movePointer(m);
            case Action.AssignTo a -> rules.assignTo(a);
            case Action.Disqualify d -> rules.disqualify(d);
            case Action.Reinstate r -> rules.reinstate(r);
        }
    }

    private void configure(OfficeProfile p) {
        profile = p;
        roster = p.consultants();
    }

    private Rules rules() {
        return new Rules(day, clients, policy, roster, profile);
    }

    // ---------------------------------------------------------------- queries

    /** The office as set up, or null when it never was (scenarios). */
    public OfficeProfile profile() {
        return profile;
    }

    /** The group that queries without a group name mean: the office's first group. */
    public String defaultGroup() {
        return profile == null ? DEFAULT_GROUP : profile.groups().getFirst().name();
    }

    /** The policy in force. */
    public Policy policy() {
        return policy;
    }

    /** The manager's fixed order. */
    public List<String> roster() {
        return roster;
    }

    /** The current day, or null before the first. */
    public LocalDate date() {
        return day == null ? null : day.date;
    }

    /** True when surge is on (R22). */
    public boolean surge() {
        return requireDay().surge;
    }

    /** Actions of today that an undo would take back, oldest first. */
    public List<Action> undoable() {
        return List.copyOf(today);
    }

    /**
     * Who would be proposed now for a new visitor (R6, R7, or R22 in surge): a pure question, nothing moves.
     * Returns null when nobody is available.
     */
    public Proposal nextUp(String group, Channel channel) {
        Day d = requireDay();
        Rotation r = d.rotations.get(new RotationKey(groupOrDefault(group), channel));
        if (r == null) {
            return null;
        }
        boolean surge = d.surge && channel == Channel.WALK_IN;
        Rules.Plan plan = new Rules(d, clients, policy, roster, profile).plan(r, Set.of(), Set.of(), surge);
        if (plan == null) {
            return null;
        }
        AssignmentReason why = plan.makeUp() ? new AssignmentReason.MakeUp(plan.credit().since())
                : surge ? new AssignmentReason.Surge(r.round) : new AssignmentReason.NextInRotation(r.round);
        List<Proposal.PlannedPass> passes = plan.passes().stream()
                .map(p -> new Proposal.PlannedPass(p.consultant(), p.reason())).toList();
        return new Proposal(plan.consultant(), plan.makeUp(), why, passes);
    }

    /**
     * Tries a check-in without keeping it: the visit as it would stand (who receives it, counted or waiting,
     * and why). The state is unchanged afterwards.
     */
    public Visit trial(Action.CheckIn checkIn) {
        return tryOut(rules -> rules.checkIn(checkIn), checkIn.ref());
    }

    /**
     * Tries receiving a waiting visit without keeping it: whom the rules give it to now, after the
     * receptionist's rejections, or still waiting. The state is unchanged afterwards.
     */
    public Visit trial(Action.Assign assign) {
        return tryOut(rules -> rules.assign(assign), assign.ref());
    }

    /** Runs an action on the live day, reads the visit it touched, then puts the day back by replaying it. */
    private Visit tryOut(Consumer<Rules> action, String ref) {
        Day d = requireDay();
        try {
            action.accept(new Rules(d, clients, policy, roster, profile));
            return d.byRef.get(ref).snapshot();
        } finally {
            rebuild();
        }
    }

    /** Counted turns today. */
    public int turns(String consultant, String group, Channel channel) {
        Rotation r = requireDay().rotations.get(new RotationKey(groupOrDefault(group), channel));
        return r == null ? 0 : r.turns(consultant);
    }

    /** Make-up credits held, oldest first. */
    public List<Credit> credits(String consultant, String group, Channel channel) {
        Rotation r = requireDay().rotations.get(new RotationKey(groupOrDefault(group), channel));
        List<Credit> held = r == null ? null : r.credits.get(consultant);
        return held == null ? List.of() : List.copyOf(held);
    }

    /** The current round of a rotation (1 at the start of the day). */
    public int round(String group, Channel channel) {
        Rotation r = requireDay().rotations.get(new RotationKey(groupOrDefault(group), channel));
        return r == null ? 1 : r.round;
    }

    /** The list in order and the pointer's position in it. */
    public RotationView rotation(String group, Channel channel) {
        Rotation r = requireDay().rotations.get(new RotationKey(groupOrDefault(group), channel));
        return r == null ? new RotationView(groupOrDefault(group), channel, List.of(), 0, 1)
                : new RotationView(r.key.group(), channel, List.copyOf(r.members), r.pointer, r.round);
    }

    /** Groups with a rotation today. */
    public List<String> groups() {
        return requireDay().rotations.keySet().stream().map(RotationKey::group).distinct().toList();
    }

    /** Violations recorded today, across groups and channels. */
    public int violations(String consultant) {
        ConsultantDay cd = requireDay().existing(consultant);
        return cd == null ? 0 : cd.violations;
    }

    /** The consultant's status now. */
    public ConsultantStatus status(String consultant) {
        ConsultantDay cd = requireDay().existing(consultant);
        return cd == null ? ConsultantStatus.SIGNED_OUT : cd.status();
    }

    /** Everyone who has been signed in today, in order of first sign-in. */
    public List<ConsultantView> consultants() {
        List<ConsultantView> out = new ArrayList<>();
        for (ConsultantDay cd : requireDay().consultants.values()) {
            out.add(new ConsultantView(cd.name, cd.group, cd.status(), cd.signedInAt, cd.signedOutAt,
                    cd.openReceptions, cd.violations, cd.declines));
        }
        return out;
    }

    /** The owner of the client with that phone at that time, or null when public or unknown (R18). */
    public String ownerOf(String phone, LocalDateTime at) {
        Client c = clients.get(Phones.normalise(phone));
        return c == null ? null : c.ownerAt(at, policy.protectionDays());
    }

    /** The client registered with that phone, or null. */
    public Client client(String phone) {
        return clients.get(Phones.normalise(phone));
    }

    /** Every client known, in no particular order. */
    public Collection<Client> clients() {
        return clients.all();
    }

    /** Today's visits and calls in arrival order. */
    public List<Visit> visits() {
        return requireDay().visits.stream().map(VisitEntry::snapshot).toList();
    }

    /** The latest visit with that handle today, or null. */
    public Visit visit(String ref) {
        VisitEntry v = requireDay().byRef.get(ref);
        return v == null ? null : v.snapshot();
    }

    /** Visits waiting now, oldest first. */
    public List<Visit> waiting() {
        return requireDay().waiting.stream().map(VisitEntry::snapshot).toList();
    }

    /** Everything that happened today, in order. */
    public List<Event> events() {
        return List.copyOf(requireDay().events);
    }

    private Day requireDay() {
        if (day == null) {
            throw new ActionRejectedException(Refusal.NO_DAY);
        }
        return day;
    }

    private String groupOrDefault(String group) {
        return group == null ? defaultGroup() : group;
    }
}
