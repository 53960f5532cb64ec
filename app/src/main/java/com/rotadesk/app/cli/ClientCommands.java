package com.rotadesk.app.cli;

import com.rotadesk.app.clients.ClientOffice;
import com.rotadesk.app.clients.ClientTimeline;
import com.rotadesk.app.clients.ClientWords;
import com.rotadesk.app.clients.ColumnMapping;
import com.rotadesk.app.clients.ImportPreview;
import com.rotadesk.app.clients.RegisterField;
import com.rotadesk.app.clients.RegisterFileException;
import com.rotadesk.app.clients.RegisterReader;
import com.rotadesk.app.clients.RegisterTable;
import com.rotadesk.app.clients.RegisterWriter;
import com.rotadesk.app.sheets.PdfFonts;
import com.rotadesk.app.sheets.SheetExportException;
import com.rotadesk.app.sheets.TimelineSheet;
import com.rotadesk.model.Action;
import com.rotadesk.model.ActionRejectedException;
import com.rotadesk.model.Client;
import com.rotadesk.model.ClientStanding;
import com.rotadesk.model.Event;
import com.rotadesk.model.Phones;
import com.rotadesk.persistence.ClientRow;
import com.rotadesk.persistence.OfficeStore;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The manager's office on the command line (R26-R30): {@code clients}, {@code timeline}, {@code transfer},
 * {@code correct}, {@code import-clients} and {@code export-clients}. Each opens the office, does one thing through the same
 * {@link ClientOffice} the desk uses, and says the result in a few lines; a refusal is one line and a non-zero exit.
 */
final class ClientCommands {
    /** The commands' usage lines, in the order {@code rotadesk} lists them. */
    static void usages(Map<String, Commands.Usage> m) {
        String server = " [--db URL [--office CODE]]";
        m.put("clients", new Commands.Usage("clients [--search TEXT] [--format text|csv] [--full-phones]"
                + " [--data-dir DIR]" + server, 0, java.util.Set.of("data-dir", "db", "office", "search", "format"),
                java.util.Set.of("full-phones")));
        m.put("timeline", new Commands.Usage("timeline --phone PHONE [--out FILE.pdf] [--lang zh|en] [--full-phones]"
                + " [--data-dir DIR]" + server, 0, java.util.Set.of("data-dir", "db", "office", "phone", "out", "lang"),
                java.util.Set.of("full-phones")));
        m.put("transfer", new Commands.Usage("transfer (--phone PHONE | --from CONSULTANT) (--to C[,C2...] | --pool)"
                + " --reason TEXT [--deal] [--data-dir DIR]" + server, 0, java.util.Set.of("data-dir", "db", "office", "phone", "from", "to",
                        "reason"), java.util.Set.of("pool", "deal")));
        m.put("correct", new Commands.Usage("correct --date D (--visit N | --call N) [--name NAME] [--phone PHONE]"
                + " [--party N] [--source walk-in|phone-invitation|referral|agent|online] [--notes TEXT] --reason TEXT"
                + " [--data-dir DIR]" + server, 0, java.util.Set.of("data-dir", "db", "office", "date", "visit", "call",
                        "name", "phone", "party", "source", "notes", "reason"), java.util.Set.of()));
        m.put("import-clients", new Commands.Usage("import-clients FILE.xlsx|FILE.csv [--map COLUMN=FIELD]..."
                + " [--unknown-owners add|pool] [--dry-run] [--data-dir DIR]" + server + "   (FIELD: name, phone, owner, first, last,"
                + " deal, source, notes, ignore)", 1, java.util.Set.of("data-dir", "db", "office", "map", "unknown-owners"),
                java.util.Set.of("dry-run")));
        m.put("export-clients", new Commands.Usage("export-clients --out FILE.xlsx|FILE.csv [--lang zh|en]"
                + " [--data-dir DIR]" + server, 0, java.util.Set.of("data-dir", "db", "office", "out", "lang"), java.util.Set.of()));
    }

    private final PrintStream out;
    private final PrintStream err;
    private final Supplier<LocalDateTime> clock;

