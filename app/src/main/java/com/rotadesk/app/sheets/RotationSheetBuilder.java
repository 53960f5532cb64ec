package com.rotadesk.app.sheets;

import com.rotadesk.model.Channel;
import com.rotadesk.model.ConsultantStatus;
import com.rotadesk.model.Event;
import com.rotadesk.model.PassOutcome;
import com.rotadesk.model.Visit;
import com.rotadesk.model.VisitType;
import com.rotadesk.model.engine.OfficeEngine;
import com.rotadesk.model.engine.RotationView;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds the rotation sheet from the day's events: the grid is the history, the totals are the engine's. */
public final class RotationSheetBuilder {

    /** A grid mark still open to change: a later void turns a turn into {@link RotationSheet.Kind#VOIDED}. */
    private static final class Pending {
        final String ref;
        final String consultant;
        final String group;
        final Channel channel;
        final int round;
        final LocalTime time;
        RotationSheet.Kind kind;

        Pending(String ref, String consultant, String group, Channel channel, int round, LocalTime time,
                RotationSheet.Kind kind) {
            this.ref = ref;
            this.consultant = consultant;
            this.group = group;
            this.channel = channel;
            this.round = round;
            this.time = time;
            this.kind = kind;
        }
    }

    /** The sheet of the engine's current day. */
    public RotationSheet build(OfficeEngine engine) {
        var date = SheetDay.of(engine);
        List<Event> events = engine.events();
        List<Pending> marks = marks(events);
        Map<String, LocalDateTime> firstIn = new HashMap<>();
        // every sign-in and sign-out, not only the first and the last: one who left at noon and came back shows both
        Map<String, List<RotationSheet.Presence>> presence = new HashMap<>();
        Map<String, String> groupOf = new LinkedHashMap<>();
        List<RotationSheet.AdjustmentLine> adjustments = new ArrayList<>();
        for (Event e : events) {
            switch (e) {
                case Event.SignedIn s -> {
                    firstIn.putIfAbsent(s.consultant(), s.at());
                    presence.computeIfAbsent(s.consultant(), k -> new ArrayList<>())
                            .add(new RotationSheet.Presence(s.at().toLocalTime(), null));
                    groupOf.putIfAbsent(s.consultant(), s.group());
                }
                case Event.SignedOut s -> {
                    List<RotationSheet.Presence> spells = presence.get(s.consultant());
                    if (spells != null && !spells.isEmpty() && spells.getLast().out() == null) {
                        spells.set(spells.size() - 1, new RotationSheet.Presence(spells.getLast().in(),
                                s.at().toLocalTime()));
                    }
                }
                case Event.Adjusted a -> adjustments.add(
                        new RotationSheet.AdjustmentLine(a.at().toLocalTime(), a.adjustment()));
                default -> {
                }
            }
        }
        List<RotationSheet.Block> blocks = new ArrayList<>();
        for (String group : engine.groups()) {
            for (Channel channel : Channel.values()) {
                RotationSheet.Block block = block(engine, group, channel, events, marks, groupOf, firstIn, presence);
                // A channel nobody used (no call all day) would only waste paper; the walk-in list always prints.
                if (channel == Channel.WALK_IN || block.rounds() > 0 || hasUncounted(block)) {
                    blocks.add(block);
                }
            }
        }
        return new RotationSheet(date, SheetDay.office(engine), engine.policy().window(), blocks, adjustments);
    }

    private static boolean hasUncounted(RotationSheet.Block block) {
        return block.lines().stream().anyMatch(l -> l.uncountedTotal() > 0);
    }

