package com.rotadesk.model.review;

import com.rotadesk.model.Action;
import com.rotadesk.model.ActionRejectedException;
import com.rotadesk.model.Carry;
import com.rotadesk.model.Channel;
import com.rotadesk.model.DayOpening;
import com.rotadesk.model.Event;
import com.rotadesk.model.Policy;
import com.rotadesk.model.Rejection;
import com.rotadesk.model.Visit;
import com.rotadesk.model.engine.OfficeEngine;

import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The policy simulator (§9): plays each day of a range twice from its opening, as journaled and under the changed
 * policy, with the same actions in the same order, and compares who received each visit. Nothing is journaled.
 * <ul>
 * <li>An action the changed policy refuses is left out and counted. A check-in or an assignment keeps the
 * receptionist's rejections of consultants the changed rules still propose ("not here" stays true of whoever was
 * not there); a rejection of someone the changed rules do not propose is left out and counted.</li>
 * <li>An undo takes back the same journaled action it took back in the record (or nothing, when that action was
 * left out).</li>
 * <li>Each day starts from its recorded opening: the office, the roster and the clients as they stood. The rotation
 * carries over as simulated (R4): under {@code carryOver=true} a day continues the simulated day before it; the
 * range's first day continues the record.</li>
 * </ul>
 * Feed days in date order, one simulator per range. Not thread-safe.
 */
public final class Simulator {
    private final PolicyChange change;
    /** The simulated office at the end of the previous day, for what it carries over (R4). */
    private OfficeEngine previous;

    /** A simulator of this change. */
    public Simulator(PolicyChange change) {
        this.change = Objects.requireNonNull(change, "change");
    }

    /** The change simulated. */
    public PolicyChange change() {
        return change;
    }

    /** Plays the next day of the range both ways and compares them. */
    public SimulatedDay next(RecordedDay day) {
        Record record = record(day);
        return next(day, () -> record);
    }

    /**
     * Plays the next day under the changed policy, then compares it with the record, which {@code recorded} gives
     * (it may be played meanwhile on another thread: the simulated day needs it only at the end).
     */
    SimulatedDay next(RecordedDay day, java.util.function.Supplier<Record> recorded) {
        List<Action> actions = day.actions();
        int n = actions.size();
        Undos undos = Undos.of(actions);

        Policy policy = change.applyTo(day.opening().policy());
        DayOpening opening = new DayOpening(day.date(), policy, day.opening().roster(), day.opening().profile(),
                carry(day, policy));
        boolean sameRules = opening.equals(day.opening());
        OfficeEngine sim = OfficeEngine.resume(opening, day.clients(), day.earlier());
        Key[] registered = new Key[n];
        boolean[] applied = new boolean[n];
        List<SkippedAction> skipped = new ArrayList<>();
        // for each left-out entry, the action whose recorded visit it concerns (an undo: the action it took back)
        List<Integer> concerns = new ArrayList<>();
        int replayed = 0;
        for (int i = 0; i < n; i++) {
            Action a = actions.get(i);
            if (a instanceof Action.Undo) {
                if (!applied[undos.undoes[i]]) {
                    skipped.add(new SkippedAction(day.date(), i, a, SkippedAction.What.UNDO, null, null, null, null));
                    concerns.add(undos.undoes[i]);
                    continue;
                }
            } else if (a instanceof Action.ChangePolicy cp) {
                Policy changed = change.applyTo(cp.policy());
                sameRules &= changed.equals(cp.policy());
                a = new Action.ChangePolicy(cp.at(), changed);
            }
            int before = skipped.size();
            List<Event> events = apply(sim, day, i, a, skipped);
            for (int k = before; k < skipped.size(); k++) {
                concerns.add(i);
            }
            if (events != null) {
                applied[i] = true;
                replayed++;
                registered[i] = Key.of(events);
            }
        }
        PlayedDay simulated = DayReplay.played(sim);
        previous = sim;
        Record record = recorded.get();
        List<Difference> differences = compare(day, record, undos, registered, simulated);
        boolean reproduced = sameRules && skipped.isEmpty() && simulated.events().equals(record.played.events());
        List<SkippedAction> named = new ArrayList<>(skipped.size());
        for (int j = 0; j < skipped.size(); j++) {
            // the recorded visit each left-out entry concerns, now that the record is played
            SkippedAction k = skipped.get(j);
            named.add(new SkippedAction(k.date(), k.index(), k.action(), k.what(), k.rejection(), k.refusal(),
                    k.details(), record.visitOf(actions.get(concerns.get(j)))));
        }
        return new SimulatedDay(record.played, simulated, replayed, named, differences, sameRules, reproduced);
    }

