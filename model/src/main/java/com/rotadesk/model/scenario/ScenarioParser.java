package com.rotadesk.model.scenario;

import com.rotadesk.model.Action;
import com.rotadesk.model.AwayKind;
import com.rotadesk.model.Channel;
import com.rotadesk.model.Event;
import com.rotadesk.model.PassReason;
import com.rotadesk.model.Policy;
import com.rotadesk.model.PolicyException;
import com.rotadesk.model.Registration;
import com.rotadesk.model.Rejection;
import com.rotadesk.model.VisitSource;
import com.rotadesk.model.VisitType;
import com.rotadesk.model.VoidReason;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the {@code .scenario} format of {@code shared/spec/scenarios/README.md}. */
public final class ScenarioParser {
    /** The day a scenario plays when it never says {@code date:}. */
    public static final LocalDate DEFAULT_DATE = LocalDate.of(2026, 11, 23);

    private final String source;
    private int lineNo;

    private ScenarioParser(String source) {
        this.source = source;
    }

    /** Parses a file. */
    public static Scenario parse(Path file) throws IOException {
        return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Parses text; {@code source} names it in error messages. */
    public static Scenario parse(String source, String text) {
        return new ScenarioParser(source).read(text);
    }

    private Scenario read(String text) {
        String title = "";
        Map<String, String> policy = new LinkedHashMap<>();
        List<String> roster = new ArrayList<>();
        List<Scenario.Step> steps = new ArrayList<>();
        LocalDate date = null;
        LocalTime last = null;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            lineNo = i + 1;
            String line = lines[i].strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1).strip();
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("title:")) {
                title = line.substring(6).strip();
            } else if (line.startsWith("policy:")) {
                for (String kv : words(line.substring(7))) {
                    String[] p = pair(kv);
                    try {
                        Policy.defaults().with(p[0], p[1]);
                    } catch (PolicyException e) {
                        throw fail(e.getMessage());
                    }
                    policy.put(p[0], p[1]);
                }
            } else if (line.startsWith("roster:")) {
                if (date != null) {
                    throw fail("roster: must come before the first timed line");
                }
                roster.addAll(words(line.substring(7)));
            } else if (line.startsWith("date:")) {
                try {
                    LocalDate next = LocalDate.parse(line.substring(5).strip());
                    if (date != null && !next.isAfter(date)) {
                        throw fail("date " + next + " does not follow " + date);
                    }
                    date = next;
                } catch (DateTimeParseException e) {
                    throw fail("not a date (YYYY-MM-DD): " + line.substring(5).strip());
                }
                steps.add(new Scenario.Act(lineNo, new Action.StartDay(date), null));
                last = null;
            } else {
                int space = line.indexOf(' ');
                if (space < 0) {
                    throw fail("expected 'HH:MM ACTION': " + line);
                }
                LocalTime time;
                try {
                    time = LocalTime.parse(line.substring(0, space));
                } catch (DateTimeParseException e) {
                    throw fail("expected 'HH:MM ACTION': " + line);
                }
                if (date == null) {
                    date = DEFAULT_DATE;
                    steps.add(new Scenario.Act(lineNo, new Action.StartDay(date), null));
                }
                if (last != null && time.isBefore(last)) {
                    throw fail("time " + time + " is earlier than the line before (" + last + ")");
                }
                last = time;
                steps.add(step(LocalDateTime.of(date, time), line.substring(space + 1).strip()));
            }
        }
        return new Scenario(source, title, policy, roster, steps);
    }

    private Scenario.Step step(LocalDateTime at, String text) {
        List<String> w = words(text);
        String verb = w.getFirst();
        List<String> args = w.subList(1, w.size());
        return switch (verb) {
            case "signin" -> act(new Action.SignIn(at, arg(args, 0), option(args, "group")));
            case "signout" -> act(new Action.SignOut(at, one(args)));
            case "away" -> {
                need(args, 2);
                yield act(new Action.StepAway(at, args.get(0), kind(args.get(1))));
            }
            case "back" -> act(new Action.Back(at, one(args)));
            case "visit" -> checkIn(at, Channel.WALK_IN, args);
            case "call" -> checkIn(at, Channel.PHONE, args);
            case "assign" -> {
                Arrow arrow = arrow(args);
                need(arrow.before(), 1);
                String ref = arrow.before().getFirst();
                yield new Scenario.Act(lineNo, new Action.Assign(at, ref), outcome(ref, arrow.after()));
            }
            case "end" -> act(new Action.EndVisit(at, one(args)));
            case "void" -> {
                need(args, 2);
                try {
                    yield act(new Action.VoidVisit(at, args.get(0), VoidReason.parse(args.get(1))));
                } catch (IllegalArgumentException e) {
                    throw fail(e.getMessage());
                }
            }
            case "deal" -> act(new Action.MarkDeal(at, one(args)));
            case "followup" -> act(new Action.FollowUp(at, one(args)));
            case "surge" -> switch (one(args)) {
                case "on" -> act(new Action.Surge(at, true));
                case "off" -> act(new Action.Surge(at, false));
                default -> throw fail("surge on|off");
            };
            case "reorder" -> act(new Action.Reorder(at, option(args, "group"), channelOption(args),
                    positional(args), reason(args)));
            case "correct" -> correct(at, args);
            case "import" -> importRow(at, args);
            case "transfer" -> {
                Arrow arrow = arrow(args);
                need(arrow.before(), 1);
                need(arrow.after(), 1);
                String to = arrow.after().getFirst();
                List<String> opts = arrow.after().subList(1, arrow.after().size());
                for (String o : opts) {
                    if (!o.startsWith("deal=") && !o.startsWith("reason=")) {
                        throw fail("unknown option '" + o + "' (deal=yes, reason=TEXT)");
                    }
                }
                boolean deal = "yes".equals(option(opts, "deal"));
                yield act(new Action.Transfer(at, arrow.before().getFirst(), "pool".equals(to) ? null : to, deal,
                        reason(opts)));
            }
            case "transfer-all" -> {
                Arrow arrow = arrow(args);
                need(arrow.before(), 1);
                need(arrow.after(), 1);
                String to = arrow.after().getFirst();
                yield act(new Action.TransferAll(at, arrow.before().getFirst(),
                        "pool".equals(to) ? List.of() : Arrays.asList(to.split(",")),
                        reason(arrow.after().subList(1, arrow.after().size()))));
            }
            // project extensions of the shared format: the manager's adjustments (R23)
            case "grant" -> act(new Action.GrantCredit(at, only(args, 1).getFirst(), channelOption(args),
                    reason(args)));
            case "takeback" -> act(new Action.TakeCredit(at, only(args, 1).getFirst(), channelOption(args),
                    reason(args)));
            case "pointer" -> act(new Action.MovePointer(at, option(args, "group"), channelOption(args),
                    only(args, 1).getFirst(), reason(args)));
            case "assign-to" -> {
                List<String> p = only(args, 3);
                boolean counted = switch (p.get(2)) {
                    case "counted" -> true;
                    case "uncounted" -> false;
                    default -> throw fail("assign-to V C counted|uncounted [reason=TEXT]");
                };
                yield act(new Action.AssignTo(at, p.get(0), p.get(1), counted, reason(args)));
            }
            case "disqualify" -> act(new Action.Disqualify(at, only(args, 1).getFirst(), reason(args)));
            case "reinstate" -> act(new Action.Reinstate(at, only(args, 1).getFirst(), reason(args)));
            case "undo" -> {
                if (!args.isEmpty()) {
                    throw fail("undo takes no arguments");
                }
                yield act(new Action.Undo(at));
            }
            case "expect" -> expect(at, args);
            default -> throw fail("unknown action '" + verb + "'");
        };
    }

    private Scenario.Step checkIn(LocalDateTime at, Channel channel, List<String> args) {
        Arrow arrow = arrow(args);
        List<String> left = arrow.before();
        need(left, 1);
        String ref = left.getFirst();
        Map<String, String> opts = new LinkedHashMap<>();
        for (String kv : left.subList(1, left.size())) {
            String[] p = pair(kv);
            if (!List.of("phone", "name", "type", "named", "family", "party", "group", "skip", "source", "notes")
                    .contains(p[0])) {
                throw fail("unknown option '" + p[0] + "'");
            }
            opts.put(p[0], p[1]);
        }
        if (!opts.containsKey("phone")) {
            throw fail("a " + (channel == Channel.PHONE ? "call" : "visit") + " needs phone= (or phone=none)");
        }
        String phone = "none".equals(opts.get("phone")) ? null : opts.get("phone");
        // project extension: name=none registers a visitor without a name (R16), as phone=none does
        String name = "none".equals(opts.get("name")) ? null : opts.getOrDefault("name", ref);
        int party;
        try {
            party = Integer.parseInt(opts.getOrDefault("party", "1"));
        } catch (NumberFormatException e) {
            throw fail("party= needs a number");
        }
        Boolean family = switch (opts.getOrDefault("family", "")) {
            case "" -> null;
            case "yes" -> true;
            case "no" -> false;
            default -> throw fail("family=yes|no");
        };
        List<Rejection> rejections = new ArrayList<>();
        if (opts.containsKey("skip")) {
            for (String s : opts.get("skip").split(",")) {
                String[] p = s.split(":");
                if (p.length != 2) {
                    throw fail("skip= takes C:absent or C:declined, comma-separated");
                }
                try {
                    rejections.add(new Rejection(p[0], PassReason.parseRejection(p[1])));
                } catch (IllegalArgumentException e) {
                    throw fail(e.getMessage());
                }
            }
        }
        try {
            VisitType type = opts.containsKey("type") ? VisitType.parse(opts.get("type")) : null;
            VisitSource source = opts.containsKey("source") ? VisitSource.parse(opts.get("source"))
                    : channel == Channel.PHONE ? VisitSource.PHONE_INVITATION : VisitSource.WALK_IN;
            Action.CheckIn a = new Action.CheckIn(at, channel, ref,
                    new Registration(name, phone, party, source, opts.get("notes")), type, opts.get("named"), family,
                    opts.get("group"), rejections);
            return new Scenario.Act(lineNo, a, outcome(ref, arrow.after()));
        } catch (IllegalArgumentException e) {
            throw fail(e.getMessage());
        }
    }

    /** R28: {@code correct V [name=N] [phone=P] [party=K] [source=S] [notes=TEXT] [reason=TEXT]}. */
    private Scenario.Step correct(LocalDateTime at, List<String> args) {
        need(args, 2);
        Map<String, String> opts = new LinkedHashMap<>();
        for (String kv : args.subList(1, args.size())) {
            String[] p = pair(kv);
            if (!List.of("name", "phone", "party", "source", "notes", "reason").contains(p[0])) {
                throw fail("unknown option '" + p[0] + "' (name, phone, party, source, notes, reason)");
            }
            opts.put(p[0], p[1]);
        }
        Integer party = null;
        if (opts.containsKey("party")) {
            try {
                party = Integer.parseInt(opts.get("party"));
            } catch (NumberFormatException e) {
                throw fail("party= needs a number");
            }
        }
        try {
            VisitSource source = opts.containsKey("source") ? VisitSource.parse(opts.get("source")) : null;
            return act(new Action.Correct(at, args.getFirst(), opts.get("name"), opts.get("phone"), party, source,
                    opts.get("notes"), opts.getOrDefault("reason", "scenario line " + lineNo)));
        } catch (IllegalArgumentException e) {
            throw fail(e.getMessage());
        }
    }

    /** R29: {@code import P name=N owner=C last=D [first=D] [deal=yes|D] [unknown=add|pool] => FATE}. */
    private Scenario.Step importRow(LocalDateTime at, List<String> args) {
        Arrow arrow = arrow(args);
        need(arrow.before(), 1);
        Map<String, String> opts = new LinkedHashMap<>();
        for (String kv : arrow.before().subList(1, arrow.before().size())) {
            String[] p = pair(kv);
            if (!List.of("name", "owner", "last", "first", "deal", "unknown").contains(p[0])) {
                throw fail("unknown option '" + p[0] + "' (name, owner, last, first, deal, unknown)");
            }
            opts.put(p[0], p[1]);
        }
        if (arrow.after().size() != 1) {
            throw fail("import ... => accepted|refused|known|conflict|wins");
        }
        Event.ImportFate fate = switch (arrow.after().getFirst()) {
            case "accepted" -> Event.ImportFate.ACCEPTED;
            case "refused" -> Event.ImportFate.REFUSED;
            case "known" -> Event.ImportFate.KNOWN;
            case "conflict" -> Event.ImportFate.CONFLICT;
            case "wins" -> Event.ImportFate.WINS;
            default -> throw fail("unknown fate '" + arrow.after().getFirst()
                    + "' (accepted, refused, known, conflict, wins)");
        };
        LocalDate last = date(opts.get("last"));
        LocalDate first = date(opts.get("first"));
        String deal = opts.get("deal");
        LocalDate dealDate = deal == null ? null : "yes".equals(deal) ? last : date(deal);
        Action.UnknownOwner unknown = switch (opts.getOrDefault("unknown", "add")) {
            case "add" -> Action.UnknownOwner.ADD;
            case "pool" -> Action.UnknownOwner.POOL;
            default -> throw fail("unknown=add|pool");
        };
        Action.ImportRow row = new Action.ImportRow(arrow.before().getFirst(), opts.get("name"), opts.get("owner"),
                first, last, dealDate, unknown);
        return new Scenario.Act(lineNo, new Action.Import(at, List.of(row)), null, fate);
    }

    private LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw fail("'" + text + "' is not a date (YYYY-MM-DD)");
        }
    }

    private record Arrow(List<String> before, List<String> after) {
    }

    private Arrow arrow(List<String> args) {
        int i = args.indexOf("=>");
        if (i < 0) {
            throw fail("expected '=> CONSULTANT' (or '=> waiting')");
        }
        return new Arrow(args.subList(0, i), args.subList(i + 1, args.size()));
    }

    private Scenario.Outcome outcome(String ref, List<String> after) {
        need(after, 1);
        String who = after.getFirst();
        Boolean counted = null;
        boolean makeUp = false;
        for (String tag : after.subList(1, after.size())) {
            switch (tag) {
                case "counted" -> counted = true;
                case "uncounted" -> counted = false;
                case "makeup" -> makeUp = true;
                default -> throw fail("unknown tag '" + tag + "' (counted, uncounted, makeup)");
            }
        }
        if ("waiting".equals(who) && (counted != null || makeUp)) {
            throw fail("'waiting' takes no tags");
        }
        return new Scenario.Outcome(ref, "waiting".equals(who) ? null : who, counted, makeUp);
    }

    private Scenario.Step expect(LocalDateTime at, List<String> args) {
        need(args, 2);
        Scenario.Kind kind = switch (args.getFirst()) {
            case "next" -> Scenario.Kind.NEXT;
            case "turns" -> Scenario.Kind.TURNS;
            case "credits" -> Scenario.Kind.CREDITS;
            case "round" -> Scenario.Kind.ROUND;
            case "owner" -> Scenario.Kind.OWNER;
            case "violations" -> Scenario.Kind.VIOLATIONS;
            case "status" -> Scenario.Kind.STATUS;
            default -> throw fail("unknown expectation '" + args.getFirst() + "'");
        };
        List<String> rest = args.subList(1, args.size());
        String group = option(rest, "group");
        Channel channel = channelOption(rest);
        List<String> items = rest.stream()
                .filter(s -> !s.startsWith("group=") && !s.startsWith("channel=")).toList();
        Map<String, String> values = new LinkedHashMap<>();
        if (kind == Scenario.Kind.NEXT || kind == Scenario.Kind.ROUND) {
            need(items, 1);
            if (items.size() != 1) {
                throw fail("expect " + args.getFirst() + " takes one value");
            }
            values.put(args.getFirst(), items.getFirst());
            if (kind == Scenario.Kind.ROUND) {
                number(items.getFirst());
            }
        } else {
            for (String kv : items) {
                String[] p = pair(kv);
                if (kind != Scenario.Kind.OWNER && kind != Scenario.Kind.STATUS) {
                    number(p[1]);
                }
                values.put(p[0], p[1]);
            }
            if (values.isEmpty()) {
                throw fail("expect " + args.getFirst() + " needs NAME=VALUE");
            }
        }
        return new Scenario.Expect(lineNo, at, kind, Collections.unmodifiableMap(values), group,
                channel == null ? Channel.WALK_IN : channel);
    }

    private Scenario.Step act(Action a) {
        return new Scenario.Act(lineNo, a, null);
    }

    private static List<String> words(String s) {
        String t = s.strip();
        return t.isEmpty() ? List.of() : Arrays.asList(t.split("\\s+"));
    }

    private String[] pair(String kv) {
        int eq = kv.indexOf('=');
        if (eq <= 0) {
            throw fail("expected KEY=VALUE, got '" + kv + "'");
        }
        return new String[] {kv.substring(0, eq), kv.substring(eq + 1)};
    }

    private static String option(List<String> args, String key) {
        for (String a : args) {
            if (a.startsWith(key + "=")) {
                return a.substring(key.length() + 1);
            }
        }
        return null;
    }

    private Channel channelOption(List<String> args) {
        String c = option(args, "channel");
        if (c == null) {
            return null;
        }
        try {
            return Channel.parse(c);
        } catch (IllegalArgumentException e) {
            throw fail(e.getMessage());
        }
    }

    private static List<String> positional(List<String> args) {
        return args.stream().filter(a -> !a.contains("=")).toList();
    }

    private String arg(List<String> args, int i) {
        List<String> p = positional(args);
        if (p.size() <= i) {
            throw fail("missing argument");
        }
        return p.get(i);
    }

    /** Exactly {@code n} positional arguments (options such as {@code reason=} aside). */
    private List<String> only(List<String> args, int n) {
        List<String> p = positional(args);
        if (p.size() != n) {
            throw fail("expected " + n + " argument" + (n == 1 ? "" : "s") + " besides options");
        }
        for (String a : args) {
            if (a.contains("=") && !a.startsWith("reason=") && !a.startsWith("channel=") && !a.startsWith("group=")) {
                throw fail("unknown option '" + a.substring(0, a.indexOf('=')) + "'");
            }
        }
        return p;
    }

    /** The manager's reason ({@code reason=TEXT}); a line without one names itself. */
    private String reason(List<String> args) {
        String r = option(args, "reason");
        return r != null ? r : "scenario line " + lineNo;
    }

    private String one(List<String> args) {
        if (args.size() != 1) {
            throw fail("expected exactly one argument");
        }
        return args.getFirst();
    }

    private AwayKind kind(String s) {
        try {
            return AwayKind.parse(s);
        } catch (IllegalArgumentException e) {
            throw fail(e.getMessage());
        }
    }

    private void need(List<String> args, int n) {
        if (args.size() < n) {
            throw fail("missing argument");
        }
    }

    private void number(String s) {
        try {
            Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw fail("'" + s + "' is not a number");
        }
    }

    private ScenarioException fail(String message) {
        return new ScenarioException(source, lineNo, message);
    }
}