    private RotationSheet.Block block(OfficeEngine engine, String group, Channel channel, List<Event> events,
            List<Pending> marks, Map<String, String> groupOf, Map<String, LocalDateTime> firstIn,
            Map<String, List<RotationSheet.Presence>> presence) {
        RotationView view = engine.rotation(group, channel);
        // The list as it stands, then whoever left it during the day (signed out, disqualified) by first sign-in:
        // the engine keeps no list of the departed, and their rows still carry the day's turns.
        Set<String> who = new LinkedHashSet<>(view.members());
        List<String> departed = new ArrayList<>();
        groupOf.forEach((c, g) -> {
            if (group.equals(g) && !who.contains(c)) {
                departed.add(c);
            }
        });
        for (Pending p : marks) {
            if (p.group.equals(group) && p.channel == channel && !who.contains(p.consultant)
                    && !departed.contains(p.consultant)) {
                departed.add(p.consultant);
            }
        }
        departed.sort((a, b) -> compareTimes(firstIn.get(a), firstIn.get(b)));
        who.addAll(departed);

        int rounds = marks.stream().filter(p -> p.group.equals(group) && p.channel == channel)
                .mapToInt(p -> p.round).max().orElse(0);
        Map<String, Integer> violations = new HashMap<>();
        for (Event e : events) {
            if (e instanceof Event.ViolationRecorded v && v.group().equals(group) && v.channel() == channel) {
                violations.merge(v.consultant(), 1, Integer::sum);
            }
        }
        Map<String, Map<VisitType, Integer>> uncounted = new HashMap<>();
        for (Visit v : engine.visits()) {
            if (v.channel() == channel && group.equals(v.group()) && v.consultant() != null && !v.counted()) {
                uncounted.computeIfAbsent(v.consultant(), k -> new EnumMap<>(VisitType.class))
                        .merge(v.type(), 1, Integer::sum);
            }
        }
        List<RotationSheet.Line> lines = new ArrayList<>();
        int position = 0;
        for (String c : who) {
            position++;
            List<List<RotationSheet.Mark>> grid = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                grid.add(new ArrayList<>());
            }
            for (Pending p : marks) {
                if (p.consultant.equals(c) && p.group.equals(group) && p.channel == channel) {
                    grid.get(p.round - 1).add(new RotationSheet.Mark(p.kind, p.time));
                }
            }
            lines.add(new RotationSheet.Line(position, c, presence.getOrDefault(c, List.of()), view.members().contains(c),
                    engine.status(c) == ConsultantStatus.DISQUALIFIED, grid, engine.turns(c, group, channel),
                    uncounted.getOrDefault(c, Map.of()), engine.credits(c, group, channel).size(),
                    violations.getOrDefault(c, 0)));
        }
        return new RotationSheet.Block(group, channel, rounds, lines);
    }

    private static int compareTimes(LocalDateTime a, LocalDateTime b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        return a.compareTo(b);
    }

    /** Every grid mark of the day, across rotations, in event order. */
    private static List<Pending> marks(List<Event> events) {
        List<Pending> out = new ArrayList<>();
        for (Event e : events) {
            switch (e) {
                case Event.Received r when r.counted() -> out.add(new Pending(r.ref(), r.consultant(), r.group(),
                        r.channel(), roundServed(r), r.at().toLocalTime(),
                        r.makeUp() ? RotationSheet.Kind.MAKE_UP : RotationSheet.Kind.TURN));
                case Event.Passed p -> out.add(new Pending(p.ref(),
                        p.consultant(), p.group(), p.channel(), p.round(), p.at().toLocalTime(),
                        p.outcome() == PassOutcome.KEEP ? RotationSheet.Kind.PASS_KEEP : RotationSheet.Kind.FORFEIT));
                case Event.Voided v -> {
                    for (int i = out.size() - 1; i >= 0; i--) {
                        Pending p = out.get(i);
                        if (p.ref.equals(v.ref()) && p.kind != RotationSheet.Kind.PASS_KEEP
                                && p.kind != RotationSheet.Kind.FORFEIT) {
                            p.kind = RotationSheet.Kind.VOIDED;
                            break;
                        }
                    }
                }
                default -> {
                }
            }
        }
        return out;
    }

    /** The round a counted turn belongs to, as the engine decided it (the round served, R7). */
    private static int roundServed(Event.Received r) {
        return Math.max(r.round(), 1);
    }
}