    /**
     * R4: what the day continues. The range's first day continues the record when the simulated policy carries over;
     * a later day continues the simulated day before it, as the engine decides at the start of a new day.
     */
    private Carry carry(RecordedDay day, Policy policy) {
        if (previous == null) {
            return policy.carryOver() ? day.opening().carry() : Carry.NONE;
        }
        Event started = previous.apply(new Action.StartDay(day.date())).getFirst();
        return ((Event.DayStarted) started).carry();
    }

    /** The day as journaled, with which action registered which visit. */
    static Record record(RecordedDay day) {
        List<Action> actions = day.actions();
        int n = actions.size();
        OfficeEngine engine = OfficeEngine.resume(day.opening(), day.clients(), day.earlier());
        Key[] registered = new Key[n];
        for (int i = 0; i < n; i++) {
            Action a = actions.get(i);
            List<Event> events;
            try {
                events = engine.apply(a);
            } catch (ActionRejectedException e) {
                throw new IllegalStateException("the journal's day " + day.date() + " cannot be replayed at " + a.at()
                        + ": " + e.getMessage(), e);
            }
            registered[i] = Key.of(events);
        }
        return new Record(DayReplay.played(engine), engine, registered);
    }

    /**
     * Which journaled action each undo of the day took back (R24: the last one still standing), worked out from the
     * actions alone: every journaled action applied, so the record's undos follow the order of the journal.
     */
    private record Undos(int[] undoes, boolean[] undone) {
        static Undos of(List<Action> actions) {
            int n = actions.size();
            int[] undoes = new int[n];
            Arrays.fill(undoes, -1);
            boolean[] undone = new boolean[n];
            Deque<Integer> standing = new ArrayDeque<>();
            for (int i = 0; i < n; i++) {
                if (actions.get(i) instanceof Action.Undo) {
                    undoes[i] = standing.pop();
                    undone[undoes[i]] = true;
                } else {
                    standing.push(i);
                }
            }
            return new Undos(undoes, undone);
        }
    }


    /**
     * Applies one action to the simulated day: as journaled if the rules take it, else without the rejections that
     * no longer apply; null when it was left out.
     */
    private static List<Event> apply(OfficeEngine sim, RecordedDay day, int i, Action a,
            List<SkippedAction> skipped) {
        try {
            return sim.apply(a);
        } catch (ActionRejectedException refused) {
            List<Rejection> recorded = rejections(a);
            if (recorded.isEmpty()) {
                skipped.add(refusal(day, i, a, refused));
                return null;
            }
            List<Rejection> kept = new ArrayList<>();
            List<Rejection> left = new ArrayList<>(recorded);
            while (!left.isEmpty()) {
                Visit proposed;
                try {
                    proposed = trial(sim, withRejections(a, kept));
                } catch (ActionRejectedException notNow) {
                    break;
                }
                if (proposed == null || proposed.consultant() == null || !proposed.walks()) {
                    break;
                }
                Rejection match = left.stream().filter(r -> r.consultant().equals(proposed.consultant())).findFirst()
                        .orElse(null);
                if (match == null) {
                    break;
                }
                kept.add(match);
                left.remove(match);
            }
            List<Event> events;
            try {
                events = sim.apply(withRejections(a, kept));
            } catch (ActionRejectedException still) {
                skipped.add(refusal(day, i, a, still));
                return null;
            }
            for (Rejection r : left) {
                skipped.add(new SkippedAction(day.date(), i, a, SkippedAction.What.REJECTION, r, null, null, null));
            }
            return events;
        }
    }

