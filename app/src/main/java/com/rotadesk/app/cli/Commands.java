package com.rotadesk.app.cli;

import com.rotadesk.model.ActionRejectedException;
import com.rotadesk.model.scenario.Scenario;
import com.rotadesk.model.scenario.ScenarioException;
import com.rotadesk.model.scenario.ScenarioParser;
import com.rotadesk.model.scenario.ScenarioRunner;
import com.rotadesk.model.Action;
import com.rotadesk.app.sheets.DateRange;
import com.rotadesk.app.sheets.DayRangeExport;
import com.rotadesk.app.sheets.DaySheets;
import com.rotadesk.app.sheets.SheetExportException;
import com.rotadesk.app.sheets.SheetExporter;
import com.rotadesk.app.sheets.SheetFormat;
import com.rotadesk.app.sheets.SheetOptions;
import com.rotadesk.persistence.Backups;
import com.rotadesk.persistence.ChainHead;
import com.rotadesk.persistence.DataFolder;
import com.rotadesk.persistence.OfficeStore;
import com.rotadesk.persistence.RebuildReport;
import com.rotadesk.persistence.ReplayDrift;
import com.rotadesk.persistence.ServerConfig;
import com.rotadesk.persistence.ServerOffice;
import com.rotadesk.persistence.StoreException;
import com.rotadesk.persistence.VerifyReport;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The jar's command line for scripts and support: {@code verify}, {@code rebuild}, {@code backup},
 * {@code restore FILE}, {@code load-scenario FILE}, {@code export}, {@code retention}, {@code erase}, each with
 * {@code --data-dir DIR} or, for an office on a server, {@code --db URL [--office CODE]}; {@code report},
 * {@code simulate} and the manager's office ({@link ClientCommands}: {@code clients}, {@code timeline},
 * {@code transfer}, {@code correct}, {@code import-clients}, {@code export-clients}) with {@code --data-dir DIR}; and {@code migrate},
 * {@code report-offices} for the server ({@link ServerCommands}). Exit code 0 on success,
 * non-zero with a one-line reason.
 */
