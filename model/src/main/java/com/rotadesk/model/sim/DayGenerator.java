package com.rotadesk.model.sim;

import com.rotadesk.model.Action;
import com.rotadesk.model.AwayKind;
import com.rotadesk.model.Channel;
import com.rotadesk.model.ConsultantStatus;
import com.rotadesk.model.PassReason;
import com.rotadesk.model.Registration;
import com.rotadesk.model.Rejection;
import com.rotadesk.model.Visit;
import com.rotadesk.model.VisitSource;
import com.rotadesk.model.VisitState;
import com.rotadesk.model.VisitType;
import com.rotadesk.model.VoidReason;
import com.rotadesk.model.engine.OfficeEngine;
import com.rotadesk.model.engine.Proposal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Generates realistic office days from a seed, as the desk would confirm them: sign-ins, arrivals with returning
 * clients, rejections, waiting, away spells, voids, deals, calls and undo. Every action is applied to the given
 * engine as it is generated (so rejections name the consultant really proposed) and returned as the day's journal.
 * The same seed and settings always give the same journal.
 */
public final class DayGenerator {

    /**
     * How a generated day looks.
     *
     * @param consultants      consultants in the office
     * @param visits           walk-in visitor groups per day
     * @param calls            calls per day
     * @param returningShare   share of visits by a phone seen before
     * @param rejectShare      share of proposals the receptionist rejects (absent or declined)
     * @param awayShare        chance per consultant and hour of stepping away
     * @param lateSignIns      some consultants sign in mid-morning
     * @param voidShare        share of counted receptions voided as non-buyers
     * @param undoShare        share of actions undone straight away
     * @param quiet            every reception ends before the next arrival (for the fairness property)
     * @param surge            a surge spell around midday
     * @param adjustments      the manager's adjustments (R23) and follow-ups (R18) per day, on average
     */
    public record Settings(int consultants, int visits, int calls, double returningShare, double rejectShare,
            double awayShare, boolean lateSignIns, double voidShare, double undoShare, boolean quiet, boolean surge,
            double adjustments) {

        /** A day without the manager's adjustments. */
        public Settings(int consultants, int visits, int calls, double returningShare, double rejectShare,
                double awayShare, boolean lateSignIns, double voidShare, double undoShare, boolean quiet,
                boolean surge) {
            this(consultants, visits, calls, returningShare, rejectShare, awayShare, lateSignIns, voidShare,
                    undoShare, quiet, surge, 0);
        }

        /** A typical weekday of a mid-size office, with a few of the manager's adjustments. */
        public static Settings typical() {
            return new Settings(6, 40, 8, 0.25, 0.05, 0.08, true, 0.03, 0.01, false, true, 4);
        }

        /** A busy day: 20 consultants, 500 visits (the benchmark's day). */
        public static Settings busy() {
            return new Settings(20, 500, 60, 0.3, 0.03, 0.05, true, 0.02, 0.005, false, true, 6);
        }

        /** Everyone in before the first visitor, nobody away, no rejections or voids, one visitor at a time. */
        public static Settings quietFair(int consultants, int visits) {
            return new Settings(consultants, visits, 0, 0.2, 0, 0, false, 0, 0, true, false);
        }
    }

    private record Known(String phone, String name) {
    }

    private final Random random;
    /** The manager's own stream, so that adjustments do not reshuffle the rest of a generated day. */
    private final Random manager;
    private final Settings settings;
    private final List<String> consultants;
    private final ChineseNames names;
    private final List<Known> known = new ArrayList<>();
    private final Set<String> phones = new HashSet<>();
    private int refs;

    /** A generator for an office whose consultants are drawn from the seed. */
    public DayGenerator(long seed, Settings settings) {
        this.random = new Random(seed);
        this.manager = new Random(seed * 0x9E3779B97F4A7C15L + 11);
        this.settings = settings;
        this.names = new ChineseNames(random);
        this.consultants = names.distinct(settings.consultants());
    }