    private static SkippedAction refusal(RecordedDay day, int i, Action a, ActionRejectedException e) {
        return new SkippedAction(day.date(), i, a, SkippedAction.What.ACTION, null, e.refusal(), e.details(), null);
    }

    private static List<Rejection> rejections(Action a) {
        return switch (a) {
            case Action.CheckIn c -> c.rejections();
            case Action.Assign s -> s.rejections();
            default -> List.of();
        };
    }

    private static Action withRejections(Action a, List<Rejection> rejections) {
        return switch (a) {
            case Action.CheckIn c -> new Action.CheckIn(c.at(), c.channel(), c.ref(), c.registration(), c.type(),
                    c.named(), c.family(), c.group(), rejections);
            case Action.Assign s -> new Action.Assign(s.at(), s.ref(), rejections);
            default -> a;
        };
    }

    private static Visit trial(OfficeEngine sim, Action a) {
        return switch (a) {
            case Action.CheckIn c -> sim.trial(c);
            case Action.Assign s -> sim.trial(s);
            default -> null;
        };
    }

    /** The visits whose receiver differs, the day's first difference first and the ones following from it after. */
    private static List<Difference> compare(RecordedDay day, Record record, Undos undos, Key[] registered,
            PlayedDay simulated) {
        Map<Key, Visit> recordedVisits = byKey(record.played.visits());
        Map<Key, Visit> simulatedVisits = byKey(simulated.visits());
        record Pair(int index, Visit recorded, Visit simulated, LocalDateTime moment) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < registered.length; i++) {
            if (record.registered[i] == null || undos.undone[i] || registered[i] == null) {
                continue;
            }
            Visit r = recordedVisits.get(record.registered[i]);
            Visit s = simulatedVisits.get(registered[i]);
            if (r == null || s == null) {
                continue;
            }
            LocalDateTime moment = earliest(r.receivedAt(), s.receivedAt(), r.arrival());
            pairs.add(new Pair(i, r, s, moment));
        }
        pairs.sort(Comparator.comparing(Pair::moment).thenComparingInt(Pair::index));
        List<Difference> out = new ArrayList<>();
        for (Pair p : pairs) {
            if (Objects.equals(p.recorded.consultant(), p.simulated.consultant())) {
                continue;
            }
            Visit r = p.recorded;
            Visit s = p.simulated;
            out.add(new Difference(day.date(), p.index, r.arrival(), r.channel(), r.number(), r.registration(), r.type(),
                    r.consultant(), r.counted(), s.type(), s.consultant(), s.counted(), out.isEmpty()));
        }
        return out;
    }

    private static LocalDateTime earliest(LocalDateTime a, LocalDateTime b, LocalDateTime otherwise) {
        if (a == null && b == null) {
            return otherwise;
        }
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return a.isBefore(b) ? a : b;
    }

    private static Map<Key, Visit> byKey(List<Visit> visits) {
        Map<Key, Visit> m = new HashMap<>();
        for (Visit v : visits) {
            m.put(new Key(v.channel(), v.number()), v);
        }
        return m;
    }

    /** A visit of the day: its channel and its number on that channel's register. */
    private record Key(Channel channel, int number) {
        /** The visit an action's events registered, or null. */
        static Key of(List<Event> events) {
            for (Event e : events) {
                if (e instanceof Event.Registered r) {
                    return new Key(r.channel(), r.number());
                }
            }
            return null;
        }
    }

    /** The recorded day, and which of its actions registered which visit. */
    record Record(PlayedDay played, OfficeEngine engine, Key[] registered) {
        /** The recorded visit an action concerns, as it stood at the end of the day, or null. */
        Visit visitOf(Action a) {
            String ref = switch (a) {
                case Action.CheckIn c -> c.ref();
                case Action.Assign s -> s.ref();
                case Action.EndVisit e -> e.ref();
                case Action.VoidVisit v -> v.ref();
                case Action.MarkDeal d -> d.ref();
                case Action.AssignTo t -> t.ref();
                default -> null;
            };
            return ref == null ? null : engine.visit(ref);
        }
    }
}