    ClientCommands(PrintStream out, PrintStream err, Supplier<LocalDateTime> clock) {
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    /**
     * How a command opens its office: the folder's or the server's (decision 0008); to read (on a server as a
     * view-only board) or to confirm actions.
     */
    record Office(Supplier<OfficeStore> toRead, Supplier<OfficeStore> toWrite) {
    }

    /** Runs one of the commands above; the exit code. */
    int run(Office opener, Commands.Arguments a) {
        return switch (a.command()) {
            case "clients" -> clients(opener, a);
            case "timeline" -> timeline(opener, a);
            case "transfer" -> transfer(opener, a);
            case "correct" -> correct(opener, a);
            case "import-clients" -> importClients(opener, a);
            case "export-clients" -> exportClients(opener, a);
            default -> throw new IllegalStateException("no command " + a.command());
        };
    }

    private LocalDateTime now() {
        return clock.get().truncatedTo(ChronoUnit.SECONDS);
    }

    /** {@code clients}: the register (or a search of it), one client a line: phone, name, owner, status. */
    private int clients(Office opener, Commands.Arguments a) {
        String format = a.optionOr("format", "text");
        if (!format.equals("text") && !format.equals("csv")) {
            throw new IllegalArgumentException("--format is text or csv");
        }
        boolean full = a.flag("full-phones");
        try (OfficeStore store = opener.toRead().get()) {
            LocalDateTime now = now();
            List<ClientRow> rows;
            String search = a.option("search");
            if (search != null) {
                rows = store.clients(search, now, 100_000);
            } else {
                List<Client> all = new ArrayList<>();
                store.forEachClient(all::add);
                rows = new ArrayList<>();
                int days = store.engine().policy().protectionDays();
                for (Client c : all) {
                    rows.add(new ClientRow(c, ClientStanding.of(c, now, days), 0, null));
                }
            }
            try {
                if (format.equals("csv")) {
                    CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
                    csv.printRecord("phone", "name", "owner", "status", "since_or_until", "last_contact");
                    for (ClientRow r : rows) {
                        csv.printRecord(phone(r.client().phone(), full), r.client().name(), owner(r), status(r),
                                date(r), day(r.client().lastContact()));
                    }
                    csv.flush();
                } else {
                    for (ClientRow r : rows) {
                        out.println(String.join("  ", phone(r.client().phone(), full), r.client().name(), owner(r),
                                status(r) + (date(r).isEmpty() ? "" : " " + date(r)),
                                "last contact " + day(r.client().lastContact())));
                    }
                }
            } catch (IOException e) {
                err.println("rotadesk: cannot write the register: " + e.getMessage());
                return 1;
            }
            if (search != null && rows.isEmpty()) {
                err.println("rotadesk: no client matches '" + search + "'");
                return 1;
            }
            return 0;
        }
    }

    private static String phone(String phone, boolean full) {
        return full ? phone : Phones.mask(phone);
    }

    private static String owner(ClientRow r) {
        String owner = r.standing().owner() != null ? r.standing().owner() : r.client().owner();
        return owner == null ? "-" : owner;
    }

    /** protected, public, deal or unowned, as the rules say where the client stands. */
    private static String status(ClientRow r) {
        ClientStanding s = r.standing();
        if (s.deal()) {
            return "deal";
        }
        if (s.owner() != null) {
            return "protected until";
        }
        return s.publicSince() != null ? "public since" : "not owned";
    }

    private static String date(ClientRow r) {
        ClientStanding s = r.standing();
        return s.owner() != null && !s.deal() ? day(s.protectedUntil()) : s.publicSince() != null
                ? day(s.publicSince()) : "";
    }

    private static String day(LocalDateTime t) {
        return t == null ? "" : t.toLocalDate().toString();
    }

    /** {@code timeline --phone P [--out FILE.pdf]}: the client's record line by line, and the dispute record's PDF. */
    private int timeline(Office opener, Commands.Arguments a) {
        String phone = a.option("phone");
        if (phone == null || Phones.normalise(phone) == null) {
            throw new IllegalArgumentException("timeline needs --phone with the client's phone number");
        }
        Locale locale = Commands.locale(a);
        boolean full = a.flag("full-phones");
        try (OfficeStore store = opener.toRead().get()) {
            ClientTimeline t = new ClientOffice(store).timeline(phone, now());
            if (t.lines().isEmpty()) {
                err.println("rotadesk: the record holds nothing for phone " + phone);
                return 1;
            }
            ClientWords w = new ClientWords(locale);
            String name = t.client() == null ? "" : w.name(t.client().name());
            out.println(w.get("timeline.client", name, w.phone(t.phone(), full)));
            out.println(w.get("timeline.standing", (t.standing().owner() == null ? "" : t.standing().owner() + " · ")
                    + (t.client() == null ? w.get("status.unknown") : w.standing(t.standing()))));
            for (ClientTimeline.Line l : t.lines()) {
                String detail = w.detail(l, t.client() == null ? null : t.client().name(), full);
                out.println(String.join("  ", w.minute(l.at()), w.entry(l),
                        w.kind(l.kind()) + (detail.isEmpty() ? "" : " · " + detail),
                        l.consultant() == null ? "-" : l.consultant(), w.rules(l)));
            }
            if (t.anchor() != null) {
                out.println(w.get("timeline.anchor", t.anchor(), w.day(t.lastDay())));
            }
            String file = a.option("out");
            if (file != null) {
                if (!file.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
                    throw new IllegalArgumentException("--out names a .pdf file");
                }
                new TimelineSheet(new PdfFonts()).write(t, locale, full, Path.of(file));
                out.println("dispute record written: " + Path.of(file).toAbsolutePath());
            }
            return 0;
        } catch (SheetExportException e) {
            err.println("rotadesk: " + e.getMessage());
            return 1;
        }
    }

    /** {@code transfer}: one client, or every protected client of a consultant, to others in turn or to the pool. */
    private int transfer(Office opener, Commands.Arguments a) {
        String phone = a.option("phone");
        String from = a.option("from");
        if ((phone == null) == (from == null)) {
            throw new IllegalArgumentException("transfer needs --phone P or --from CONSULTANT (one of them)");
        }
        boolean pool = a.flag("pool");
        String toText = a.option("to");
        if ((toText == null) == !pool) {
            throw new IllegalArgumentException("transfer needs --to C[,C2...] or --pool (one of them)");
        }
        String reason = a.option("reason");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("transfer needs --reason: the manager's reason is printed on the"
                    + " day's rotation sheet (R26)");
        }
        List<String> to = pool ? List.of() : Arrays.stream(toText.split("[,，、]")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        if (!pool && to.isEmpty()) {
            throw new IllegalArgumentException("--to names at least one consultant");
        }
        if (phone != null && to.size() > 1) {
            throw new IllegalArgumentException("one client goes to one consultant: --to names one");
        }
        if (from != null && a.flag("deal")) {
            throw new IllegalArgumentException("--deal is for one client (--phone): a consultant's deal clients stay"
                    + " with them (R19)");
        }
        try (OfficeStore store = opener.toWrite().get()) {
            ClientOffice office = new ClientOffice(store);
            LocalDateTime now = now();
            office.startToday(now);
            Action action = phone != null ? new Action.Transfer(now, phone, pool ? null : to.getFirst(),
                    a.flag("deal"), reason.strip()) : new Action.TransferAll(now, from, to, reason.strip());
            List<Event> events = office.transfer(action);
            int moved = 0;
            for (Event e : events) {
                if (e instanceof Event.Transferred t) {
                    moved++;
                    out.println("transferred " + Phones.mask(t.phone()) + " " + (t.from() == null ? "-" : t.from())
                            + " -> " + (t.to() == null ? "the public pool" : t.to()));
                }
            }
            if (moved == 0) {
                err.println("rotadesk: " + from + " owns no protected client to transfer (deal clients stay, R19)");
                return 1;
            }
            out.println(moved + " client(s) transferred, journal entry " + store.head().seq());
            return 0;
        } catch (ActionRejectedException e) {
            err.println("rotadesk: " + e.getMessage());
            return 1;
        }
    }

    /**
     * {@code correct}: a visit's or call's registration corrected (R28), today's or an earlier day's, found by its day
     * and its number on that day's register; journaled with the reason, and what it decided said in a few lines.
     */
    private int correct(Office opener, Commands.Arguments a) {
        java.time.LocalDate day;
        try {
            day = java.time.LocalDate.parse(java.util.Objects.requireNonNull(a.option("date")));
        } catch (NullPointerException | java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("correct needs --date YYYY-MM-DD (the visit's day)");
        }
        String visit = a.option("visit");
        String call = a.option("call");
        if ((visit == null) == (call == null)) {
            throw new IllegalArgumentException("correct needs --visit N or --call N (one of them): the number on that"
                    + " day's register");
        }
        com.rotadesk.model.Channel channel = visit != null ? com.rotadesk.model.Channel.WALK_IN
                : com.rotadesk.model.Channel.PHONE;
        int number = positive(visit != null ? visit : call, visit != null ? "--visit" : "--call");
        Integer party = a.option("party") == null ? null : positive(a.option("party"), "--party");
        com.rotadesk.model.VisitSource source = a.option("source") == null ? null
                : com.rotadesk.model.VisitSource.parse(a.option("source"));
        String reason = a.option("reason");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("correct needs --reason: it is journaled with the original and printed"
                    + " with the correction (R28)");
        }
        String name = a.option("name");
        String phone = a.option("phone");
        String notes = a.option("notes");
        if (name == null && phone == null && party == null && source == null && notes == null) {
            throw new IllegalArgumentException("correct needs what to correct: --name, --phone, --party, --source or"
                    + " --notes");
        }
        try (OfficeStore store = opener.toWrite().get()) {
            ClientOffice office = new ClientOffice(store);
            LocalDateTime now = now();
            office.startToday(now);
            Action action;
            if (day.equals(store.engine().date())) {
                com.rotadesk.model.Visit v = store.engine().visits().stream()
                        .filter(x -> x.channel() == channel && x.number() == number).findFirst().orElse(null);
                if (v == null) {
                    err.println("rotadesk: today's register has no " + (visit != null ? "visit " : "call ") + number);
                    return 1;
                }
                action = new Action.Correct(now, v.ref(), name, phone, party, source, notes, reason.strip());
            } else {
                action = new Action.CorrectEarlier(now, day, channel, number, name, phone, party, source, notes,
                        reason.strip());
            }
            for (Event e : store.submit(action)) {
                switch (e) {
                    case Event.Corrected c -> out.println("corrected " + day + " " + channel.code() + " " + number
                            + ": " + changes(c.before(), c.after()));
                    case Event.CorrectedEarlier c -> out.println("corrected " + day + " " + channel.code() + " "
                            + number + ": " + changes(c.before(), c.after())
                            + (c.belongsTo() == null ? "" : " (the corrected phone was " + c.belongsTo()
                                    + "'s client then: the earlier registration wins, R17)"));
                    case Event.OwnershipRecomputed r -> out.println(Phones.mask(r.phone()) + " now: "
                            + (r.client() == null ? "nobody's client" : owner(r.client(), now, store)));
                    default -> {
                    }
                }
            }
            out.println("journal entry " + store.head().seq());
            return 0;
        } catch (ActionRejectedException e) {
            err.println("rotadesk: " + e.getMessage());
            return 1;
        }
    }