    /** The office's consultants, in the generated order. */
    public List<String> consultants() {
        return consultants;
    }

    /** Generates one day on the engine (starting it) and returns its actions in order. */
    public List<Action> day(OfficeEngine engine, LocalDate date) {
        List<Action> out = new ArrayList<>();
        Desk desk = new Desk(engine, out);
        desk.apply(new Action.StartDay(date));
        TreeMap<LocalDateTime, List<Runnable>> agenda = new TreeMap<>();
        planSignIns(date, desk, agenda);
        List<LocalDateTime> arrivals = arrivals(date, settings.visits());
        List<LocalDateTime> calls = arrivals(date, settings.calls());
        for (LocalDateTime t : arrivals) {
            at(agenda, t, () -> desk.arrive(t, Channel.WALK_IN));
        }
        for (LocalDateTime t : calls) {
            at(agenda, t, () -> desk.arrive(t, Channel.PHONE));
        }
        if (settings.surge()) {
            LocalDateTime on = date.atTime(11, 30 + random.nextInt(20));
            at(agenda, on, () -> desk.surge(on, true));
            LocalDateTime off = on.plusMinutes(30 + random.nextInt(40));
            at(agenda, off, () -> desk.surge(off, false));
        }
        for (LocalDateTime t = date.atTime(8, 0); t.isBefore(date.atTime(19, 0)); t = t.plusMinutes(1)) {
            LocalDateTime now = t;
            desk.endDue(now);
            List<Runnable> due = agenda.remove(now);
            if (due != null) {
                due.forEach(Runnable::run);
            }
            desk.awayAndBack(now);
            desk.assignWaiting(now);
            desk.manage(now);
        }
        return out;
    }

    private void planSignIns(LocalDate date, Desk desk, TreeMap<LocalDateTime, List<Runnable>> agenda) {
        for (String c : consultants) {
            LocalDateTime t = settings.lateSignIns() && random.nextInt(8) == 0
                    ? date.atTime(9 + random.nextInt(3), random.nextInt(60))
                    : date.atTime(8, 10 + random.nextInt(25));
            at(agenda, t, () -> desk.apply(new Action.SignIn(t, c, null)));
        }
    }

    private List<LocalDateTime> arrivals(LocalDate date, int n) {
        List<LocalDateTime> out = new ArrayList<>(n);
        int start = 8 * 60 + 40;
        int end = 17 * 60 + 50;
        for (int i = 0; i < n; i++) {
            int minute = settings.quiet() ? start + (int) ((long) i * (end - start) / Math.max(1, n))
                    : start + random.nextInt(end - start);
            out.add(date.atTime(LocalTime.of(minute / 60, minute % 60)));
        }
        out.sort(null);
        return out;
    }

    private static void at(TreeMap<LocalDateTime, List<Runnable>> agenda, LocalDateTime t, Runnable r) {
        agenda.computeIfAbsent(t, k -> new ArrayList<>()).add(r);
    }

    /** The receptionist: applies actions and remembers what is due. */
    private final class Desk {
        private final OfficeEngine engine;
        private final List<Action> out;
        private final Map<String, LocalDateTime> ends = new HashMap<>();
        private final Map<String, LocalDateTime> backs = new HashMap<>();

        Desk(OfficeEngine engine, List<Action> out) {
            this.engine = engine;
            this.out = out;
        }

        void apply(Action a) {
            engine.apply(a);
            out.add(a);
            if (!(a instanceof Action.StartDay) && !(a instanceof Action.Undo) && random.nextDouble() < settings.undoShare()) {
                Action undo = new Action.Undo(a.at());
                engine.apply(undo);
                out.add(undo);
            }
        }

        void surge(LocalDateTime t, boolean on) {
            if (engine.surge() != on) {
                apply(new Action.Surge(t, on));
            }
        }

