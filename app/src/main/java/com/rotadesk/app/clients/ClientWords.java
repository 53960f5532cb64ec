package com.rotadesk.app.clients;

import com.rotadesk.model.Action;
import com.rotadesk.model.ClientStanding;
import com.rotadesk.model.Phones;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The manager's office in words, one language ({@code clients.properties}, {@code clients_zh_CN.properties}): a
 * client's standing, a timeline line's kind and rules, an imported row's fate. Shared by the window, the dispute
 * record's PDF and the command line, so all three say the same.
 */
public final class ClientWords {
    private static final String BUNDLE = "com.rotadesk.app.clients.clients";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MM-dd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final ResourceBundle bundle;
    private final Locale locale;

    /** The words of a locale: Chinese for zh, English otherwise (never the machine's language instead). */
    public ClientWords(Locale locale) {
        this.locale = locale.getLanguage().equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The locale the words are in. */
    public Locale locale() {
        return locale;
    }

    /** A text with {@code {0}}-style arguments replaced as they are (no MessageFormat quoting in the bundles). */
    public String get(String key, Object... args) {
        String s;
        try {
            s = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("the text '" + key + "' is missing from the " + locale + " words", e);
        }
        for (int i = 0; i < args.length; i++) {
            s = s.replace("{" + i + "}", args[i] == null ? "—" : String.valueOf(args[i]));
        }
        return s;
    }

    /** True when the bundle has the key. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** Where a client stands: "protected until 2026-12-20", "public since 2026-11-20", "deal", "not owned". */
    public String standing(ClientStanding s) {
        if (s == null) {
            return get("status.unknown");
        }
        if (s.deal()) {
            return get("status.deal");
        }
        if (s.owner() != null) {
            return get("status.protected", day(s.protectedUntil()));
        }
        if (s.publicSince() != null) {
            return get("status.public", day(s.publicSince()));
        }
        return get("status.none");
    }

    /** A day, {@code 2026-11-23}; blank for null. */
    public String day(TemporalAccessor t) {
        return t == null ? "" : DAY.format(t);
    }

    /** A time of day, {@code 10:42}. */
    public String time(LocalDateTime t) {
        return t == null ? "" : TIME.format(t);
    }

    /** A moment, {@code 2026-11-23 10:42}. */
    public String minute(LocalDateTime t) {
        return t == null ? "" : MINUTE.format(t);
    }

    /** A last contact: its day and time, or its day alone when the record knows only the day (an old register). */
    public String contact(LocalDateTime t) {
        return t == null ? "" : t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? day(t) : minute(t);
    }

    /** A name, or "erased" for personal data erased on request. */
    public String name(String name) {
        return name == null ? "" : Phones.erased(name) ? "—" : name;
    }

    /** A phone masked as {@code 138****5678}, or whole. */
    public String phone(String phone, boolean full) {
        if (phone == null || Phones.erased(phone)) {
            return "";
        }
        return full ? phone : Phones.mask(phone);
    }

    // ---------------------------------------------------------------- the timeline

    /** What a line records. */
    public String kind(ClientTimeline.Kind kind) {
        return get("kind." + kind.name());
    }

    /** A line's rules in words, each after its id: "R17 first registration, owner 徐娅; R7 next in rotation, round 2". */
    public String rules(ClientTimeline.Line line) {
        StringBuilder sb = new StringBuilder();
        for (ClientTimeline.Rule r : line.rules()) {
            if (!sb.isEmpty()) {
                sb.append(locale.getLanguage().equals("zh") ? "；" : "; ");
            }
            sb.append(r.id()).append(' ').append(rule(r, line.at()));
        }
        return sb.toString();
    }

    /** One rule in words; its dates as {@code 12-20} in the line's year, with the year otherwise. */
    public String rule(ClientTimeline.Rule rule, LocalDateTime lineAt) {
        Object[] args = rule.args().stream().map(a -> switch (a) {
            case null -> null;
            case LocalDateTime t -> rule.key().equals("makeUp") ? time(t) : shortDay(t.toLocalDate(), lineAt);
            case LocalDate d -> shortDay(d, lineAt);
            case com.rotadesk.model.Event.ImportRefusal why -> get("refusal." + why.name());
            default -> a;
        }).toArray();
        return get("rule." + rule.key(), args);
    }

    private static String shortDay(LocalDate d, LocalDateTime lineAt) {
        return d.getYear() == lineAt.getYear() ? SHORT.format(d) : DAY.format(d);
    }

    /** What the line says besides its kind: the visit's type and the name given, a transfer's reason… */
    public String detail(ClientTimeline.Line line, String clientName, boolean fullPhones) {
        return switch (line.detail()) {
            case null -> "";
            case ClientTimeline.VisitDetail v -> {
                StringBuilder sb = new StringBuilder();
                if (v.type() != null) {
                    sb.append(get("type." + v.type().code()));
                }
                if (v.received()) {
                    sb.append(sb.isEmpty() ? "" : " · ").append(get(v.counted() ? "visit.counted" : "visit.uncounted"));
                }
                if (v.name() != null && !v.name().equals(clientName)) {
                    sb.append(sb.isEmpty() ? "" : " · ").append(get("visit.name", name(v.name())));
                }
                yield sb.toString();
            }
            case ClientTimeline.TransferDetail t -> t.reason() == null ? "" : get("detail.reason", t.reason());
            case ClientTimeline.ImportDetail i -> get("import.row", i.row());
            case ClientTimeline.CorrectionDetail c -> {
                StringBuilder sb = new StringBuilder();
                if (c.nameAfter() != null && !c.nameAfter().equals(c.nameBefore())) {
                    sb.append(get("correction.name", name(c.nameBefore()), name(c.nameAfter())));
                }
                if (c.phoneAfter() != null && !c.phoneAfter().equals(c.phoneBefore())) {
                    sb.append(sb.isEmpty() ? "" : " · ").append(get("correction.phone",
                            phone(c.phoneBefore(), fullPhones), phone(c.phoneAfter(), fullPhones)));
                }
                if (c.reason() != null) {
                    sb.append(sb.isEmpty() ? "" : " · ").append(get("detail.reason", c.reason()));
                }
                yield sb.toString();
            }
            case ClientTimeline.NameDetail n -> name(n.name());
            case ClientTimeline.UndoDetail u -> get("undo.of", kind(undone(u.undone())));
            case ClientTimeline.VoidDetail v -> get("void." + v.reason().code());
        };
    }

    /** The kind of line the undone action had made. */
    private static ClientTimeline.Kind undone(Action a) {
        return switch (a) {
            case Action.CheckIn c -> c.channel() == com.rotadesk.model.Channel.PHONE ? ClientTimeline.Kind.CALL
                    : ClientTimeline.Kind.VISIT;
            case Action.FollowUp f -> ClientTimeline.Kind.FOLLOW_UP;
            case Action.MarkDeal d -> ClientTimeline.Kind.DEAL;
            case Action.Transfer t -> t.to() == null ? ClientTimeline.Kind.POOL : ClientTimeline.Kind.TRANSFER;
            case Action.TransferAll t -> ClientTimeline.Kind.TRANSFER;
            case Action.Correct c -> ClientTimeline.Kind.CORRECTION;
            case Action.CorrectEarlier c -> ClientTimeline.Kind.CORRECTION;
            case Action.Import i -> ClientTimeline.Kind.IMPORT;
            case Action.VoidVisit v -> ClientTimeline.Kind.VOID;
            default -> ClientTimeline.Kind.RECEIVED;
        };
    }

    /** The line's journal entry: its number, or a dash for a lapse (the rules say when it falls; no entry does). */
    public String entry(ClientTimeline.Line line) {
        return line.entry() == 0 ? get("timeline.lapseEntry") : "#" + line.entry();
    }

    // ---------------------------------------------------------------- the import

    /** A line's place: "第 12 行", "row 12". */
    public String place(String place) {
        return place == null ? get("fate.earlierImport") : get("row.place", place);
    }

    /** An imported row's fate in words, with the row it meets, once the manager chose about unknown owners. */
    public String fate(ImportPreview.Line l) {
        return fate(l, Action.UnknownOwner.ADD);
    }

    /** An imported row's fate in words; {@code choice} null: the manager has not said what becomes of unknown owners. */
    public String fate(ImportPreview.Line l, Action.UnknownOwner choice) {
        String text = switch (l.fate()) {
            case ACCEPTED -> get("fate.ACCEPTED");
            case TO_POOL -> get("fate.TO_POOL");
            case WINS -> get("fate.WINS", place(l.other()), l.otherOwner());
            case CONFLICT -> get("fate.CONFLICT", place(l.other()), l.otherOwner());
            case DUPLICATE -> get("fate.DUPLICATE", place(l.other()));
            case KNOWN -> get("fate.KNOWN", l.otherOwner() == null ? get("status.none") : l.otherOwner());
            case REFUSED -> get("fate.REFUSED", why(l));
        };
        if (l.replacedBy() != null) {
            text += get("fate.replacedBy", l.replacedBy());
        }
        if (l.newOwner() && l.fate() != ImportPreview.Fate.TO_POOL) {
            text += get(choice == null ? "fate.unknownOwner" : "fate.newOwner", l.owner());
        }
        if (l.lastFromFirst() && l.fate() != ImportPreview.Fate.REFUSED) {
            text += " " + get("import.lastFromFirst");
        }
        return text;
    }

    /** Why a row was refused: the engine's reason (R16, R29) or the value the reader could not read. */
    public String why(ImportPreview.Line l) {
        if (l.problem() != null) {
            return get("problem." + l.problem().field().name(), l.problem().value());
        }
        return l.refusal() == null ? "" : get("refusal." + l.refusal().name());
    }

    /** How a register was read, in words: {@code GB18030，逗号分隔}. */
    public String format(String format) {
        String[] parts = format.split(", ");
        if (parts.length != 2 || !has("format." + parts[1])) {
            return format;
        }
        return parts[0] + (locale.getLanguage().equals("zh") ? "，" : ", ") + get("format." + parts[1]);
    }

    /** A register field's name as the mapping offers it. */
    public String field(RegisterField f) {
        return get("import.field." + f.code());
    }

    /** What becomes of unknown owners, in words. */
    public String unknown(Action.UnknownOwner u) {
        return get(u == Action.UnknownOwner.ADD ? "import.unknown.add" : "import.unknown.pool");
    }

    /** A register file's problem in words. */
    public String problem(RegisterFileException e) {
        return get(e.problem().key(), e.details().toArray());
    }

    /** The counts of an import or its preview, in one sentence. */
    public String counts(ImportPreview.Counts c) {
        return get("import.counts", c.rows(), c.accepted(), c.toPool(), c.wins(), c.conflict(), c.known(), c.refused(),
                c.clients());
    }

    /** Names joined for a sentence. */
    public String list(List<String> names) {
        return String.join(locale.getLanguage().equals("zh") ? "、" : ", ", names);
    }
}