public final class Commands {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Commands.class);

    /** Each command's usage line; its options are the only ones it accepts. */
    private static final Map<String, Usage> USAGE = usages();

    /** Command names this class runs. */
    public static final Set<String> NAMES = USAGE.keySet();

    /**
     * What a command accepts: its usage line, how many positional arguments, its options and flags, and the options
     * that take every value up to the next option ({@code --policy makeUpCap=2 busyPass=forfeit}).
     */
    record Usage(String line, int positional, Set<String> options, Set<String> flags, Set<String> lists) {
        Usage(String line, int positional, Set<String> options, Set<String> flags) {
            this(line, positional, options, flags, Set.of());
        }
    }

    private static Map<String, Usage> usages() {
        Map<String, Usage> m = new java.util.LinkedHashMap<>();
        String server = " [--db URL [--office CODE]]";
        m.put("verify", new Usage("verify [--data-dir DIR] [--head N:HASH]..." + server, 0,
                Set.of("data-dir", "db", "office", "head"), Set.of()));
        m.put("rebuild", new Usage("rebuild [--data-dir DIR]" + server, 0, Set.of("data-dir", "db", "office"), Set.of()));
        m.put("backup", new Usage("backup [--data-dir DIR]", 0, Set.of("data-dir", "db", "office"), Set.of()));
        m.put("restore", new Usage("restore FILE [--data-dir DIR]", 1, Set.of("data-dir", "db", "office"), Set.of()));
        m.put("load-scenario", new Usage("load-scenario FILE.scenario [--data-dir DIR]" + server, 1,
                Set.of("data-dir", "db", "office"), Set.of()));
        m.put("export", new Usage("export --date YYYY-MM-DD [--to YYYY-MM-DD] [--format pdf,xlsx,csv] --out DIR"
                + " [--lang zh|en] [--full-phones] [--data-dir DIR]" + server, 0,
                Set.of("data-dir", "db", "office", "date", "to", "format", "out", "lang"), Set.of("full-phones")));
        m.put("retention", new Usage("retention [--months N] [--data-dir DIR]" + server, 0,
                Set.of("data-dir", "db", "office", "months"), Set.of()));
        m.put("erase", new Usage("erase --phone PHONE [--data-dir DIR]" + server, 0,
                Set.of("data-dir", "db", "office", "phone"), Set.of()));
        // shared mode (decision 0008): moving an office to a server and back, and the head office's weekly summary
        m.put("migrate", new Usage("migrate --data-dir DIR --to jdbc:postgresql://HOST/DB [--office CODE]"
                + "  |  migrate --db URL [--office CODE] --to NEW_DIR", 0, Set.of("data-dir", "db", "office", "to"),
                Set.of()));
        m.put("report", new Usage("report --from YYYY-MM-DD [--to YYYY-MM-DD] [--format pdf,xlsx,csv] --out DIR"
                + " [--lang zh|en] [--data-dir DIR]" + server, 0,
                Set.of("data-dir", "db", "office", "from", "to", "format", "out", "lang"), Set.of()));
        m.put("simulate", new Usage("simulate --from YYYY-MM-DD [--to YYYY-MM-DD] --policy KEY=VALUE [KEY=VALUE ...]"
                + " --out DIR [--lang zh|en] [--data-dir DIR]" + server, 0,
                Set.of("data-dir", "db", "office", "from", "to", "policy", "out", "lang"), Set.of(), Set.of("policy")));
        m.put("report-offices", new Usage("report-offices --db URL --from YYYY-MM-DD --to YYYY-MM-DD [--format csv]",
                0, Set.of("data-dir", "db", "from", "to", "format"), Set.of()));
        ClientCommands.usages(m);
        return java.util.Collections.unmodifiableMap(m);
    }

    /** Every usage line, for an unknown command. */
    static String usage() {
        StringBuilder sb = new StringBuilder("usage: rotadesk COMMAND, one of:");
        USAGE.values().forEach(u -> sb.append("\n  rotadesk ").append(u.line()));
        return sb.toString();
    }

    private final PrintStream out;
    private final PrintStream err;
    /** The office on a server this command works on, or null for the data folder's own. */
    private ServerOffice server;

    /** The office to work on: the one on the server, or the folder's (which must hold one: none is started here). */
    private OfficeStore open(Path folder) {
        if (server != null) {
            return OfficeStore.open(server);
        }
        OfficeStore.requireOffice(folder);
        return OfficeStore.open(folder);
    }

    /**
     * The office to read, for a command that writes nothing: on a server it opens as a view-only board (a read-only
     * role will do, and nothing is migrated there); a folder must hold an office.
     */
    private OfficeStore openToRead(Path folder) {
        if (server != null) {
            return OfficeStore.open(server.readOnly());
        }
        OfficeStore.requireOffice(folder);
        return OfficeStore.open(folder);
    }

    /** Where the office is, for the command's answer. */
    private String where(Path folder) {
        return server != null ? server.describe() : folder.toString();
    }

    /** Now, for the actions a command confirms (the manager's office). */
    private final java.util.function.Supplier<java.time.LocalDateTime> clock;

    /** Writes results to {@code out} and reasons to {@code err}. */
    public Commands(PrintStream out, PrintStream err) {
        this(out, err, java.time.LocalDateTime::now);
    }

    /** The same, with the commands' actions confirmed at the times {@code clock} says (tests). */
    Commands(PrintStream out, PrintStream err, java.util.function.Supplier<java.time.LocalDateTime> clock) {
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    /**
     * Runs one command line; returns the exit code. Anything refused or failed is one line on {@code err}; a fault
     * of RotaDesk itself goes to the log with its details, never as a stack trace to the user.
     */
    public int run(String[] args) {
        Arguments a;
        try {
            a = Arguments.parse(args);
        } catch (UsageException e) {
            err.println("rotadesk: " + e.getMessage());
            return 2;
        } catch (IllegalArgumentException e) {
            err.println("rotadesk: " + e.getMessage());
            err.println(usage());
            return 2;
        }
        Path folder = DataFolder.resolve(a.option("data-dir"));
        try {
            if (a.command().equals("migrate")) {
                return new ServerCommands(out, err).migrate(folder, a.option("data-dir") != null, a.option("db"),
                        a.option("office"), a.option("to"));
            }
            if (a.command().equals("report-offices")) {
                return new ServerCommands(out, err).reportOffices(folder, a.option("db"), a.option("from"),
                        a.option("to"), a.option("format"));
            }
            // the office is the folder's own, or one on a server (--db, ROTADESK_DB or the folder's server.properties)
            server = ServerConfig.resolve(a.option("db"), a.option("office"), false, folder).orElse(null);
            return switch (a.command()) {
                case "verify" -> verify(folder, a);
                case "rebuild" -> rebuild(folder);
                case "backup" -> backup(folder);
                case "restore" -> restore(folder, a.requirePositional(0, "restore needs the backup file"));
                case "load-scenario" -> loadScenario(folder, a.requirePositional(0, "load-scenario needs a .scenario file"));
                case "export" -> export(folder, a);
                case "retention" -> retention(folder, a);
                case "erase" -> erase(folder, a);
                case "report" -> new RangeCommands(out, err).report(() -> openToRead(folder), a);
                case "simulate" -> new RangeCommands(out, err).simulate(() -> openToRead(folder), a);
                case "clients", "timeline", "transfer", "correct", "import-clients", "export-clients" ->
                        new ClientCommands(out, err, clock).run(new ClientCommands.Office(() -> openToRead(folder),
                                () -> open(folder)), a);
                default -> throw new IllegalStateException("no command " + a.command());
            };
        } catch (StoreException e) {
            LOG.warn("{} failed", a.command(), e);
            err.println("rotadesk: " + e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            err.println("rotadesk: " + e.getMessage());
            err.println("usage: rotadesk " + USAGE.get(a.command()).line());
            return 2;
        } catch (RuntimeException e) {
            LOG.error("{} failed", a.command(), e);
            err.println("rotadesk: " + a.command() + " could not be done (" + e.getClass().getSimpleName()
                    + "); the details are in the log");
            return 1;
        }
    }

    /**
     * {@code verify [--head N:HASH]...}: the chain, the visitors' data against the journal's commitments, and every
     * anchor (head record, backups, and those given, read off signed sheets). Reads the folder, changes nothing.
     */
    private int verify(Path folder, Arguments a) {
        List<ChainHead> paper = new ArrayList<>();
        for (String h : a.all("head")) {
            paper.add(ChainHead.parse(h));
        }
        VerifyReport r = server != null ? OfficeStore.verify(server, paper) : OfficeStore.verify(folder, paper);
        if (r.intact()) {
            out.println("journal intact: " + r.entries() + " entries, head " + r.head().text() + " (" + where(folder)
                    + ")");
        } else {
            err.println("rotadesk: journal broken at entry " + r.firstBroken() + ": " + r.reason());
            r.findings().stream().skip(1).forEach(f -> err.println("  also at entry " + f.entry() + ": " + f.reason()));
        }
        r.anchors().forEach(line -> out.println("  anchor: " + line));
        if (r.anchors().isEmpty()) {
            out.println("  no anchor outside the journal was found: a rewritten journal can only be told from a"
                    + " printed sheet's anchor (verify --head N:HASH)");
        }
        out.println("  visitors' names and phones: " + r.personsChecked() + " checked against the journal"
                + (r.personsBefore() > 0 ? ", " + r.personsBefore() + " recorded before the journal committed to them"
                        + " or erased" : ""));
        return r.intact() ? 0 : 1;
    }

    private int rebuild(Path folder) {
        try (OfficeStore store = open(folder)) {
            RebuildReport r = store.rebuild();
            if (r.consistent()) {
                out.println("read tables rebuilt from " + r.entries() + " journal entries: no differences");
            } else {
                List<String> parts = new ArrayList<>();
                for (Map.Entry<String, Integer> e : r.differences().entrySet()) {
                    if (e.getValue() > 0) {
                        parts.add(e.getKey() + " " + e.getValue());
                    }
                }
                out.println("read tables rebuilt from " + r.entries() + " journal entries; rows that differed: "
                        + String.join(", ", parts));
            }
            // decision 0005: a rule that now decides an entry differently is said, entry by entry
            for (ReplayDrift d : r.drift()) {
                out.println(d.describe());
            }
            if (!r.drift().isEmpty()) {
                out.println(r.drift().size() + " journal entries no longer replay as they were recorded"
                        + " (this version of RotaDesk decides them differently)");
            }
            return 0;
        }
    }

    private int backup(Path folder) {
        if (server != null) {
            err.println("rotadesk: an office on a server is backed up by the server (pg_dump -n " + server.schema()
                    + " -n rotadesk), or copied into a new data folder: rotadesk migrate --db URL --office "
                    + server.office() + " --to DIR");
            return 1;
        }
        OfficeStore.requireOffice(folder);
        try (OfficeStore store = OfficeStore.open(folder)) {
            out.println("backup written: " + store.backup());
            return 0;
        }
    }

    private int restore(Path folder, String file) {
        if (server != null) {
            err.println("rotadesk: restore replaces a data folder's database; for an office on a server restore the"
                    + " server's dump (pg_restore), or restore into a folder and copy it: rotadesk migrate --data-dir DIR"
                    + " --to URL");
            return 1;
        }
        VerifyReport r = Backups.restore(folder, Path.of(file));
        out.println("restored " + file + " (" + r.entries() + " journal entries, chain intact, head " + r.head().text()
                + "); every erasure in the folder's ledger applied again");
        return 0;
    }

    /**
     * {@code export --date D [--to D2] --format pdf,xlsx,csv --out DIR [--lang zh|en] [--full-phones]}: every
     * sheet of every day in the range, each day replayed from its opening.
     */
    private int export(Path folder, Arguments a) {
        String date = a.option("date");
        if (date == null) {
            throw new IllegalArgumentException("export needs --date YYYY-MM-DD");
        }
        java.time.LocalDate from;
        java.time.LocalDate to;
        try {
            from = java.time.LocalDate.parse(date);
            to = a.option("to") == null ? from : java.time.LocalDate.parse(a.option("to"));
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("dates are YYYY-MM-DD: " + e.getParsedString());
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("--to " + to + " is before --date " + from);
        }
        String out = a.option("out");
        if (out == null) {
            throw new IllegalArgumentException("export needs --out DIR");
        }
        java.util.EnumSet<SheetFormat> formats = java.util.EnumSet.noneOf(SheetFormat.class);
        for (String f : a.optionOr("format", "pdf,xlsx,csv").split(",")) {
            try {
                formats.add(SheetFormat.valueOf(f.strip().toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown format '" + f + "' (pdf, xlsx, csv)");
            }
        }
        java.util.Locale locale = switch (a.optionOr("lang", defaultLang())) {
            case "zh" -> java.util.Locale.SIMPLIFIED_CHINESE;
            case "en" -> java.util.Locale.ENGLISH;
            default -> throw new IllegalArgumentException("--lang is zh or en");
        };
        SheetOptions options = new SheetOptions(locale, a.flag("full-phones"));
        try {
            java.nio.file.Files.createDirectories(Path.of(out));
        } catch (IOException e) {
            err.println("rotadesk: cannot create the folder " + out + ": " + e.getMessage());
            return 1;
        }
        try (OfficeStore store = openToRead(folder)) {
            java.util.Set<java.time.LocalDate> days = new java.util.HashSet<>(store.days());
            if (from.equals(to) && !days.contains(from)) {
                err.println("rotadesk: " + (server != null ? "the office " + server.office() : "the data folder")
                        + " holds no day " + from);
                return 1;
            }
            // the desk's range export goes the same way (DayRangeExport): both write the same files
            DayRangeExport.Result r = new DayRangeExport(SheetExporter.standard()).export(new DateRange(from, to), days,
                    day -> DaySheets.of(store.engineAt(day), store.anchorAt(day).text()), Path.of(out), formats, options,
                    DayRangeExport.Progress.NONE);
            out().println("exported " + r.days() + " day(s), " + r.files().size() + " file(s) to "
                    + Path.of(out).toAbsolutePath());
            return r.days() > 0 ? 0 : 1;
        } catch (SheetExportException e) {
            err.println("rotadesk: " + e.getMessage());
            return 1;
        }
    }

    /**
     * {@code retention [--months N]}: shows or sets how many months visitors with no deal are kept (0: for ever),
     * then erases those past it.
     */
    private int retention(Path folder, Arguments a) {
        try (OfficeStore store = open(folder)) {
            java.time.LocalDateTime now = java.time.LocalDateTime.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            if (a.option("months") != null) {
                int months;
                try {
                    months = Integer.parseInt(a.option("months"));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("--months needs a whole number");
                }
                store.setRetentionMonths(months, now);
            }
            int months = store.retentionMonths();
            int erased = store.applyRetention(now);
            out.println(months == 0 ? "retention off: visitors are kept until erased on request"
                    : "retention " + months + " months: " + erased + " visitor(s) with no deal erased");
            return 0;
        }
    }

    /** {@code erase --phone P}: a visitor's name and phone erased on request (PIPL); the rotation stays. */
    private int erase(Path folder, Arguments a) {
        String phone = a.option("phone");
        if (phone == null || com.rotadesk.model.Phones.normalise(phone) == null) {
            throw new IllegalArgumentException("erase needs --phone with the visitor's whole phone number");
        }
        try (OfficeStore store = open(folder)) {
            int rows = store.erase(phone, java.time.LocalDateTime.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
            if (rows == 0) {
                err.println("rotadesk: no visitor with phone " + phone + " (or already erased)");
                return 1;
            }
            out.println("erased the name and phone of " + phone + " (" + rows + " record(s)); the journal is intact");
            return 0;
        }
    }

    private PrintStream out() {
        return out;
    }

    /** {@code --lang zh|en}, or the machine's language. */
    static java.util.Locale locale(Arguments a) {
        return switch (a.optionOr("lang", defaultLang())) {
            case "zh" -> java.util.Locale.SIMPLIFIED_CHINESE;
            case "en" -> java.util.Locale.ENGLISH;
            default -> throw new IllegalArgumentException("--lang is zh or en");
        };
    }

    private static String defaultLang() {
        return java.util.Locale.getDefault().getLanguage().equals("zh") ? "zh" : "en";
    }

    private int loadScenario(Path folder, String file) {
        Scenario scenario;
        try {
            scenario = ScenarioParser.parse(Path.of(file));
        } catch (IOException e) {
            err.println("rotadesk: cannot read " + file + ": " + e.getMessage());
            return 1;
        } catch (ScenarioException e) {
            err.println("rotadesk: " + e.getMessage());
            return 1;
        }
        try (OfficeStore store = server != null ? OfficeStore.open(server) : OfficeStore.open(folder)) {
            var start = firstDay(scenario).atStartOfDay();
            if (store.engine().date() == null) {
                store.submit(new Action.ChangePolicy(start, ScenarioRunner.policyOf(scenario)));
                if (!scenario.roster().isEmpty()) {
                    store.submit(new Action.SetRoster(start, scenario.roster()));
                }
            }
            long before = store.journalSize();
            new ScenarioRunner(store.engine(), store::submit).run(scenario);
            out.println("loaded " + file + ": " + (store.journalSize() - before) + " actions, every expectation held");
            return 0;
        } catch (ScenarioException e) {
            err.println("rotadesk: " + e.getMessage());
            return 1;
        } catch (ActionRejectedException e) {
            err.println("rotadesk: " + e.getMessage());
            return 1;
        }
    }

    private static java.time.LocalDate firstDay(Scenario scenario) {
        for (Scenario.Step step : scenario.steps()) {
            if (step instanceof Scenario.Act act && act.action() instanceof Action.StartDay s) {
                return s.date();
            }
        }
        return ScenarioParser.DEFAULT_DATE;
    }

    /** Options a command line may give more than once. */
    private static final Set<String> REPEATABLE = Set.of("head", "map");

    /** {@code COMMAND [positional...] [--name value...]}, checked against the command's {@link Usage}. */
    record Arguments(String command, List<String> positional, Map<String, List<String>> options) {

        static Arguments parse(String[] args) {
            if (args.length == 0) {
                throw new IllegalArgumentException("no command given");
            }
            Usage usage = USAGE.get(args[0]);
            if (usage == null) {
                throw new IllegalArgumentException("unknown command '" + args[0] + "'");
            }
            List<String> positional = new ArrayList<>();
            Map<String, List<String>> options = new java.util.LinkedHashMap<>();
            for (int i = 1; i < args.length; i++) {
                String arg = args[i];
                if (arg.startsWith("--")) {
                    String name = arg.substring(2);
                    int eq = name.indexOf('=');
                    String value = null;
                    if (eq >= 0) {
                        value = name.substring(eq + 1);
                        name = name.substring(0, eq);
                    }
                    if (usage.flags().contains(name)) {
                        if (value != null) {
                            throw new UsageException(usage, "--" + name + " takes no value");
                        }
                        value = "true";
                    } else if (!usage.options().contains(name)) {
                        throw new UsageException(usage, "unknown option --" + name + " for " + args[0]);
                    } else if (value == null && usage.lists().contains(name)) {
                        List<String> values = new ArrayList<>();
                        while (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                            values.add(args[++i]);
                        }
                        if (values.isEmpty()) {
                            throw new UsageException(usage, "--" + name + " needs a value");
                        }
                        if (options.containsKey(name)) {
                            throw new UsageException(usage, "--" + name + " is given twice");
                        }
                        options.put(name, values);
                        continue;
                    } else if (value == null) {
                        if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                            throw new UsageException(usage, "--" + name + " needs a value");
                        }
                        value = args[++i];
                    }
                    if (!REPEATABLE.contains(name) && options.containsKey(name)) {
                        throw new UsageException(usage, "--" + name + " is given twice");
                    }
                    options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
                } else {
                    positional.add(arg);
                }
            }
            if (positional.size() > usage.positional()) {
                throw new UsageException(usage, "unexpected argument '" + positional.get(usage.positional()) + "'");
            }
            return new Arguments(args[0], positional, options);
        }

        String option(String name) {
            List<String> values = options.get(name);
            return values == null ? null : values.getFirst();
        }

        List<String> all(String name) {
            return options.getOrDefault(name, List.of());
        }

        String optionOr(String name, String fallback) {
            String v = option(name);
            return v == null ? fallback : v;
        }

        boolean flag(String name) {
            return options.containsKey(name);
        }

        String requirePositional(int index, String message) {
            if (positional.size() <= index) {
                throw new IllegalArgumentException(message);
            }
            return positional.get(index);
        }
    }

    /** A command line its command does not accept: said with that command's usage line only. */
    static final class UsageException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        UsageException(Usage usage, String message) {
            super(message + "\nusage: rotadesk " + usage.line());
        }
    }
}