        void arrive(LocalDateTime t, Channel channel) {
            String ref = (channel == Channel.WALK_IN ? "客" : "电") + (++refs);
            Known who = pickVisitor();
            VisitType type = null;
            String named = null;
            double roll = random.nextDouble();
            List<String> signedIn = signedIn();
            if (!settings.quiet() && roll < 0.04 && !signedIn.isEmpty() && engine.ownerOf(who.phone(), t) == null) {
                type = VisitType.DESIGNATED;
                named = signedIn.get(random.nextInt(signedIn.size()));
            } else if (!settings.quiet() && roll < 0.08 && channel == Channel.WALK_IN) {
                type = VisitType.NON_BUYER;
            }
            int party = 1 + (random.nextInt(3) == 0 ? random.nextInt(4) : 0);
            VisitSource source = channel == Channel.PHONE ? VisitSource.PHONE_INVITATION
                    : VisitSource.values()[random.nextInt(10) < 6 ? 0 : random.nextInt(VisitSource.values().length)];
            Registration reg = new Registration(who.name(), who.phone(), party, source);
            List<Rejection> rejections = rejections(t, channel, ref, reg, type, named);
            apply(new Action.CheckIn(t, channel, ref, reg, type, named, Boolean.TRUE, null, rejections));
            scheduleEnd(ref, t);
            Visit v = engine.visit(ref);
            if (v != null && v.counted() && random.nextDouble() < settings.voidShare()) {
                LocalDateTime when = t.plusMinutes(random.nextInt(3));
                ends.put("void:" + ref, when);
            }
            if (v != null && v.consultant() != null && random.nextDouble() < 0.03) {
                ends.put("deal:" + ref, t.plusMinutes(20 + random.nextInt(30)));
            }
        }

        private List<Rejection> rejections(LocalDateTime t, Channel channel, String ref, Registration reg,
                VisitType type, String named) {
            List<Rejection> rejections = new ArrayList<>();
            if (settings.rejectShare() <= 0 || type != null || random.nextDouble() >= settings.rejectShare()) {
                return rejections;
            }
            for (int i = 0; i < 2; i++) {
                Visit trial = engine.trial(new Action.CheckIn(t, channel, ref, reg, null, null, Boolean.TRUE, null,
                        rejections));
                if (trial.type() != VisitType.NEW || trial.consultant() == null) {
                    break;
                }
                rejections.add(new Rejection(trial.consultant(),
                        random.nextBoolean() ? PassReason.ABSENT : PassReason.DECLINED));
                if (random.nextInt(4) != 0) {
                    break;
                }
            }
            return rejections;
        }

        /** R7 on a waiting visitor: the proposal when they are finally received can be turned down too. */
        private List<Rejection> assignRejections(LocalDateTime t, Visit waiting) {
            List<Rejection> rejections = new ArrayList<>();
            if (waiting.type() != VisitType.NEW || settings.rejectShare() <= 0
                    || random.nextDouble() >= settings.rejectShare()) {
                return rejections;
            }
            Visit trial = engine.trial(new Action.Assign(t, waiting.ref()));
            if (trial.consultant() != null) {
                rejections.add(new Rejection(trial.consultant(),
                        random.nextBoolean() ? PassReason.ABSENT : PassReason.DECLINED));
            }
            return rejections;
        }

        private void scheduleEnd(String ref, LocalDateTime t) {
            Visit v = engine.visit(ref);
            if (v == null || v.channel() != Channel.WALK_IN) {
                return;
            }
            int minutes = settings.quiet() ? 1 + random.nextInt(5) : 8 + random.nextInt(50);
            ends.put(ref, t.plusMinutes(minutes));
        }

