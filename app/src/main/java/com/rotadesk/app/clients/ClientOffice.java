package com.rotadesk.app.clients;

import com.rotadesk.model.Action;
import com.rotadesk.model.Client;
import com.rotadesk.model.ClientStanding;
import com.rotadesk.model.Event;
import com.rotadesk.model.OfficeProfile;
import com.rotadesk.model.Phones;
import com.rotadesk.model.engine.OfficeEngine;
import com.rotadesk.persistence.ClientRow;
import com.rotadesk.persistence.DayEntry;
import com.rotadesk.persistence.OfficeStore;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The manager's office (客户管理, R26-R30) over an open store: the register searched, the public pool, a client's
 * timeline, transfers, the import of an old register and the register's export. The desk calls it on the store's
 * thread, the command line directly; both go through {@link OfficeStore#submit}, so every change is journaled.
 */
public final class ClientOffice {
    private final OfficeStore store;

    /** The office of an open store. */
    public ClientOffice(OfficeStore store) {
        this.store = store;
    }

    /** The register searched as typed (name, consultant, phone digits), each client's standing at {@code now}. */
    public List<ClientRow> search(String typed, LocalDateTime now, int limit) {
        return store.clients(typed, now, limit);
    }

    /** The public pool at {@code now}, most recently public first (R27). */
    public List<ClientRow> pool(String typed, LocalDateTime now, int limit) {
        return store.pool(typed, now, limit);
    }

    /**
     * A client's timeline: the days the phone appears in, each replayed once, read into lines (R30), with the
     * chain's anchor at the end of the newest day shown.
     */
    public ClientTimeline timeline(String phone, LocalDateTime now) {
        String digits = Phones.normalise(phone);
        if (digits == null || Phones.erased(digits)) {
            throw new IllegalArgumentException("a timeline needs the client's phone");
        }
        List<LocalDate> days = store.clientDays(digits);
        List<DayEntry> entries = new ArrayList<>();
        for (LocalDate day : days) {
            entries.addAll(store.entriesOf(day));
        }
        // a visit corrected to this phone days later is read from that day's entries as the correction left it
        TimelineBuilder builder = new TimelineBuilder(digits, TimelineBuilder.correctedLater(entries));
        entries.forEach(builder::add);
        OfficeEngine engine = store.engine();
        int protectionDays = engine.policy().protectionDays();
        List<ClientTimeline.Line> lines = builder.lines(now, protectionDays);
        Client client = engine.client(digits);
        ClientStanding standing = engine.standing(digits, now);
        LocalDate last = days.isEmpty() ? null : days.getLast();
        return new ClientTimeline(digits, client, standing, lines, last, last == null ? null
                : store.anchorAt(last).text(), now);
    }

    /** Starts today when the record's last day is an earlier one, as the desk does when it opens (R1). */
    public void startToday(LocalDateTime now) {
        LocalDate day = store.engine().date();
        if (day == null || day.isBefore(now.toLocalDate())) {
            store.submit(new Action.StartDay(now.toLocalDate()));
        }
    }

    /** A transfer of one client or of a consultant's clients (R26), journaled; the events it caused. */
    public List<Event> transfer(Action action) {
        if (!(action instanceof Action.Transfer) && !(action instanceof Action.TransferAll)) {
            throw new IllegalArgumentException("not a transfer: " + action);
        }
        return store.submit(action);
    }

    /**
     * What importing the register would do now, as the engine decides it. Needs a day: a record that never started
     * one is asked on a fresh engine with the office as set up (it knows no client yet, so that is the same).
     */
    public ImportPreview preview(RegisterTable table, ColumnMapping mapping, Action.UnknownOwner choice,
            LocalDateTime at) {
        OfficeEngine engine = store.engine();
        List<PlannedRow> planned = ImportPreview.plan(table, mapping, choice);
        if (engine.date() == null) {
            engine = fresh(engine, at);
        } else {
            store.readAhead(planned.stream().filter(p -> p.row() != null).map(p -> p.row().phone()).toList());
        }
        return ImportPreview.of(engine, table, mapping, choice, planned, at);
    }

    /** An engine with this one's office and policy on the day of {@code at}, and no client. */
    private static OfficeEngine fresh(OfficeEngine setUp, LocalDateTime at) {
        OfficeEngine e = new OfficeEngine(setUp.policy());
        if (setUp.profile() != null) {
            e.apply(new Action.ConfigureOffice(at.toLocalDate().atStartOfDay(), setUp.profile()));
        }
        if (!setUp.roster().isEmpty()) {
            e.apply(new Action.SetRoster(at.toLocalDate().atStartOfDay(), setUp.roster()));
        }
        e.apply(new Action.StartDay(at.toLocalDate()));
        return e;
    }

    /**
     * Imports the register as previewed: the owners who are not the office's consultants first added to it (not
     * signed in: the office's set-up, journaled) when the manager chose so, then the rows as one journaled action
     * (R29). The result is what the import did, from the events the store returned; when the record changed since
     * the preview (a visit at the desk meanwhile), it says so by differing from it.
     */
    public ImportResult importRegister(ImportPreview preview, LocalDateTime at) {
        if (!preview.unknownOwners().isEmpty() && preview.choice() == null) {
            throw new IllegalStateException("the manager has not chosen what becomes of the owners the office does"
                    + " not know");
        }
        startToday(at);
        List<String> added = new ArrayList<>();
        if (preview.choice() == Action.UnknownOwner.ADD && !preview.unknownOwners().isEmpty()) {
            added.addAll(preview.unknownOwners().keySet());
            store.submit(addConsultants(store.engine(), added, at));
        }
        Action.Import action = preview.action(at);
        // nothing more to read when the preview read them already
        store.readAhead(action.rows().stream().map(Action.ImportRow::phone).toList());
        List<Event> events = store.submit(action);
        long entry = store.head().seq();
        OfficeEngine engine = store.engine();
        List<ImportPreview.Line> lines = ImportPreview.lines(engine, preview.planned(), events,
                preview.unknownOwners(), at);
        return new ImportResult(ImportPreview.counts(preview.planned(), events), lines, added, entry);
    }

    /** The office with these consultants added to its first group (the roster, when it was never set up). */
    static Action addConsultants(OfficeEngine engine, List<String> names, LocalDateTime at) {
        OfficeProfile p = engine.profile();
        if (p == null) {
            List<String> roster = new ArrayList<>(engine.roster());
            names.stream().filter(n -> !roster.contains(n)).forEach(roster::add);
            return new Action.SetRoster(at, roster);
        }
        List<OfficeProfile.Group> groups = new ArrayList<>(p.groups());
        OfficeProfile.Group first = groups.getFirst();
        List<String> members = new ArrayList<>(first.consultants());
        names.stream().filter(n -> !p.consultants().contains(n)).forEach(members::add);
        groups.set(0, new OfficeProfile.Group(first.name(), members));
        return new Action.ConfigureOffice(at, new OfficeProfile(p.name(), groups));
    }

    /**
     * What an import did.
     *
     * @param added the consultants added to the office for it
     * @param entry the import's journal entry
     */
    public record ImportResult(ImportPreview.Counts counts, List<ImportPreview.Line> lines, List<String> added,
            long entry) {
        /** Copies the lists. */
        public ImportResult {
            lines = List.copyOf(lines);
            added = List.copyOf(added);
        }
    }

    /** Writes the whole register (the columns the import reads); returns how many clients it holds. */
    public int export(Path file, RegisterWriter.Words words) throws RegisterFileException {
        List<Client> clients = new ArrayList<>();
        store.forEachClient(clients::add);
        new RegisterWriter(words).write(clients, file);
        return clients.size();
    }
}
