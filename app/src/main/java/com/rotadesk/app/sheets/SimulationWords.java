package com.rotadesk.app.sheets;

import com.rotadesk.model.Action;
import com.rotadesk.model.Visit;
import com.rotadesk.model.review.Difference;
import com.rotadesk.model.review.SkippedAction;

/**
 * A simulation's lines in words, the same on paper and on the desk's screen: what was left out and why, who would
 * have received a visit, and whether a difference is the day's first.
 */
public final class SimulationWords {
    private final SheetWords words;
    private final RefusalWords refusals;

    /** The words of these options; {@code refusals} words the engine's refusals. */
    public SimulationWords(SheetOptions options, RefusalWords refusals) {
        this(new SheetWords(options), refusals);
    }

    SimulationWords(SheetWords words, RefusalWords refusals) {
        this.words = words;
        this.refusals = refusals;
    }

    /** The action left out: its kind and whom it concerns ("Check-in 王先生 (No. 5)"). */
    public String what(SkippedAction k) {
        String kind = k.action().getClass().getSimpleName();
        String key = "skip.kind." + kind;
        return words.labels().has(key) ? words.format(key, subject(k)).strip() : words.format("skip.kind.other", kind);
    }

    private String subject(SkippedAction k) {
        Visit v = k.visit();
        if (v != null) {
            String name = words.name(v.registration().name());
            return name.isEmpty() ? words.format("skip.visitorNumber", v.number())
                    : words.format("skip.visitor", name, v.number());
        }
        return switch (k.action()) {
            case Action.SignIn a -> a.consultant();
            case Action.SignOut a -> a.consultant();
            case Action.StepAway a -> a.consultant();
            case Action.Back a -> a.consultant();
            case Action.GrantCredit a -> a.consultant();
            case Action.TakeCredit a -> a.consultant();
            case Action.Disqualify a -> a.consultant();
            case Action.Reinstate a -> a.consultant();
            default -> "";
        };
    }

    /** Why it was left out. */
    public String why(SkippedAction k) {
        return switch (k.what()) {
            case REJECTION -> words.format("sim.skip.rejection", k.rejection().consultant(),
                    words.text("pass." + k.rejection().reason().code()));
            case UNDO -> words.text("sim.skip.undo");
            case ACTION -> refusals.of(k.refusal(), k.details());
        };
    }

    /** Who received a visit, and whether it counted ("李娜 (uncounted)"), or that nobody did. */
    public String receiver(String consultant, boolean counted) {
        if (consultant == null) {
            return words.text("sim.notReceived");
        }
        return words.format(counted ? "sim.counted" : "sim.uncounted", consultant);
    }

    /** The day's first difference, or one that follows from it. */
    public String mark(Difference d) {
        return words.text(d.first() ? "sim.first" : "sim.following");
    }

    /** The visit's type as recorded, and as simulated when that differs ("New → Returning"). */
    public String type(Difference d) {
        return d.recordedType() == d.simulatedType() ? words.type(d.recordedType())
                : words.type(d.recordedType()) + " → " + words.type(d.simulatedType());
    }

    /** The visitor's name as printed (never an erased one). */
    public String visitor(Difference d) {
        return words.name(d.registration().name());
    }

    /** The visitor's phone, masked. */
    public String phone(Difference d) {
        return words.phone(d.registration().phone());
    }

    /** A channel in words. */
    public String channel(com.rotadesk.model.Channel channel) {
        return words.channel(channel);
    }

    /** A policy setting's short name. */
    public String setting(String key) {
        return words.setting(key);
    }

    /** A setting's value in words. */
    public String settingValue(String value) {
        return words.settingValue(value);
    }
}