        void endDue(LocalDateTime now) {
            List<String> due = new ArrayList<>();
            ends.forEach((ref, t) -> {
                if (!t.isAfter(now)) {
                    due.add(ref);
                }
            });
            due.sort(null);
            for (String key : due) {
                ends.remove(key);
                if (key.startsWith("void:")) {
                    Visit v = engine.visit(key.substring(5));
                    if (v != null && v.counted() && v.state() == VisitState.RECEIVING) {
                        apply(new Action.VoidVisit(now, v.ref(), VoidReason.NON_BUYER));
                    }
                } else if (key.startsWith("deal:")) {
                    Visit v = engine.visit(key.substring(5));
                    if (v != null && v.consultant() != null && !v.incomplete()) {
                        apply(new Action.MarkDeal(now, v.ref()));
                    }
                } else {
                    Visit v = engine.visit(key);
                    if (v != null && (v.state() == VisitState.RECEIVING || v.state() == VisitState.WAITING
                            && random.nextInt(6) == 0)) {
                        apply(new Action.EndVisit(now, key));
                    } else if (v != null && v.state() == VisitState.WAITING) {
                        ends.put(key, now.plusMinutes(15));
                    }
                }
            }
        }

        void awayAndBack(LocalDateTime now) {
            if (settings.awayShare() <= 0) {
                return;
            }
            for (String c : consultants) {
                ConsultantStatus s = engine.status(c);
                boolean away = s == ConsultantStatus.AWAY_BUSINESS || s == ConsultantStatus.AWAY_PRIVATE;
                LocalDateTime back = backs.get(c);
                if (away && back != null && !back.isAfter(now)) {
                    backs.remove(c);
                    apply(new Action.Back(now, c));
                } else if ((s == ConsultantStatus.AVAILABLE || s == ConsultantStatus.RECEIVING)
                        && random.nextDouble() < settings.awayShare() / 60) {
                    apply(new Action.StepAway(now, c, random.nextInt(3) == 0 ? AwayKind.PRIVATE : AwayKind.BUSINESS));
                    backs.put(c, now.plusMinutes(10 + random.nextInt(50)));
                }
            }
        }

        void assignWaiting(LocalDateTime now) {
            for (Visit w : engine.waiting()) {
                boolean anyone = engine.consultants().stream().anyMatch(c -> c.status() == ConsultantStatus.AVAILABLE);
                if (!anyone) {
                    return;
                }
                Proposal next = engine.nextUp(w.group(), w.channel());
                if (next != null || w.type() != VisitType.NEW) {
                    apply(new Action.Assign(now, w.ref(), assignRejections(now, w)));
                }
            }
        }