    private static int positive(String text, String option) {
        try {
            int n = Integer.parseInt(text.strip());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(option + " is a number from 1 (not '" + text + "')");
    }

    /** What a correction changed, field by field; phones masked. */
    private static String changes(com.rotadesk.model.Registration before, com.rotadesk.model.Registration after) {
        List<String> parts = new ArrayList<>();
        if (!java.util.Objects.equals(before.name(), after.name())) {
            parts.add("name " + before.name() + " -> " + after.name());
        }
        if (!java.util.Objects.equals(before.phone(), after.phone())) {
            parts.add("phone " + mask(before.phone()) + " -> " + mask(after.phone()));
        }
        if (before.party() != after.party()) {
            parts.add("party " + before.party() + " -> " + after.party());
        }
        if (before.source() != after.source()) {
            parts.add("source " + before.source().code() + " -> " + after.source().code());
        }
        if (!java.util.Objects.equals(before.notes(), after.notes())) {
            parts.add("notes " + (before.notes() == null ? "-" : before.notes()) + " -> "
                    + (after.notes() == null ? "-" : after.notes()));
        }
        return String.join(", ", parts);
    }

    private static String mask(String phone) {
        return phone == null ? "-" : Phones.mask(phone);
    }

    private static String owner(Client c, LocalDateTime now, OfficeStore store) {
        ClientStanding s = ClientStanding.of(c, now, store.engine().policy().protectionDays());
        return s.owner() != null ? s.owner() + "'s client" : "a public client";
    }

    /**
     * {@code import-clients FILE}: the register read and previewed row by row; without {@code --dry-run} imported
     * as one journaled action. Prints the columns, every refused row and conflict, and the counts.
     */
    private int importClients(Office opener, Commands.Arguments a) {
        Path file = Path.of(a.requirePositional(0, "import-clients needs the register file (.xlsx or .csv)"));
        Action.UnknownOwner choice = switch (a.optionOr("unknown-owners", "")) {
            case "" -> null;
            case "add" -> Action.UnknownOwner.ADD;
            case "pool" -> Action.UnknownOwner.POOL;
            default -> throw new IllegalArgumentException("--unknown-owners is add or pool");
        };
        ClientWords w = new ClientWords(Locale.ENGLISH);
        RegisterTable table;
        try {
            table = new RegisterReader().read(file);
        } catch (RegisterFileException e) {
            err.println("rotadesk: " + e.getMessage());
            return 1;
        }
        ColumnMapping mapping = ColumnMapping.recognise(table);
        for (String m : a.all("map")) {
            int eq = m.lastIndexOf('=');
            RegisterField field = eq < 0 ? null : RegisterField.ofCode(m.substring(eq + 1));
            if (field == null) {
                throw new IllegalArgumentException("--map is COLUMN=FIELD, FIELD one of name, phone, owner, first,"
                        + " last, deal, source, notes, ignore: not '" + m + "'");
            }
            mapping = mapping.with(m.substring(0, eq), field);
        }
        int rows = table.lines().size();
        out.println("read " + rows + " rows from " + table.file() + " (" + table.format() + ")");
        List<String> columns = new ArrayList<>();
        for (String h : mapping.headers()) {
            RegisterField f = mapping.fieldOf(h);
            columns.add(h + "=" + (f == RegisterField.IGNORE ? "ignored" : f.kept() ? f.code() : f.code()
                    + " (not kept)"));
        }
        out.println("columns: " + String.join(", ", columns));
        if (!mapping.missing().isEmpty()) {
            err.println("rotadesk: no column holds " + String.join(", ", mapping.missing().stream()
                    .map(RegisterField::code).toList()) + "; name it with --map COLUMN=FIELD");
            return 2;
        }
        try (OfficeStore store = (a.flag("dry-run") ? opener.toRead() : opener.toWrite()).get()) {
            ClientOffice office = new ClientOffice(store);
            LocalDateTime now = now();
            ImportPreview preview = office.preview(table, mapping, choice, now);
            if (!preview.unknownOwners().isEmpty()) {
                List<String> named = new ArrayList<>();
                preview.unknownOwners().forEach((owner, n) -> named.add(owner + " (" + n + ")"));
                out.println("owners who are not the office's consultants: " + String.join(", ", named));
                if (choice == null && !a.flag("dry-run")) {
                    err.println("rotadesk: say what becomes of them: --unknown-owners add (they join the office, not"
                            + " signed in) or --unknown-owners pool (their clients go to the public pool)");
                    return 2;
                }
            }
            ImportPreview.Counts counts;
            List<ImportPreview.Line> lines;
            if (a.flag("dry-run")) {
                counts = preview.counts();
                lines = preview.lines();
            } else {
                ClientOffice.ImportResult r = office.importRegister(preview, now());
                counts = r.counts();
                lines = r.lines();
                if (!r.added().isEmpty()) {
                    out.println("added to the office (not signed in): " + String.join(", ", r.added()));
                }
            }
            for (ImportPreview.Line l : lines) {
                if (l.fate() == ImportPreview.Fate.REFUSED || l.fate() == ImportPreview.Fate.CONFLICT) {
                    out.println((l.fate() == ImportPreview.Fate.REFUSED ? "refused " : "conflict ") + w.place(l.place())
                            + ": " + (l.fate() == ImportPreview.Fate.REFUSED ? w.why(l) : w.fate(l)) + described(l));
                }
            }
            out.println("accepted " + counts.accepted() + " (to the pool " + counts.toPool() + ", replacing an earlier"
                    + " row " + counts.wins() + "), refused " + counts.refused() + ", conflict " + counts.conflict()
                    + ", known " + counts.known() + "; " + counts.clients() + " clients");
            out.println(a.flag("dry-run") ? "dry run: nothing was imported" : "imported as journal entry "
                    + store.head().seq());
            return 0;
        } catch (ActionRejectedException e) {
            err.println("rotadesk: " + e.getMessage());
            return 1;
        }
    }

    /** The row's own values, to find it in the file: name and phone as written. */
    private static String described(ImportPreview.Line l) {
        if (l.name() == null && l.phone() == null) {
            return "";
        }
        return " [" + (l.name() == null ? "-" : l.name()) + ", " + (l.phone() == null ? "-"
                : Phones.plausible(l.phone()) ? Phones.mask(l.phone()) : l.phone()) + ", "
                + (l.owner() == null ? "-" : l.owner()) + "]";
    }

    /** {@code export-clients --out FILE}: the whole register, with the columns the import reads. */
    private int exportClients(Office opener, Commands.Arguments a) {
        String file = a.option("out");
        if (file == null) {
            throw new IllegalArgumentException("export-clients needs --out FILE.xlsx or FILE.csv");
        }
        String lower = file.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".xlsx") && !lower.endsWith(".csv")) {
            throw new IllegalArgumentException("--out names an .xlsx or a .csv file");
        }
        Locale locale = Commands.locale(a);
        try (OfficeStore store = opener.toRead().get()) {
            int n = new ClientOffice(store).export(Path.of(file), RegisterWriter.Words.of(locale));
            out.println("exported " + n + " clients to " + Path.of(file).toAbsolutePath());
            return 0;
        } catch (RegisterFileException e) {
            err.println("rotadesk: " + e.getMessage());
            return 1;
        }
    }
}
