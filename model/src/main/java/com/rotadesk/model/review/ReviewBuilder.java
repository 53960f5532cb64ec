package com.rotadesk.model.review;

import com.rotadesk.model.Channel;
import com.rotadesk.model.Event;
import com.rotadesk.model.PassReason;
import com.rotadesk.model.RotationWindow;
import com.rotadesk.model.Visit;
import com.rotadesk.model.VisitType;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts the month in review day by day: give it each played day of the range in date order, then ask for the
 * {@link Review}. Every figure is read off what the engine recorded (events and the visits as they stand), so a
 * rule is never worked out twice. Not thread-safe.
 */
public final class ReviewBuilder {
    /** Days replayed side by side at once. */
    private static final int SLICE = 8;
    private final LocalDate from;
    private final LocalDate to;
    private final Map<String, Tally> tallies = new LinkedHashMap<>();
    private final List<String> rosterOrder = new ArrayList<>();
    private final List<DayFigures> days = new ArrayList<>();
    private final List<SurgePeriod> surges = new ArrayList<>();
    private final ArrivalsHeatMap.Builder arrivals = new ArrivalsHeatMap.Builder();
    /** Deals of the range as phone and dealing consultant. */
    private final Set<String> deals = new HashSet<>();
    private LocalDate last;

    /** A review of the days from {@code from} to {@code to}, both included. */
    public ReviewBuilder(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException(to + " is before " + from);
        }
        this.from = from;
        this.to = to;
    }

    /** Counts one more day; days come in date order, each once, within the range. */
    public ReviewBuilder add(PlayedDay day) {
        LocalDate date = day.date();
        if (date.isBefore(from) || date.isAfter(to)) {
            throw new IllegalArgumentException(date + " is outside " + from + ".." + to);
        }
        if (last != null && !date.isAfter(last)) {
            throw new IllegalArgumentException(date + " does not follow " + last);
        }
        last = date;
        arrivals.day(date.getDayOfWeek());
        Map<String, int[]> turnsToday = new HashMap<>();
        int walkIns = 0;
        int calls = 0;
        for (Visit v : day.visits()) {
            arrivals.arrival(v.channel(), v.arrival());
            if (v.channel() == Channel.WALK_IN) {
                walkIns++;
            } else {
                calls++;
            }
            if (v.consultant() == null) {
                continue;
            }
            Tally t = tally(v.consultant());
            if (v.counted()) {
                turnsToday.computeIfAbsent(v.consultant(), k -> new int[2])[v.channel().ordinal()]++;
                if (v.channel() == Channel.WALK_IN) {
                    t.walkInTurns++;
                    if (v.walks()) {
                        t.countedNew++;
                    }
                } else {
                    t.phoneTurns++;
                }
                if (v.makeUp()) {
                    t.makeUps++;
                }
            } else {
                t.uncounted.merge(v.type(), 1, Integer::sum);
            }
            if (v.voided() != null) {
                t.voided++;
            }
            if (v.standIn()) {
                t.standIns++;
            }
            if (v.ownershipCreated() && v.registration().phone() != null) {
                t.registered.add(v.registration().phone());
            }
        }
        Map<String, LocalDateTime> signedInAt = new HashMap<>();
        Set<String> wholeWindow = new HashSet<>();
        // the window as the rotation used it: from the day's first counted turn to its last, within the policy's
        // window (R5); a consultant who was there from the first turn to the last had every chance the others had
        RotationWindow window = day.policy().window();
        LocalDateTime start = date.atTime(window.start());
        LocalDateTime end = date.atTime(window.end());
        LocalDateTime firstTurn = null;
        LocalDateTime lastTurn = null;
        for (Visit v : day.visits()) {
            if (v.counted() && v.receivedAt() != null) {
                firstTurn = firstTurn == null || v.receivedAt().isBefore(firstTurn) ? v.receivedAt() : firstTurn;
                lastTurn = lastTurn == null || v.receivedAt().isAfter(lastTurn) ? v.receivedAt() : lastTurn;
            }
        }
        if (firstTurn != null) {
            start = firstTurn.isAfter(start) ? firstTurn : start;
            end = lastTurn.isBefore(end) ? lastTurn : end;
        }
        LocalDateTime from = start;
        LocalDateTime until = end;
        LocalTime surgeFrom = null;
        for (var e : day.events()) {
            switch (e) {
                case Event.SignedIn s -> {
                    tally(s.consultant()).days.add(date);
                    signedInAt.put(s.consultant(), s.at());
                }
                case Event.SignedOut s -> {
                    LocalDateTime in = signedInAt.remove(s.consultant());
                    if (in != null && !in.isAfter(from) && !s.at().isBefore(until)) {
                        wholeWindow.add(s.consultant());
                    }
                }
                case Event.CreditGranted g -> {
                    Tally t = tally(g.consultant());
                    switch (g.origin()) {
                        case PASS -> t.creditsFromPasses++;
                        case REFUND -> t.creditsRefunded++;
                        case MANUAL -> t.creditsGranted++;
                    }
                }
                case Event.Passed p -> {
                    Tally t = tally(p.consultant());
                    switch (p.outcome()) {
                        case KEEP -> t.passesKept++;
                        case FORFEIT -> t.passesForfeited++;
                        case FORFEIT_AT_CAP -> t.passesAtCap++;
                        case DISQUALIFY -> t.passesDisqualified++;
                    }
                }
                case Event.ViolationRecorded v -> {
                    Tally t = tally(v.consultant());
                    t.violations++;
                    if (v.reason() == PassReason.DECLINED) {
                        t.declines++;
                    }
                }
                case Event.Disqualified d -> tally(d.consultant()).disqualifications++;
                case Event.DealMarked d -> {
                    tally(d.consultant()).deals++;
                    deals.add(d.phone() + "\u0000" + d.consultant());
                }
                case Event.SurgeSwitched s -> {
                    if (s.on()) {
                        surgeFrom = s.at().toLocalTime();
                    } else if (surgeFrom != null) {
                        surges.add(surge(day, surgeFrom, s.at().toLocalTime()));
                        surgeFrom = null;
                    }
                }
                default -> {
                    // the other events change nothing counted here
                }
            }
        }
        // the end of the day signs everyone out (R1): still signed in, they were in until the window closed
        signedInAt.forEach((name, in) -> {
            if (!in.isAfter(from)) {
                wholeWindow.add(name);
            }
        });
        if (surgeFrom != null) {
            surges.add(surge(day, surgeFrom, null));
        }
        for (String name : day.roster()) {
            if (!rosterOrder.contains(name)) {
                rosterOrder.add(name);
            }
        }
        int countedWalkIn = 0;
        int countedPhone = 0;
        for (int[] t : turnsToday.values()) {
            countedWalkIn += t[0];
            countedPhone += t[1];
        }
        days.add(new DayFigures(date, walkIns, calls, countedWalkIn, countedPhone, wholeWindow.size(),
                spread(wholeWindow, turnsToday, Channel.WALK_IN), spread(wholeWindow, turnsToday, Channel.PHONE)));
        return this;
    }

    /**
     * Replays and counts the next days (in date order): the replays run side by side on the common pool (each day
     * replays from its own opening), the counting in order.
     */
    public ReviewBuilder addAll(List<RecordedDay> recorded) {
        // a slice at a time, so that a year is never held in memory whole
        for (int from = 0; from < recorded.size(); from += SLICE) {
            recorded.subList(from, Math.min(recorded.size(), from + SLICE)).parallelStream().map(DayReplay::play)
                    .toList().forEach(this::add);
        }
        return this;
    }

    private static Integer spread(Set<String> wholeWindow, Map<String, int[]> turns, Channel channel) {
        if (wholeWindow.size() < 2) {
            return null;
        }
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (String name : wholeWindow) {
            int[] t = turns.get(name);
            int n = t == null ? 0 : t[channel.ordinal()];
            min = Math.min(min, n);
            max = Math.max(max, n);
        }
        return max - min;
    }

    private static SurgePeriod surge(PlayedDay day, LocalTime from, LocalTime to) {
        int walkIns = 0;
        for (Visit v : day.visits()) {
            LocalTime t = v.arrival().toLocalTime();
            if (v.channel() == Channel.WALK_IN && !t.isBefore(from) && (to == null || t.isBefore(to))) {
                walkIns++;
            }
        }
        return new SurgePeriod(day.date(), from, to, walkIns);
    }

    private Tally tally(String consultant) {
        return tallies.computeIfAbsent(consultant, k -> new Tally());
    }

    /** The review of the days added so far. */
    public Review build() {
        List<String> order = new ArrayList<>();
        for (String name : rosterOrder) {
            if (tallies.containsKey(name)) {
                order.add(name);
            }
        }
        for (String name : tallies.keySet()) {
            if (!order.contains(name)) {
                order.add(name);
            }
        }
        List<ConsultantFigures> figures = new ArrayList<>();
        for (String name : order) {
            Tally t = tallies.get(name);
            int converted = 0;
            for (String phone : t.registered) {
                if (deals.contains(phone + "\u0000" + name)) {
                    converted++;
                }
            }
            figures.add(new ConsultantFigures(name, t.days.size(), t.walkInTurns, t.phoneTurns, t.makeUps,
                    t.creditsFromPasses, t.creditsRefunded, t.creditsGranted, t.passesKept, t.passesForfeited,
                    t.passesAtCap, t.passesDisqualified, t.violations, t.declines, t.disqualifications, t.uncounted,
                    t.voided, t.standIns, t.deals, t.registered.size(), converted, t.countedNew));
        }
        return new Review(from, to, figures, days, arrivals.build(), surges);
    }

    /** One consultant's counts so far. */
    private static final class Tally {
        final Set<LocalDate> days = new HashSet<>();
        int walkInTurns;
        int phoneTurns;
        int makeUps;
        int countedNew;
        int creditsFromPasses;
        int creditsRefunded;
        int creditsGranted;
        int passesKept;
        int passesForfeited;
        int passesAtCap;
        int passesDisqualified;
        int violations;
        int declines;
        int disqualifications;
        final Map<VisitType, Integer> uncounted = new EnumMap<>(VisitType.class);
        int voided;
        int standIns;
        int deals;
        final Set<String> registered = new HashSet<>();
    }
}