        /** Now and then the manager adjusts (R23) or a follow-up is recorded (R18), as offices do. */
        void manage(LocalDateTime now) {
            if (settings.adjustments() <= 0) {
                return;
            }
            LocalDateTime reinstate = backs.get("reinstate");
            if (reinstate != null && !reinstate.isAfter(now)) {
                backs.remove("reinstate");
                engine.consultants().stream().filter(c -> c.status() == ConsultantStatus.DISQUALIFIED).findFirst()
                        .ifPresent(c -> apply(new Action.Reinstate(now, c.name(), "经理复核，恢复接待")));
            }
            if (manager.nextDouble() >= settings.adjustments() / 600) {
                return;
            }
            List<String> in = signedIn();
            List<String> list = engine.rotation(null, Channel.WALK_IN).members();
            Channel channel = manager.nextInt(4) == 0 ? Channel.PHONE : Channel.WALK_IN;
            switch (manager.nextInt(9)) {
                case 0 -> {
                    if (!in.isEmpty()) {
                        apply(new Action.GrantCredit(now, pick(in), channel, "系统故障漏排，补发一次"));
                    }
                }
                case 1 -> in.stream().filter(c -> !engine.credits(c, null, channel).isEmpty()).findFirst()
                        .ifPresent(c -> apply(new Action.TakeCredit(now, c, channel, "补接发错，收回")));
                case 2 -> {
                    if (!list.isEmpty()) {
                        apply(new Action.MovePointer(now, null, Channel.WALK_IN, pick(list), "经理调整轮次位置"));
                    }
                }
                case 3 -> {
                    List<Visit> waiting = engine.waiting();
                    if (!waiting.isEmpty() && !in.isEmpty()) {
                        apply(new Action.AssignTo(now, waiting.getFirst().ref(), pick(in), manager.nextBoolean(),
                                "客户指定，经理同意"));
                    }
                }
                case 4 -> {
                    if (in.size() > 2 && !backs.containsKey("reinstate")) {
                        apply(new Action.Disqualify(now, pick(in), "当班违规，停岗"));
                        if (manager.nextBoolean()) {
                            backs.put("reinstate", now.plusMinutes(30 + manager.nextInt(60)));
                        }
                    }
                }
                case 5 -> {
                    if (list.size() > 1) {
                        List<String> order = new ArrayList<>(list);
                        java.util.Collections.shuffle(order, manager);
                        apply(new Action.Reorder(now, null, Channel.WALK_IN, order, "按上月业绩重排"));
                    }
                }
                case 6 -> {
                    // R28: a typo noticed later; now and then the phone was another client's
                    List<Visit> received = engine.visits().stream().filter(v -> v.consultant() != null).toList();
                    if (!received.isEmpty()) {
                        Visit v = received.get(manager.nextInt(received.size()));
                        String phone = manager.nextBoolean() ? null
                                : manager.nextInt(3) == 0 && !known.isEmpty()
                                        ? known.get(manager.nextInt(known.size())).phone() : freshPhone();
                        if (phone != null && phone.equals(v.registration().phone())) {
                            phone = null;
                        }
                        String name = manager.nextInt(3) == 0 ? known.get(manager.nextInt(known.size())).name() : null;
                        if (name != null && name.equals(v.registration().name())) {
                            name = null;
                        }
                        Integer party = phone == null && name == null ? v.registration().party() % 4 + 1 : null;
                        apply(new Action.Correct(now, v.ref(), name, phone, party, null, null, "录入有误，更正"));
                    }
                }
                case 7 -> {
                    // R26: one client moved, to a colleague or to the pool
                    List<Known> owned = known.stream().filter(k -> engine.ownerOf(k.phone(), now) != null
                            && !engine.client(k.phone()).deal()).toList();
                    if (!owned.isEmpty() && !in.isEmpty()) {
                        Known k = owned.get(manager.nextInt(owned.size()));
                        apply(new Action.Transfer(now, k.phone(), manager.nextInt(4) == 0 ? null : pick(in), false,
                                "客户要求更换顾问"));
                    }
                }
                default -> known.stream().filter(k -> engine.ownerOf(k.phone(), now) != null).findFirst()
                        .ifPresent(k -> apply(new Action.FollowUp(now, k.phone())));
            }
        }

        private String pick(List<String> from) {
            return from.get(manager.nextInt(from.size()));
        }

        private List<String> signedIn() {
            List<String> out = new ArrayList<>();
            for (String c : consultants) {
                ConsultantStatus s = engine.status(c);
                if (s != ConsultantStatus.SIGNED_OUT && s != ConsultantStatus.DISQUALIFIED) {
                    out.add(c);
                }
            }
            return out;
        }
    }

    private Known pickVisitor() {
        if (!known.isEmpty() && random.nextDouble() < settings.returningShare()) {
            return known.get(random.nextInt(known.size()));
        }
        String phone;
        do {
            phone = "13" + (random.nextInt(10)) + String.format("%08d", random.nextInt(100_000_000));
        } while (!phones.add(phone));
        Known k = new Known(phone, names.next());
        known.add(k);
        return k;
    }

    /** A phone nobody has used yet, from the manager's stream (a correction's right number). */
    private String freshPhone() {
        String phone;
        do {
            phone = "15" + manager.nextInt(10) + String.format("%08d", manager.nextInt(100_000_000));
        } while (!phones.add(phone));
        return phone;
    }
}
