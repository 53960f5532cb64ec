package com.rotadesk.app.desk;

import com.rotadesk.model.ActionRejectedException;
import com.rotadesk.model.AssignmentReason;
import com.rotadesk.model.ConsultantStatus;
import com.rotadesk.model.PassReason;
import com.rotadesk.model.Refusal;
import com.rotadesk.model.VisitSource;
import com.rotadesk.model.VisitType;

import java.text.MessageFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/** The desk's words in the user's language (bundles {@code desk.properties}, {@code desk_zh_CN.properties}). */
public final class Texts {
    private final ResourceBundle bundle;
    private final Locale locale;

    /** Loads the bundle; English never falls back to the machine's Chinese, and the other way round. */
    public Texts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("com.rotadesk.app.desk.desk", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
    }

    /** The locale. */
    public Locale locale() {
        return locale;
    }

    /** The text of a key, with {0}-style arguments. */
    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** True when the bundle has this key. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** A status in words. */
    public String status(ConsultantStatus s) {
        return get("status." + s.code());
    }

    /** The symbol that goes with a status (colour-blind safe alongside the word). */
    public static String symbol(ConsultantStatus s) {
        return switch (s) {
            case AVAILABLE -> "●";
            case RECEIVING -> "◐";
            case AWAY_BUSINESS -> "◌";
            case AWAY_PRIVATE -> "○";
            case DISQUALIFIED -> "✕";
            case SIGNED_OUT -> "–";
        };
    }

    /** A visit type in words. */
    public String type(VisitType t) {
        return get("type." + t.code());
    }

    /** A source in words. */
    public String source(VisitSource s) {
        return get("source." + s.code());
    }

    /** A pass reason in words. */
    public String pass(PassReason r) {
        return get("pass." + r.code());
    }

    /** Why the engine refused an action, in words, with the names, visits and times it mentions. */
    public String refusal(ActionRejectedException refused) {
        Object[] details = refused.details().stream().map(d -> switch (d) {
            case VisitType type -> type(type);
            // seconds: a refusal about order ("earlier than the last action") is often about seconds
            case LocalDateTime at -> at.format(DateTimeFormatter.ofPattern("HH:mm:ss"));
            case Refusal.Visitor v -> v.name() == null || v.name().isBlank() || v.name().startsWith("@")
                    ? get("refusal.visitorNumber", v.number()) : get("refusal.visitor", v.name(), v.number());
            case null -> "";
            default -> d.toString();
        }).toArray();
        return get(refused.refusal().key(), details);
    }

    /** The refusal sentences, for the printed reports (why the simulator left an action out). */
    public com.rotadesk.app.sheets.RefusalWords refusalWords() {
        return (r, details) -> refusal(new ActionRejectedException(r, details.toArray()));
    }

    /** MM-dd: a day of the office's year, as the sheets print it. */
    public String shortDate(java.time.LocalDate d) {
        return d == null ? "" : d.format(DateTimeFormatter.ofPattern("MM-dd"));
    }

    /** HH:mm. */
    public String time(LocalDateTime t) {
        return t == null ? "" : t.format(DateTimeFormatter.ofPattern("HH:mm"));
    }

    /** HH:mm. */
    public String time(java.time.LocalTime t) {
        return t == null ? "" : t.format(DateTimeFormatter.ofPattern("HH:mm"));
    }

    /** Why a consultant was proposed, in words: "make-up credit from 10:11", "owner, protected until 12-20". */
    public String reason(AssignmentReason r) {
        return switch (r) {
            case AssignmentReason.MakeUp m -> get("reason.makeUp", time(m.creditSince()));
            case AssignmentReason.NextInRotation n -> get("reason.next", n.round());
            case AssignmentReason.Surge s -> get("reason.surge");
            case AssignmentReason.Owner o -> o.deal() ? get("reason.ownerDeal", o.owner())
                    : get("reason.owner", o.owner(), o.protectedUntil().format(DateTimeFormatter.ofPattern("MM-dd")));
            case AssignmentReason.Named n -> get("reason.named", n.consultant());
            case AssignmentReason.SameDayRepeat s -> get("reason.repeat", s.firstReceiver());
            case AssignmentReason.StandIn s -> get("reason.standIn", s.forConsultant(), status(s.status()));
            case AssignmentReason.LastInRound l -> get("reason.lastInRound");
            case AssignmentReason.Manual m -> get("reason.manual", m.reason());
            case AssignmentReason.NobodyAvailable n -> get("reason.nobody");
        };
    }
}
