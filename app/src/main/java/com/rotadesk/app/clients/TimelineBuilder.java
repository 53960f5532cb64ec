package com.rotadesk.app.clients;

import com.rotadesk.app.clients.ClientTimeline.Kind;
import com.rotadesk.app.clients.ClientTimeline.Line;
import com.rotadesk.app.clients.ClientTimeline.Rule;
import com.rotadesk.model.Action;
import com.rotadesk.model.AssignmentReason;
import com.rotadesk.model.Channel;
import com.rotadesk.model.Client;
import com.rotadesk.model.ClientStanding;
import com.rotadesk.model.Event;
import com.rotadesk.model.Phones;
import com.rotadesk.model.Registration;
import com.rotadesk.persistence.DayEntry;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes a client's timeline (R30) from the journal entries of the days the client appears in, as their replay gave
 * them: each line is an entry's events about the phone, named by the rule the event carries (a {@link
 * Event.OwnershipGained} is R17's first registration, a {@link AssignmentReason.Owner} R18's protection). Nothing is
 * worked out again except where the client stood between entries, which {@link ClientStanding} says (R18's lapse).
 */
public final class TimelineBuilder {
    private final String phone;
    private final List<Line> lines = new ArrayList<>();
    /** The client as the events left it. */
    private Client current;
    /** The client was owned after the last line (so a lapse can follow). */
    private boolean owned;
    private LocalDate day;
    /** The phone each of the day's visits was registered with (a correction moves it). */
    private final Map<String, String> phones = new HashMap<>();
    /** The day's visits as registered. */
    private final Map<String, Event.Registered> registered = new HashMap<>();
    /** The client before each of the day's standing actions, newest last: an undo puts the last one back (R24). */
    private final Deque<Client> beforeEach = new ArrayDeque<>();

    /** The corrections made days later that still stand, by the day and the visit they correct (R28). */
    private final Map<LocalDate, Map<Event.VisitKey, Event.CorrectedEarlier>> correctedLater;

    /** A builder for the client of this phone (any spelling; its digits are what counts). */
    public TimelineBuilder(String phone) {
        this(phone, Map.of());
    }

    /**
     * The same, knowing the corrections of earlier days ({@link #correctedLater}): a visit registered with another
     * phone and corrected to this one days later is the client's visit, and one corrected away says so.
     */
    public TimelineBuilder(String phone, Map<LocalDate, Map<Event.VisitKey, Event.CorrectedEarlier>> correctedLater) {
        this.phone = Phones.normalise(phone);
        this.correctedLater = correctedLater;
    }

    /**
     * The corrections of earlier days among {@code entries} that were not undone, the newest of each visit, by the
     * day and the visit they correct.
     */
    public static Map<LocalDate, Map<Event.VisitKey, Event.CorrectedEarlier>> correctedLater(
            Iterable<DayEntry> entries) {
        List<Event.CorrectedEarlier> standing = new ArrayList<>();
        for (DayEntry entry : entries) {
            for (Event e : entry.events()) {
                switch (e) {
                    case Event.CorrectedEarlier c -> standing.add(c);
                    case Event.Undone u -> standing.removeAll(u.undone());
                    default -> {
                    }
                }
            }
        }
        Map<LocalDate, Map<Event.VisitKey, Event.CorrectedEarlier>> out = new HashMap<>();
        for (Event.CorrectedEarlier c : standing) {
            out.computeIfAbsent(c.day(), d -> new HashMap<>()).put(new Event.VisitKey(c.channel(), c.number()), c);
        }
        return out;
    }

    /** Reads the next entry (entries in journal order, day after day). */
    public TimelineBuilder add(DayEntry entry) {
        LocalDate date = entry.at().toLocalDate();
        if (!date.equals(day)) {
            day = date;
            phones.clear();
            registered.clear();
            beforeEach.clear();
        }
        Client before = current;
        List<Line> made = lines(entry, before);
        if (!(entry.action() instanceof Action.Undo)) {
            beforeEach.push(before == null ? NONE : before);
        }
        if (!made.isEmpty()) {
            lapse(entry.at(), entry.protectionDays(), before);
            lines.addAll(made);
            // whether a lapse can follow is asked only after the client's own lines: the other entries of the day
            // come after its protection ran out, and the lapse is shown at the next line that is the client's
            owned = current != null && ClientStanding.of(current, entry.at(), entry.protectionDays()).owner() != null;
        }
        return this;
    }

    /** The lines so far, with a last lapse up to {@code now} under the protection period in force now. */
    public List<Line> lines(LocalDateTime now, int protectionDays) {
        lapse(now, protectionDays, current);
        List<Line> out = List.copyOf(lines);
        return out;
    }

    /** The client as the entries left it (null when none). */
    public Client client() {
        return current;
    }

    /** Stands for "no client" in the undo stack (which takes no nulls). */
    private static final Client NONE = new Client("", "", List.of(), null, LocalDateTime.MIN, false, null);

    /** R18: a protected client whose protection ran out before {@code at} became public on that day. */
    private void lapse(LocalDateTime at, int protectionDays, Client client) {
        if (!owned || client == null || client.pooled() != null) {
            return;
        }
        ClientStanding s = ClientStanding.of(client, at, protectionDays);
        if (s.owner() == null && s.publicSince() != null && !s.publicSince().isAfter(at)) {
            lines.add(new Line(s.publicSince(), Kind.LAPSE, client.owner(), null,
                    List.of(Rule.of("R18", "lapsed", s.publicSince())), 0));
            owned = false;
        }
    }

    private List<Line> lines(DayEntry entry, Client before) {
        List<Line> out = new ArrayList<>();
        Open line = null;
        for (Event e : entry.events()) {
            switch (e) {
                case Event.Registered r -> {
                    Event.VisitKey key = new Event.VisitKey(r.channel(), r.number());
                    Event.CorrectedEarlier later = correctedLater.getOrDefault(day, Map.of()).get(key);
                    Registration shown = later == null ? r.registration() : later.after();
                    boolean correctedHere = later != null && phone.equals(shown.phone());
                    if (phone.equals(r.registration().phone()) || correctedHere) {
                        phones.put(r.ref(), phone);
                        registered.put(r.ref(), r);
                        line = open(line, r.at(), r.channel() == Channel.PHONE ? Kind.CALL : Kind.VISIT, entry);
                        line.detail = new ClientTimeline.VisitDetail(r.type(), shown.name(), false, false, key);
                        if (later != null) {
                            line.rules.add(Rule.of("R28", correctedHere ? "correctedLater" : "correctedAway",
                                    later.at().toLocalDate()));
                        }
                        if (correctedHere ? later.householdConflict() : r.householdConflict()) {
                            line.rules.add(Rule.of("R20", "householdConflict"));
                        }
                        if (!shown.complete()) {
                            line.rules.add(Rule.of("R16", "incomplete"));
                        }
                    } else {
                        phones.remove(r.ref());
                    }
                }
                case Event.Received r when ours(r.ref()) -> {
                    line = open(line, r.at(), Kind.RECEIVED, entry);
                    line.consultant = r.consultant();
                    if (line.detail instanceof ClientTimeline.VisitDetail v) {
                        line.detail = new ClientTimeline.VisitDetail(v.type(), v.name(), r.counted(), true, v.visit());
                    } else {
                        Event.Registered reg = registered.get(r.ref());
                        line.detail = new ClientTimeline.VisitDetail(reg == null ? null : reg.type(),
                                reg == null ? null : reg.registration().name(), r.counted(), true,
                                reg == null ? null : new Event.VisitKey(reg.channel(), reg.number()));
                    }
                    line.rules.add(reason(r.reason()));
                    if (r.outsideWindow()) {
                        line.rules.add(Rule.of("R5", "outsideWindow"));
                    }
                }
                case Event.Waiting w when ours(w.ref()) -> {
                    line = open(line, w.at(), Kind.WAITING, entry);
                    line.rules.add(Rule.of("R9", "waiting"));
                }
                case Event.Voided v when ours(v.ref()) -> {
                    line = open(line, v.at(), Kind.VOID, entry);
                    line.detail = new ClientTimeline.VoidDetail(v.reason());
                    line.rules.add(Rule.of("R14", "voided"));
                }
                case Event.Corrected c when phone.equals(c.before().phone()) || phone.equals(c.after().phone()) -> {
                    line = open(line, c.at(), Kind.CORRECTION, entry);
                    line.detail = new ClientTimeline.CorrectionDetail(c.before().name(), c.after().name(),
                            c.before().phone(), c.after().phone(), c.reason());
                    line.rules.add(Rule.of("R28", "corrected"));
                    if (c.householdConflict() && phone.equals(c.after().phone())) {
                        line.rules.add(Rule.of("R20", "householdConflict"));
                    }
                    if (phone.equals(c.after().phone())) {
                        phones.put(c.ref(), phone);
                    } else {
                        phones.remove(c.ref());
                    }
                }
                case Event.CorrectedEarlier c when phone.equals(c.before().phone())
                        || phone.equals(c.after().phone()) -> {
                    line = open(line, c.at(), Kind.CORRECTION, entry);
                    line.consultant = c.consultant();
                    line.detail = new ClientTimeline.CorrectionDetail(c.before().name(), c.after().name(),
                            c.before().phone(), c.after().phone(), c.reason());
                    line.rules.add(Rule.of("R28", "correctedEarlier", c.day(), c.number()));
                    if (c.householdConflict() && phone.equals(c.after().phone())) {
                        line.rules.add(Rule.of("R20", "householdConflict"));
                    }
                    if (c.belongsTo() != null && phone.equals(c.after().phone())) {
                        line.rules.add(Rule.of("R17", "correctedBelongsTo", c.belongsTo()));
                    }
                }
                case Event.ImportedRow r when phone.equals(r.phone()) -> {
                    // each row of the register about the phone is a line of its own, with the one entry
                    Action.ImportRow row = entry.action() instanceof Action.Import i && r.row() <= i.rows().size()
                            ? i.rows().get(r.row() - 1) : null;
                    Open own = new Open(r.at(), Kind.IMPORT, entry.seq());
                    own.consultant = r.client() != null ? r.client().owner() : row == null ? null : row.owner();
                    own.detail = new ClientTimeline.ImportDetail(r.row(), r.fate(), r.why());
                    own.rules.add(imported(r, row));
                    if (r.client() != null && r.client().owner() != null) {
                        // a client whose protection had run out before the import comes in public (R18)
                        ClientStanding s = ClientStanding.of(r.client(), r.at(), entry.protectionDays());
                        if (s.owner() == null && s.publicSince() != null) {
                            own.rules.add(Rule.of("R18", "importedLapsed", s.publicSince()));
                        }
                    }
                    out.add(own.line());
                    if (r.client() != null) {
                        current = r.client();
                    }
                }
                case Event.Undone u when concerns(u.undone()) -> {
                    line = open(line, u.at(), Kind.UNDO, entry);
                    line.detail = new ClientTimeline.UndoDetail(u.action());
                    line.rules.add(Rule.of("R24", "undone"));
                    Client back = beforeEach.isEmpty() ? current : beforeEach.peek();
                    current = back == NONE ? null : back;
                }
                case Event.ClientEvent c when phone.equals(c.phone()) -> line = client(c, line, entry);
                default -> {
                }
            }
        }
        if (entry.action() instanceof Action.Undo && !beforeEach.isEmpty()) {
            beforeEach.pop();
        }
        if (line != null) {
            out.add(line.line());
        }
        return out;
    }

    /** An ownership event: a rule on the entry's line (a line of its own for a deal, follow-up or transfer). */
    private Open client(Event.ClientEvent c, Open line, DayEntry entry) {
        Open l = line;
        int days = entry.protectionDays();
        switch (c) {
            case Event.OwnershipGained g -> {
                l = open(l, g.at(), Kind.OWNERSHIP, entry);
                l.consultant = g.consultant();
                l.rules.add(Rule.of("R17", "firstRegistration", g.consultant()));
            }
            case Event.ContactRefreshed r -> {
                l = open(l, r.at(), Kind.OWNERSHIP, entry);
                l.rules.add(protection(r.client(), r.at(), days, "refreshed"));
            }
            case Event.ClientNoted n -> {
                l = open(l, n.at(), Kind.OWNERSHIP, entry);
                l.rules.add(noted(n.ref()));
            }
            case Event.HouseholdJoined h -> {
                l = open(l, h.at(), Kind.HOUSEHOLD, entry);
                l.rules.add(Rule.of("R20", "household", h.name()));
            }
            case Event.OwnershipRemoved r -> {
                l = open(l, r.at(), Kind.OWNERSHIP, entry);
                l.rules.add(Rule.of("R14", "ownershipRemoved", r.consultant()));
            }
            case Event.DealMarked d -> {
                l = open(l, d.at(), Kind.DEAL, entry);
                l.consultant = d.consultant();
                l.rules.add(Rule.of("R19", "deal", d.consultant()));
            }
            case Event.FollowedUp f -> {
                l = open(l, f.at(), Kind.FOLLOW_UP, entry);
                l.consultant = f.client() == null ? null : f.client().owner();
                l.rules.add(protection(f.client(), f.at(), days, "followUp"));
            }
            case Event.OwnershipRecomputed r -> {
                l = open(l, r.at(), Kind.OWNERSHIP, entry);
                String owner = r.client() == null ? null
                        : ClientStanding.of(r.client(), r.at(), days).owner();
                l.rules.add(Rule.of("R28", owner == null ? "recomputedNobody" : "recomputed", owner));
            }
            case Event.Transferred t -> {
                l = open(l, t.at(), t.to() == null ? Kind.POOL : Kind.TRANSFER, entry);
                l.consultant = t.to();
                l.detail = new ClientTimeline.TransferDetail(t.from(), t.reason());
                l.rules.add(t.to() == null ? Rule.of("R27", "pooled", t.from())
                        : Rule.of("R26", "transferred", t.from(), t.to()));
            }
        }
        if (l.consultant == null && c.client() != null && c.client().owner() != null
                && !(c instanceof Event.Transferred)) {
            l.consultant = c.client().owner();
        }
        current = c.client();
        return l;
    }

    /** R18 after a contact: protected until when, a deal for good, or lapsed already (a follow-up revives nobody). */
    private static Rule protection(Client c, LocalDateTime at, int days, String what) {
        ClientStanding s = ClientStanding.of(c, at, days);
        if (s.deal()) {
            return Rule.of("R19", "dealForGood");
        }
        if (s.owner() == null) {
            return Rule.of("R18", what + "Lapsed");
        }
        return Rule.of("R18", what, s.protectedUntil());
    }

    /** R11, R13, R16, R21: why a visit of the phone made nobody its owner, from what the engine recorded of it. */
    private Rule noted(String ref) {
        Event.Registered r = ref == null ? null : registered.get(ref);
        if (r == null) {
            return Rule.of("R16", "noted");
        }
        if (r.channel() == Channel.PHONE) {
            return Rule.of("R21", "callLead");
        }
        if (r.nonBuyer()) {
            return Rule.of("R13", "nonBuyerNoOwner");
        }
        if (r.householdConflict()) {
            return Rule.of("R20", "conflictNoOwner");
        }
        return Rule.of("R11", "standInNoOwner");
    }

    /** R29 (and R17 between rows): what became of an imported row. */
    private static Rule imported(Event.ImportedRow r, Action.ImportRow row) {
        return switch (r.fate()) {
            case ACCEPTED -> r.client() != null && r.client().owner() == null
                    ? Rule.of("R29", "importedToPool", row == null ? null : row.owner())
                    : Rule.of("R29", "imported", r.client() == null ? null : r.client().owner(),
                            row == null ? null : row.first(), row == null ? null : row.last());
            case WINS -> Rule.of("R17", "importWins", row == null ? null : row.first());
            case CONFLICT -> Rule.of("R17", "importConflict", row == null ? null : row.owner());
            case KNOWN -> Rule.of("R29", "importKnown");
            case REFUSED -> Rule.of("R29", "importRefused", r.why());
        };
    }

    /** The rule a reception's reason names. */
    static Rule reason(AssignmentReason reason) {
        return switch (reason) {
            case AssignmentReason.NextInRotation n -> Rule.of("R7", "nextInRotation", n.round());
            case AssignmentReason.MakeUp m -> Rule.of("R6", "makeUp", m.creditSince());
            case AssignmentReason.Surge s -> Rule.of("R22", "surge", s.round());
            case AssignmentReason.Owner o -> o.deal() ? Rule.of("R19", "dealOwner", o.owner())
                    : Rule.of("R18", "ownerProtected", o.owner(), o.protectedUntil());
            case AssignmentReason.Named n -> Rule.of("R10", "named", n.consultant());
            case AssignmentReason.SameDayRepeat s -> Rule.of("R10", "repeat", s.firstReceiver());
            case AssignmentReason.StandIn s -> Rule.of("R11", "standIn", s.forConsultant());
            case AssignmentReason.LastInRound l -> Rule.of("R13", "lastInRound");
            case AssignmentReason.Manual m -> Rule.of("R23", "manual", m.reason());
            case AssignmentReason.NobodyAvailable n -> Rule.of("R9", "waiting");
        };
    }

    private boolean ours(String ref) {
        return phone.equals(phones.get(ref));
    }

    /** True when undone events were about the phone. */
    private boolean concerns(List<Event> undone) {
        for (Event e : undone) {
            boolean about = switch (e) {
                case Event.ClientEvent c -> phone.equals(c.phone());
                case Event.Registered r -> phone.equals(r.registration().phone());
                case Event.ImportedRow r -> phone.equals(r.phone());
                case Event.Corrected c -> phone.equals(c.before().phone()) || phone.equals(c.after().phone());
                case Event.CorrectedEarlier c -> phone.equals(c.before().phone()) || phone.equals(c.after().phone());
                case Event.Received r -> ours(r.ref());
                case Event.Voided v -> ours(v.ref());
                default -> false;
            };
            if (about) {
                return true;
            }
        }
        return false;
    }

    /** The entry's line, started now if it was not yet. */
    private static Open open(Open line, LocalDateTime at, Kind kind, DayEntry entry) {
        return line != null ? line : new Open(at, kind, entry.seq());
    }

    /** A line being made. */
    private static final class Open {
        final LocalDateTime at;
        final Kind kind;
        final long entry;
        String consultant;
        ClientTimeline.Detail detail;
        final List<Rule> rules = new ArrayList<>();

        Open(LocalDateTime at, Kind kind, long entry) {
            this.at = at;
            this.kind = kind;
            this.entry = entry;
        }

        Line line() {
            return new Line(at, kind, consultant, detail, rules, entry);
        }
    }
}
