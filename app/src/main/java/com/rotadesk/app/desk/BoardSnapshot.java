package com.rotadesk.app.desk;

import com.rotadesk.model.Action;
import com.rotadesk.model.AssignmentReason;
import com.rotadesk.model.Channel;
import com.rotadesk.model.ConsultantStatus;
import com.rotadesk.model.Credit;
import com.rotadesk.model.RotationWindow;
import com.rotadesk.model.Visit;
import com.rotadesk.model.VisitState;
import com.rotadesk.model.engine.ConsultantView;
import com.rotadesk.model.engine.OfficeEngine;
import com.rotadesk.model.engine.Proposal;
import com.rotadesk.model.engine.RotationView;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the board shows, copied from the engine on the store's thread, so the FX thread never touches
 * the engine while an action is being confirmed.
 */
public record BoardSnapshot(LocalDate date, String office, List<String> groups, Map<String, Lane> lanes,
        List<Visit> visits, List<Visit> waiting, List<Action> undoable, boolean surge,
        List<ConsultantView> everyone, List<String> roster, RotationWindow window,
        java.util.function.Predicate<LocalDateTime> counting) {

    /**
     * One consultant card.
     *
     * @param receptions the consultant's open receptions, oldest first (R11 lets an owner receive two at once)
     */
    public record Card(String name, ConsultantStatus status, List<Reception> receptions, int turns, int credits,
            LocalDateTime oldestCredit, int violations) {
        /** Copies the receptions. */
        public Card {
            receptions = List.copyOf(receptions);
        }
    }

    /** One open reception on a card: whom, since when, and the visit's handle (F4 ends it). */
    public record Reception(String ref, String visitor, LocalDateTime since) {
    }

    /**
     * One group on one channel: the list, the pointer and who is next.
     *
     * @param cards   the list in order (what the pointer walks)
     * @param offList consultants no longer in the list (signed out, disqualified) whose receptions are still open:
     *                their visitors have not left, so the board keeps them in view until F4
     */
    public record Lane(String group, Channel channel, List<Card> cards, int pointer, int round, Proposal next,
            List<Card> offList) {
    }

    /** The key of a lane in {@link #lanes}. */
    public static String key(String group, Channel channel) {
        return group + "/" + channel.code();
    }

    /** Copies the board from the engine. */
    public static BoardSnapshot of(OfficeEngine engine) {
        if (engine.date() == null) {
            return new BoardSnapshot(null, engine.profile() == null ? "" : engine.profile().name(), List.of(),
                    Map.of(), List.of(), List.of(), List.of(), false, List.of(), roster(engine),
                    engine.policy().window(), engine.countingHours());
        }
        List<Visit> visits = engine.visits();
        List<String> groups = new ArrayList<>();
        if (engine.profile() != null) {
            engine.profile().groups().forEach(g -> groups.add(g.name()));
        }
        engine.groups().forEach(g -> {
            if (!groups.contains(g)) {
                groups.add(g);
            }
        });
        if (groups.isEmpty()) {
            groups.add(engine.defaultGroup());
        }
        Map<String, Lane> lanes = new LinkedHashMap<>();
        for (String g : groups) {
            for (Channel ch : Channel.values()) {
                RotationView r = engine.rotation(g, ch);
                List<Card> cards = new ArrayList<>();
                for (String name : r.members()) {
                    cards.add(card(engine, name, g, ch, visits));
                }
                List<Card> offList = new ArrayList<>();
                for (ConsultantView c : engine.consultants()) {
                    if (c.openReceptions() > 0 && !r.members().contains(c.name()) && g.equals(c.group())) {
                        offList.add(card(engine, c.name(), g, ch, visits));
                    }
                }
                lanes.put(key(g, ch), new Lane(g, ch, cards, r.pointer(), r.round(), engine.nextUp(g, ch), offList));
            }
        }
        List<Action> undoable = engine.undoable();
        return new BoardSnapshot(engine.date(), engine.profile() == null ? "" : engine.profile().name(), groups,
                lanes, visits, engine.waiting(), undoable.subList(Math.max(0, undoable.size() - 8), undoable.size()),
                engine.surge(), engine.consultants(), roster(engine), engine.policy().window(), engine.countingHours());
    }

    private static Card card(OfficeEngine engine, String name, String group, Channel channel, List<Visit> visits) {
        List<Credit> credits = engine.credits(name, group, channel);
        return new Card(name, engine.status(name), receptions(name, visits), engine.turns(name, group, channel),
                credits.size(),
                credits.isEmpty() ? null : credits.getFirst().since(), engine.violations(name));
    }

    /** A visit of today by its handle, or null. */
    public Visit visit(String ref) {
        return visits.stream().filter(v -> v.ref().equals(ref)).findFirst().orElse(null);
    }

    /** The consultant's open receptions, oldest first, whichever lane shows them. */
    public List<Reception> receptionsOf(String consultant) {
        return receptions(consultant, visits);
    }

    private static List<Reception> receptions(String consultant, List<Visit> visits) {
        return visits.stream().filter(v -> consultant.equals(v.consultant()) && v.state() == VisitState.RECEIVING)
                .sorted(java.util.Comparator.comparing(Visit::receivedAt))
                .map(v -> new Reception(v.ref(), displayName(v), v.receivedAt())).toList();
    }

    /** Everyone who could sign in: the office's consultants in the manager's order, then anyone else seen today. */
    private static List<String> roster(OfficeEngine engine) {
        List<String> names = new ArrayList<>();
        if (engine.profile() != null) {
            names.addAll(engine.profile().consultants());
        }
        if (engine.date() != null) {
            engine.consultants().forEach(c -> {
                if (!names.contains(c.name())) {
                    names.add(c.name());
                }
            });
        }
        return List.copyOf(names);
    }

    /** A consultant's status today ({@code SIGNED_OUT} when not seen). */
    public ConsultantStatus statusOf(String consultant) {
        return everyone.stream().filter(c -> c.name().equals(consultant)).findFirst().map(ConsultantView::status)
                .orElse(ConsultantStatus.SIGNED_OUT);
    }

    /** The visitor's name as the desk shows it; erased visitors have none. */
    public static String displayName(Visit v) {
        String n = v.registration().name();
        return n == null || n.startsWith("@") ? "—" : n;
    }

    /** Whether the reason is a make-up (for highlighting). */
    public static boolean makeUp(AssignmentReason r) {
        return r instanceof AssignmentReason.MakeUp;
    }
}
