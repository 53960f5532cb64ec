package com.rotadesk.model.engine;

import com.rotadesk.model.Action;
import com.rotadesk.model.ActionRejectedException;
import com.rotadesk.model.AssignmentReason;
import com.rotadesk.model.Channel;
import com.rotadesk.model.Client;
import com.rotadesk.model.ClientSource;
import com.rotadesk.model.ClientStanding;
import com.rotadesk.model.ConsultantStatus;
import com.rotadesk.model.Credit;
import com.rotadesk.model.DayOpening;
import com.rotadesk.model.Event;
import com.rotadesk.model.OfficeProfile;
import com.rotadesk.model.Phones;
import com.rotadesk.model.Policy;
import com.rotadesk.model.Refusal;
import com.rotadesk.model.RotationKey;
import com.rotadesk.model.Visit;
import com.rotadesk.model.engine.rules.Decider;
import com.rotadesk.model.engine.rules.Walk;
import com.rotadesk.model.engine.state.ConsultantDay;
import com.rotadesk.model.engine.state.EarlierStates;
import com.rotadesk.model.engine.state.Evolution;
import com.rotadesk.model.engine.state.LiveState;
import com.rotadesk.model.engine.state.OfficeState;
import com.rotadesk.model.engine.state.Rotation;
import com.rotadesk.model.engine.state.VisitEntry;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The rotation engine: the office's state as a fold of the policy over the journal of actions (R25). Each action
 * is decided into events without touching the state ({@link Decider}), then the events change it
 * ({@link Evolution}). Feed it actions with {@link #apply}; read the board with the queries. Not thread-safe:
 * one desk, one thread.
 */
public final class OfficeEngine {
    /** The group of an office that never names one. */
    public static final String DEFAULT_GROUP = OfficeState.DEFAULT_GROUP;

    /** An action standing today, with the events it caused (an undo plays the rest again, R24). */
    private record Standing(Action action, List<Event> events) {
    }

    private final Decider decider = new Decider();
    private final LiveState state;
    private DayOpening opening;
    private int clientMark;
    /** Today's actions that are not undone, in order. */
    private final List<Standing> today = new ArrayList<>();
    private LocalDateTime lastAt;

    /** An office with these policies and no day started yet. */
    public OfficeEngine(Policy policy) {
        this(policy, EarlierDays.NONE);
    }

    /** An office with these policies and no day started yet, whose earlier days {@code earlier} replays (R28). */
    public OfficeEngine(Policy policy, EarlierDays earlier) {
        this.state = new LiveState(policy, ClientSource.NONE, states(earlier));
    }

    private OfficeEngine(DayOpening opening, ClientSource source, EarlierDays earlier) {
        this.state = new LiveState(opening.policy(), source, states(earlier));
        Evolution.restart(state, opening, state.clientMark(), List.of());
        this.opening = opening;
        this.clientMark = state.clientMark();
    }

    /**
     * An engine at the opening of a day, before any of the day's actions: replaying them rebuilds the day as
     * a replay from the very first action would. {@code source} answers for clients as of that opening.
     */
    public static OfficeEngine resume(DayOpening opening, ClientSource source) {
        return new OfficeEngine(opening, source, EarlierDays.NONE);
    }

    /**
     * Like {@link #resume(DayOpening, ClientSource)}, for a day whose corrections of earlier days (R28) ask
     * {@code earlier} for those days.
     */
    public static OfficeEngine resume(DayOpening opening, ClientSource source, EarlierDays earlier) {
        return new OfficeEngine(opening, source, earlier);
    }

    /** An earlier day as a given day sees it. */
    private record Seen(LocalDate date, LocalDate asking) {
    }

    /**
     * The rules read an earlier day's state, as this engine's current day sees it; a correction's working-out asks
     * each day twice at most, so the last few are kept.
     */
    private EarlierStates states(EarlierDays earlier) {
        if (earlier == EarlierDays.NONE) {
            return EarlierStates.NONE;
        }
        java.util.Map<Seen, OfficeEngine> seen = new java.util.LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(java.util.Map.Entry<Seen, OfficeEngine> eldest) {
                return size() > 8;
            }
        };
        return new EarlierStates() {
            @Override
            public OfficeState day(LocalDate date) {
                OfficeEngine e = seen.computeIfAbsent(new Seen(date, state.date()),
                        k -> earlier.day(k.date(), k.asking()));
                return e == null ? null : e.state;
            }

            @Override
            public List<LocalDate> touching(java.util.Collection<String> phones, LocalDate after, LocalDate before) {
                return earlier.touching(phones, after, before);
            }

            @Override
            public List<LocalDate> corrected(LocalDate before) {
                return earlier.corrected(before, state.date());
            }
        };
    }

    /**
     * Shows a later correction of one of this finished day's visits (R28) on its replay, for that day's register
     * and for working out a newer correction; the day's rotation and events are unchanged.
     */
    public void showCorrected(Action.CorrectEarlier correction) {
        if (!correction.day().equals(state.date())) {
            throw new IllegalArgumentException("the correction of " + correction.day() + " shown on " + state.date());
        }
        Evolution.showCorrected(state, correction);
    }

    /** How the current day began (null before the first day). */
    public DayOpening opening() {
        return opening;
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
     * {@link ActionRejectedException} and leaves the state exactly as it was: it was refused before anything
     * changed.
     */
    public List<Event> apply(Action action) {
        if (action instanceof Action.StartDay) {
            List<Event> events = decideAndEvolve(action);
            Event.DayStarted started = (Event.DayStarted) events.getFirst();
            opening = new DayOpening(started.date(), state.policy(), state.roster(), state.profile(),
                    started.carry());
            clientMark = state.clientMark();
            today.clear();
            lastAt = null;
            return events;
        }
        if (state.date() == null) {
            if (action instanceof Action.ChangePolicy || action instanceof Action.SetRoster
                    || action instanceof Action.ConfigureOffice) {
                return decideAndEvolve(action);
            }
            throw new ActionRejectedException(Refusal.NO_DAY);
        }
        if (!action.at().toLocalDate().equals(state.date())) {
            throw new ActionRejectedException(Refusal.NOT_ON_DAY, action.at(), state.date());
        }
        if (lastAt != null && action.at().isBefore(lastAt)) {
            throw new ActionRejectedException(Refusal.EARLIER_THAN_LAST, action.at(), lastAt);
        }
        if (action instanceof Action.Undo) {
            if (today.isEmpty()) {
                throw new ActionRejectedException(Refusal.NOTHING_TO_UNDO);
            }
            Standing undone = today.removeLast();
            Evolution.restart(state, opening, clientMark, today.stream().map(Standing::events).toList());
            lastAt = action.at();
            return List.of(new Event.Undone(action.at(), undone.action(), undone.events()));
        }
        List<Event> events = decideAndEvolve(action);
        today.add(new Standing(action, events));
        lastAt = action.at();
        return events;
    }

    private List<Event> decideAndEvolve(Action action) {
        List<Event> events = decider.decide(state, action);
        for (Event e : events) {
            Evolution.apply(state, e);
        }
        return events;
    }

    /**
     * The events an action would cause now, without applying it (a refusal throws as {@link #apply} would). The
     * state is untouched.
     */
    public List<Event> decide(Action action) {
        requireDay();
        return decider.decide(state, action);
    }

    // ---------------------------------------------------------------- queries

    /** The office as set up, or null when it never was (scenarios). */
    public OfficeProfile profile() {
        return state.profile();
    }

    /** The group that queries without a group name mean: the office's first group. */
    public String defaultGroup() {
        return state.defaultGroup();
    }

    /** The policy in force. */
    public Policy policy() {
        return state.policy();
    }

    /**
     * Whether a visit received at a given time would count under the policy in force now (R5), as a value the
     * board may ask on its own thread: it holds the policy, never the engine.
     */
    public java.util.function.Predicate<LocalDateTime> countingHours() {
        com.rotadesk.model.Policy now = state.policy();
        return at -> com.rotadesk.model.engine.rules.Walk.counts(now, at);
    }

    /**
     * The owner a client value has at a given time under the protection in force now (R18), or null when public: for
     * a client an event carries, asked on the board's own thread (it holds the policy, never the engine).
     */
    public java.util.function.BiFunction<Client, LocalDateTime, String> ownerRule() {
        int days = state.policy().protectionDays();
        return (client, at) -> client.ownerAt(at, days);
    }

    /** The manager's fixed order. */
    public List<String> roster() {
        return state.roster();
    }

    /** The current day, or null before the first. */
    public LocalDate date() {
        return state.date();
    }

    /** True when surge is on (R22). */
    public boolean surge() {
        requireDay();
        return state.surge();
    }

    /** Actions of today that an undo would take back, oldest first. */
    public List<Action> undoable() {
        return today.stream().map(Standing::action).toList();
    }

    /**
     * Who would be proposed now for a new visitor (R6, R7, or R22 in surge): a pure question, nothing moves.
     * Returns null when nobody is available.
     */
    public Proposal nextUp(String group, Channel channel) {
        requireDay();
        Rotation r = state.rotation(groupOrDefault(group), channel);
        boolean surge = state.surge() && channel == Channel.WALK_IN;
        Walk.Plan plan = Walk.plan(state, r, Set.of(), Set.of(), surge);
        if (plan == null) {
            return null;
        }
        AssignmentReason why = plan.makeUp() ? new AssignmentReason.MakeUp(plan.credit().since())
                : surge ? new AssignmentReason.Surge(r.round()) : new AssignmentReason.NextInRotation(r.round());
        List<Proposal.PlannedPass> passes = plan.passes().stream()
                .map(p -> new Proposal.PlannedPass(p.consultant(), p.reason())).toList();
        return new Proposal(plan.consultant(), plan.makeUp(), why, passes);
    }

    /**
     * Tries a check-in without keeping it: the visit as it would stand (who receives it, counted or waiting, and
     * why). Nothing is replayed and nothing changes.
     */
    public Visit trial(Action.CheckIn checkIn) {
        requireDay();
        return decider.play(state, checkIn).visit(checkIn.ref()).snapshot();
    }

    /**
     * Tries receiving a waiting visit without keeping it: whom the rules give it to now, after the receptionist's
     * rejections, or still waiting. Nothing changes.
     */
    public Visit trial(Action.Assign assign) {
        requireDay();
        return decider.play(state, assign).visit(assign.ref()).snapshot();
    }

    /** Counted turns today. */
    public int turns(String consultant, String group, Channel channel) {
        Rotation r = requireDay().rotation(groupOrDefault(group), channel);
        return r == null ? 0 : r.turns(consultant);
    }

    /** Make-up credits held, oldest first. */
    public List<Credit> credits(String consultant, String group, Channel channel) {
        Rotation r = requireDay().rotation(groupOrDefault(group), channel);
        return r == null ? List.of() : List.copyOf(r.credits(consultant));
    }

    /** The current round of a rotation (1 at the start of the day). */
    public int round(String group, Channel channel) {
        Rotation r = requireDay().rotation(groupOrDefault(group), channel);
        return r == null ? 1 : r.round();
    }

    /** The list in order and the pointer's position in it. */
    public RotationView rotation(String group, Channel channel) {
        Rotation r = requireDay().rotation(groupOrDefault(group), channel);
        return r == null ? new RotationView(groupOrDefault(group), channel, List.of(), 0, 1)
                : new RotationView(r.key().group(), channel, List.copyOf(r.members()), r.pointer(), r.round());
    }

    /** Groups with a rotation today. */
    public List<String> groups() {
        return requireDay().rotations().stream().map(Rotation::key).map(RotationKey::group).distinct().toList();
    }

    /** Violations recorded today, across groups and channels. */
    public int violations(String consultant) {
        ConsultantDay cd = requireDay().consultant(consultant);
        return cd == null ? 0 : cd.violations();
    }

    /** The consultant's status now. */
    public ConsultantStatus status(String consultant) {
        ConsultantDay cd = requireDay().consultant(consultant);
        return cd == null ? ConsultantStatus.SIGNED_OUT : cd.status();
    }

    /** Everyone who has been signed in today, in order of first sign-in. */
    public List<ConsultantView> consultants() {
        List<ConsultantView> out = new ArrayList<>();
        for (ConsultantDay cd : requireDay().consultants()) {
            out.add(new ConsultantView(cd.name(), cd.group(), cd.status(), cd.signedInAt(), cd.signedOutAt(),
                    cd.openReceptions(), cd.violations(), cd.declines()));
        }
        return out;
    }

    /** The owner of the client with that phone at that time, or null when public or unknown (R18). */
    public String ownerOf(String phone, LocalDateTime at) {
        Client c = state.client(Phones.normalise(phone));
        return c == null ? null : c.ownerAt(at, state.policy().protectionDays());
    }

    /** Where the client with that phone stands at that time (owner, protection, public since; R18, R19). */
    public ClientStanding standing(String phone, LocalDateTime at) {
        return ClientStanding.of(client(phone), at, state.policy().protectionDays());
    }

    /** The client registered with that phone, or null. */
    public Client client(String phone) {
        return state.client(Phones.normalise(phone));
    }

    /** Every client known, in no particular order. */
    public Collection<Client> clients() {
        return state.allClients();
    }

    /** Today's visits and calls in arrival order. */
    public List<Visit> visits() {
        return requireDay().visits().stream().map(VisitEntry::snapshot).toList();
    }

    /** The latest visit with that handle today, or null. */
    public Visit visit(String ref) {
        VisitEntry v = requireDay().visit(ref);
        return v == null ? null : v.snapshot();
    }

    /** Visits waiting now, oldest first. */
    public List<Visit> waiting() {
        return requireDay().waiting().stream().map(VisitEntry::snapshot).toList();
    }

    /** Everything that happened today, in order. */
    public List<Event> events() {
        requireDay();
        return List.copyOf(state.events());
    }

    private LiveState requireDay() {
        if (state.date() == null) {
            throw new ActionRejectedException(Refusal.NO_DAY);
        }
        return state;
    }

    private String groupOrDefault(String group) {
        return group == null ? defaultGroup() : group;
    }
}
