package com.rotadesk.model;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One policy setting as the contract names it: its key, the rule it belongs to, what values it takes, its default,
 * and how it reads and writes a {@link Policy}. Every place that knows the settings (the policy itself, its
 * validation, the scenarios, the store, the settings dialog) asks these, so a new setting is one entry here.
 * The words are in the desk's bundles: {@code policy.KEY} explains the setting and {@code value.VALUE} names a
 * choice.
 *
 * @param key     the name in rotation.md, scenarios and settings
 * @param rule    the rule it belongs to ({@code R7})
 * @param kind    what the value is
 * @param choices the values of a {@link Kind#CHOICE}, in the order offered
 * @param min     the smallest value of a {@link Kind#NUMBER}
 * @param max     the largest value of a {@link Kind#NUMBER}
 */
public record PolicySetting(String key, String rule, Kind kind, List<String> choices, int min, int max,
        Function<Policy, String> read, BiFunction<Policy.Builder, String, Policy.Builder> write) {

    /** The shape of a setting's value. */
    public enum Kind {
        /** One of a few words. */
        CHOICE,
        /** {@code true} or {@code false}. */
        YES_NO,
        /** A whole number within a range. */
        NUMBER,
        /** {@code HH:MM-HH:MM}. */
        TIME_SPAN
    }

    /** Copies the choices. */
    public PolicySetting {
        choices = List.copyOf(choices);
    }

    /** Every setting, in the contract's order. */
    public static final List<PolicySetting> ALL = List.of(
            choice("order", "R2", List.of("sign-in", "fixed"),
                    p -> p.order() == Policy.ListOrder.SIGN_IN ? "sign-in" : "fixed",
                    (b, v) -> b.order(v.equals("fixed") ? Policy.ListOrder.FIXED : Policy.ListOrder.SIGN_IN)),
            yesNo("carryOver", "R4", Policy::carryOver, (b, v) -> b.carryOver(v)),
            new PolicySetting("window", "R5", Kind.TIME_SPAN, List.of(), 0, 0, p -> p.window().code(),
                    (b, v) -> b.window(RotationWindow.parse(v))),
            outcome("busyPass", "R7", List.of("keep", "forfeit"), Policy::busyPass, Policy.Builder::busyPass),
            outcome("businessPass", "R7", List.of("keep", "forfeit"), Policy::businessPass,
                    Policy.Builder::businessPass),
            outcome("privatePass", "R7", List.of("forfeit", "keep"), Policy::privatePass, Policy.Builder::privatePass),
            outcome("absentPass", "R7", List.of("forfeit", "disqualify"), Policy::absentPass,
                    Policy.Builder::absentPass),
            outcome("declinePass", "R7", List.of("forfeit", "disqualify"), Policy::declinePass,
                    Policy.Builder::declinePass),
            number("makeUpCap", "R8", -1, 99, Policy::makeUpCap, Policy.Builder::makeUpCap),
            number("maxDeclinesPerDay", "R9a", 0, 99, Policy::maxDeclinesPerDay, Policy.Builder::maxDeclinesPerDay),
            choice("referral", "R10", List.of("to-owner", "as-new"),
                    p -> p.referral() == Policy.ReferralRouting.TO_OWNER ? "to-owner" : "as-new",
                    (b, v) -> b.referral(v.equals("as-new") ? Policy.ReferralRouting.AS_NEW
                            : Policy.ReferralRouting.TO_OWNER)),
            number("voidMinutes", "R13", 0, 24 * 60, Policy::voidMinutes, Policy.Builder::voidMinutes),
            number("minCountedMinutes", "R15", 0, 24 * 60, Policy::minCountedMinutes,
                    Policy.Builder::minCountedMinutes),
            number("protectionDays", "R18", 1, 3650, Policy::protectionDays, Policy.Builder::protectionDays),
            yesNo("callsOwn", "R21", Policy::callsOwn, (b, v) -> b.callsOwn(v)),
            yesNo("surgeCounts", "R22", Policy::surgeCounts, (b, v) -> b.surgeCounts(v)),
            choice("surgeEnd", "R22", List.of("restart", "resume"),
                    p -> p.surgeEnd() == Policy.SurgeEnd.RESTART ? "restart" : "resume",
                    (b, v) -> b.surgeEnd(v.equals("resume") ? Policy.SurgeEnd.RESUME : Policy.SurgeEnd.RESTART)));

    /** The setting with that key. */
    public static PolicySetting named(String key) {
        for (PolicySetting s : ALL) {
            if (s.key.equals(key)) {
                return s;
            }
        }
        throw new PolicyException("Unknown policy '" + key + "'. Known policies: "
                + String.join(", ", ALL.stream().map(PolicySetting::key).toList()));
    }

    /** The contract's default, in the setting's text form. */
    public String defaultValue() {
        return read.apply(Policy.defaults());
    }

    /** The policy's value of this setting, in text form. */
    public String valueOf(Policy policy) {
        return read.apply(policy);
    }

    /** A copy of the policy with this setting changed; a value the setting does not take is refused. */
    public Policy apply(Policy policy, String value) {
        String v = value.trim();
        check(v);
        return write.apply(new Policy.Builder(policy), v).build();
    }

    /** Refuses a value this setting does not take, naming the setting and what it takes. */
    public void check(String v) {
        switch (kind) {
            case CHOICE -> {
                if (!choices.contains(v)) {
                    throw new PolicyException("Policy " + key + ": '" + v + "' is not one of "
                            + String.join(", ", choices));
                }
            }
            case YES_NO -> {
                if (!v.equals("true") && !v.equals("false")) {
                    throw new PolicyException("Policy " + key + ": '" + v + "' is not one of true, false");
                }
            }
            case NUMBER -> {
                int n;
                try {
                    n = Integer.parseInt(v);
                } catch (NumberFormatException e) {
                    throw new PolicyException("Policy " + key + ": '" + v + "' is not a whole number",
                            new PolicyException.Range(min, max));
                }
                if (n < min || n > max) {
                    throw new PolicyException("Policy " + key + ": " + n + " is outside " + min + ".." + max,
                            new PolicyException.Range(min, max));
                }
            }
            case TIME_SPAN -> RotationWindow.parse(v);
        }
    }

    private static PolicySetting choice(String key, String rule, List<String> choices, Function<Policy, String> read,
            BiFunction<Policy.Builder, String, Policy.Builder> write) {
        return new PolicySetting(key, rule, Kind.CHOICE, choices, 0, 0, read, write);
    }

    private static PolicySetting outcome(String key, String rule, List<String> choices,
            Function<Policy, PassOutcome> read, BiFunction<Policy.Builder, PassOutcome, Policy.Builder> write) {
        return choice(key, rule, choices, p -> read.apply(p).code(), (b, v) -> write.apply(b, switch (v) {
            case "keep" -> PassOutcome.KEEP;
            case "forfeit" -> PassOutcome.FORFEIT;
            default -> PassOutcome.DISQUALIFY;
        }));
    }

    private static PolicySetting yesNo(String key, String rule, Function<Policy, Boolean> read,
            BiFunction<Policy.Builder, Boolean, Policy.Builder> write) {
        return new PolicySetting(key, rule, Kind.YES_NO, List.of(), 0, 0, p -> Boolean.toString(read.apply(p)),
                (b, v) -> write.apply(b, Boolean.parseBoolean(v)));
    }

    private static PolicySetting number(String key, String rule, int min, int max, Function<Policy, Integer> read,
            BiFunction<Policy.Builder, Integer, Policy.Builder> write) {
        return new PolicySetting(key, rule, Kind.NUMBER, List.of(), min, max, p -> Integer.toString(read.apply(p)),
                (b, v) -> write.apply(b, Integer.parseInt(v)));
    }
}
