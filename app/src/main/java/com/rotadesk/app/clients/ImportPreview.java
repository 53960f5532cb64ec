package com.rotadesk.app.clients;

import com.rotadesk.model.Action;
import com.rotadesk.model.Client;
import com.rotadesk.model.Event;
import com.rotadesk.model.Phones;
import com.rotadesk.model.engine.OfficeEngine;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What importing a register would do, row by row (R29), as the engine decides it: {@link OfficeEngine#decide}
 * on the very action the import will journal, so the preview is the import. Lines the reader could not read (a
 * date that is no date) are refused before the engine sees them.
 *
 * @param unknownOwners the owners the register names who are not the office's consultants, with how many clients
 *                      each would own; empty when there are none
 * @param choice        what becomes of their clients: added to the office, or to the pool; null while the manager
 *                      has not chosen (the preview then shows them kept as owners, the engine's default)
 */
public record ImportPreview(RegisterTable table, ColumnMapping mapping, List<PlannedRow> planned,
        Map<String, Integer> unknownOwners, Action.UnknownOwner choice, List<Line> lines, Counts counts,
        LocalDateTime at) {

    /** Copies the lists. */
    public ImportPreview {
        planned = List.copyOf(planned);
        unknownOwners = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(unknownOwners));
        lines = List.copyOf(lines);
    }

    /** A row's fate as the preview and the report say it. */
    public enum Fate {
        /** Taken in with its owner. */
        ACCEPTED,
        /** Taken in as a public client (its owner is not the office's, or it names the pool). */
        TO_POOL,
        /** Taken in in place of an earlier row for the phone: its first registration is earlier (R17). */
        WINS,
        /** An earlier row for the phone names another owner and registered first: it stays (R17). */
        CONFLICT,
        /** An earlier row for the phone names the same owner and registered first: nothing new. */
        DUPLICATE,
        /** RotaDesk knows the phone already: its record stays. */
        KNOWN,
        /** Not taken in: {@link Line#refusal} or {@link Line#problem} says why. */
        REFUSED
    }

    /**
     * One line of the register and its fate.
     *
     * @param refusal    the engine's reason for a refused row (R16, R29), or null
     * @param problem    the value the reader could not read, or null
     * @param other      the place of the row it conflicts with, wins over or is replaced by, or null
     * @param otherOwner that row's owner, or for a known phone the owner RotaDesk has
     * @param replacedBy for an accepted row: the later row that won over it (R17), or null
     * @param newOwner   the owner is not one of the office's consultants: added, or the client is pooled
     */
    public record Line(String place, String name, String phone, String owner, LocalDate first, LocalDate last,
            LocalDate deal, Fate fate, Event.ImportRefusal refusal, PlannedRow.ReadProblem problem, String other,
            String otherOwner, String replacedBy, boolean newOwner, boolean lastFromFirst) {
    }

    /**
     * The fates counted as the engine gives them.
     *
     * @param rows     lines read
     * @param accepted taken in (with their owner or to the pool)
     * @param toPool   of those, taken in as public clients
     * @param wins     taken in in place of an earlier row
     * @param conflict not taken in: an earlier row registered first (another owner, or the same: a duplicate)
     * @param known    not taken in: RotaDesk knows the phone
     * @param refused  not taken in: no name, no valid phone, no owner, no last contact, or a value not readable
     * @param clients  clients the import leaves in the register
     */
    public record Counts(int rows, int accepted, int toPool, int wins, int conflict, int known, int refused,
            int clients) {
    }

    /**
     * What the import of {@code table} under {@code mapping} would do now. The engine is only asked (twice: once to
     * find the owners it does not know, once for the fates under {@code choice}); nothing changes.
     */
    public static ImportPreview of(OfficeEngine engine, RegisterTable table, ColumnMapping mapping,
            Action.UnknownOwner choice, LocalDateTime at) {
        return of(engine, table, mapping, choice, plan(table, mapping, choice), at);
    }

    /** The rows of {@code table} as the import would take them under {@code choice} (nothing asked of the engine). */
    public static List<PlannedRow> plan(RegisterTable table, ColumnMapping mapping, Action.UnknownOwner choice) {
        return PlannedRow.plan(table, mapping, choice == null ? Action.UnknownOwner.ADD : choice);
    }

    /** The same, with the rows planned already by {@link #plan} (a caller that read their phones ahead). */
    public static ImportPreview of(OfficeEngine engine, RegisterTable table, ColumnMapping mapping,
            Action.UnknownOwner choice, List<PlannedRow> planned, LocalDateTime at) {
        Map<String, Integer> unknown = unknownOwners(engine, planned, at);
        List<PlannedRow> readable = planned.stream().filter(p -> p.row() != null).toList();
        List<Event> events = engine.decide(new Action.Import(at, readable.stream().map(PlannedRow::row).toList()));
        return new ImportPreview(table, mapping, planned, unknown, choice, lines(engine, planned, events, unknown, at),
                counts(planned, events), at);
    }

    /** The action the import journals: every readable row, in file order. */
    public Action.Import action(LocalDateTime when) {
        return new Action.Import(when, planned.stream().filter(p -> p.row() != null).map(PlannedRow::row).toList());
    }

    /** The owners the engine would pool if asked to: those who are not the office's consultants. */
    private static Map<String, Integer> unknownOwners(OfficeEngine engine, List<PlannedRow> planned, LocalDateTime at) {
        List<PlannedRow> readable = planned.stream().filter(p -> p.row() != null && !p.toPool()).toList();
        List<Event> asked = engine.decide(new Action.Import(at, readable.stream()
                .map(p -> p.withUnknown(Action.UnknownOwner.POOL).row()).toList()));
        Map<String, Integer> owners = new LinkedHashMap<>();
        for (Event e : asked) {
            if (e instanceof Event.ImportedRow r && r.client() != null && r.client().owner() == null) {
                owners.merge(readable.get(r.row() - 1).row().owner().strip(), 1, Integer::sum);
            }
        }
        return owners;
    }

    /** Each line's fate from the events, with the rows it meets (the row holding the phone when it comes). */
    static List<Line> lines(OfficeEngine engine, List<PlannedRow> planned, List<Event> events,
            Map<String, Integer> unknown, LocalDateTime at) {
        List<PlannedRow> readable = planned.stream().filter(p -> p.row() != null).toList();
        Map<Integer, Event.ImportedRow> byRow = new HashMap<>();
        for (Event e : events) {
            if (e instanceof Event.ImportedRow r) {
                byRow.put(r.row(), r);
            }
        }
        Map<PlannedRow, Integer> index = new java.util.IdentityHashMap<>();
        for (int i = 0; i < readable.size(); i++) {
            index.put(readable.get(i), i + 1);
        }
        // the row holding each phone so far, as a place in the list of lines
        Map<String, Integer> holder = new HashMap<>();
        List<Line> out = new ArrayList<>(planned.size());
        for (PlannedRow p : planned) {
            if (p.row() == null) {
                PlannedRow.Seen s = p.seen() == null ? new PlannedRow.Seen(null, null, null) : p.seen();
                out.add(new Line(p.place(), s.name(), s.phone(), s.owner(), null, null, null, Fate.REFUSED, null,
                        p.problem(), null, null, null, false, false));
                continue;
            }
            Action.ImportRow row = p.row();
            Event.ImportedRow r = Objects.requireNonNull(byRow.get(index.get(p)), "no fate for row " + p.place());
            String owner = row.owner() == null ? null : row.owner().strip();
            boolean newOwner = owner != null && unknown.containsKey(owner);
            Fate fate;
            String other = null;
            String otherOwner = null;
            Integer held = r.phone() == null ? null : holder.get(r.phone());
            switch (r.fate()) {
                case ACCEPTED -> fate = r.client() != null && r.client().owner() == null ? Fate.TO_POOL : Fate.ACCEPTED;
                case WINS -> {
                    fate = Fate.WINS;
                    if (held != null) {
                        Line was = out.get(held);
                        other = was.place();
                        otherOwner = was.owner();
                        out.set(held, replaced(was, p.place()));
                    } else {
                        // the row it wins over came with an earlier import
                        otherOwner = ownerOf(engine, r.phone());
                    }
                }
                case CONFLICT -> {
                    Line was = held == null ? null : out.get(held);
                    other = was == null ? null : was.place();
                    otherOwner = was == null ? ownerOf(engine, r.phone()) : was.owner();
                    fate = Objects.equals(otherOwner, owner) ? Fate.DUPLICATE : Fate.CONFLICT;
                }
                case KNOWN -> {
                    fate = Fate.KNOWN;
                    otherOwner = engine.standing(r.phone(), at).owner();
                }
                default -> fate = Fate.REFUSED;
            }
            if (r.fate() == Event.ImportFate.ACCEPTED || r.fate() == Event.ImportFate.WINS) {
                holder.put(r.phone(), out.size());
            }
            out.add(new Line(p.place(), row.name(), r.phone() != null ? r.phone() : row.phone(), owner, row.first(),
                    row.last(), row.deal(), fate, r.why(), null, other, otherOwner, null, newOwner && fate != Fate.REFUSED,
                    p.lastFromFirst()));
        }
        return out;
    }

    /** The owner the record has for a phone now (a row of an earlier import), or null. */
    private static String ownerOf(OfficeEngine engine, String phone) {
        Client c = engine.client(phone);
        return c == null ? null : c.owner();
    }

    private static Line replaced(Line l, String by) {
        return new Line(l.place(), l.name(), l.phone(), l.owner(), l.first(), l.last(), l.deal(), l.fate(), l.refusal(),
                l.problem(), l.other(), l.otherOwner(), by, l.newOwner(), l.lastFromFirst());
    }

    /** The fates counted. */
    static Counts counts(List<PlannedRow> planned, List<Event> events) {
        int accepted = 0;
        int toPool = 0;
        int wins = 0;
        int conflict = 0;
        int known = 0;
        int refused = (int) planned.stream().filter(p -> p.row() == null).count();
        java.util.Set<String> clients = new java.util.HashSet<>();
        for (Event e : events) {
            if (!(e instanceof Event.ImportedRow r)) {
                continue;
            }
            switch (r.fate()) {
                case ACCEPTED -> {
                    accepted++;
                    if (r.client() != null && r.client().owner() == null) {
                        toPool++;
                    }
                    clients.add(r.phone());
                }
                case WINS -> {
                    wins++;
                    clients.add(r.phone());
                }
                case CONFLICT -> conflict++;
                case KNOWN -> known++;
                case REFUSED -> refused++;
            }
        }
        return new Counts(planned.size(), accepted, toPool, wins, conflict, known, refused, clients.size());
    }

    /** The clients the import took in, from what it did (the events the store returned). */
    public static List<Client> imported(List<Event> events) {
        Map<String, Client> out = new LinkedHashMap<>();
        for (Event e : events) {
            if (e instanceof Event.ImportedRow r && r.client() != null) {
                out.put(r.phone(), r.client());
            }
        }
        return List.copyOf(out.values());
    }

    /** The phone as the preview shows it: masked unless asked in full, as on the sheets. */
    public static String shown(String phone, boolean full) {
        if (phone == null) {
            return "";
        }
        return full || !Phones.plausible(phone) ? phone : Phones.mask(phone);
    }
}
