package com.rotadesk.model;

import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The office's house rules as typed settings (rotation.md); every field has the contract's default.
 *
 * @param order              R2: {@code sign-in} or {@code fixed} list order
 * @param carryOver          R4: continue yesterday's rotation
 * @param window             R5: hours in which turns count
 * @param busyPass           R7: outcome of passing a consultant busy with a reception
 * @param businessPass       R7: outcome of passing a consultant away on business
 * @param privatePass        R7: outcome of passing a consultant away on private matters
 * @param absentPass         R7: outcome of "not here"
 * @param declinePass        R7: outcome of "declines"
 * @param makeUpCap          R8: credits one consultant may hold; 0 none, -1 unlimited
 * @param maxDeclinesPerDay  R9a: declines that disqualify for the day; 0 no limit
 * @param referral           R10: referrals go to the owner or take the walk
 * @param voidMinutes        R13: minutes after the start in which a non-buyer can be voided
 * @param minCountedMinutes  R15: shorter counted receptions are refunded; 0 all count
 * @param protectionDays     R18: days ownership lasts without contact
 * @param callsOwn           R21: calls establish ownership
 * @param surgeCounts        R22: receptions during surge count
 * @param surgeEnd           R22: switching surge off restarts the round or resumes
 */
public record Policy(
        ListOrder order,
        boolean carryOver,
        RotationWindow window,
        PassOutcome busyPass,
        PassOutcome businessPass,
        PassOutcome privatePass,
        PassOutcome absentPass,
        PassOutcome declinePass,
        int makeUpCap,
        int maxDeclinesPerDay,
        ReferralRouting referral,
        int voidMinutes,
        int minCountedMinutes,
        int protectionDays,
        boolean callsOwn,
        boolean surgeCounts,
        SurgeEnd surgeEnd) {

    /** R2: the order of the day's list. */
    public enum ListOrder { SIGN_IN, FIXED }

    /** R10: where a referral visitor goes. */
    public enum ReferralRouting { TO_OWNER, AS_NEW }

    /** R22: what switching surge off does to the round. */
    public enum SurgeEnd { RESTART, RESUME }

    /** The policy names in the contract's order, as used in scenarios and settings. */
    public static final List<String> KEYS = List.of(
            "order", "carryOver", "window", "busyPass", "businessPass", "privatePass", "absentPass",
            "declinePass", "makeUpCap", "maxDeclinesPerDay", "referral", "voidMinutes",
            "minCountedMinutes", "protectionDays", "callsOwn", "surgeCounts", "surgeEnd");

    /** Checks the ranges that the types cannot express. */
    public Policy {
        requireOneOf("busyPass", busyPass, PassOutcome.KEEP, PassOutcome.FORFEIT);
        requireOneOf("businessPass", businessPass, PassOutcome.KEEP, PassOutcome.FORFEIT);
        requireOneOf("privatePass", privatePass, PassOutcome.KEEP, PassOutcome.FORFEIT);
        requireOneOf("absentPass", absentPass, PassOutcome.FORFEIT, PassOutcome.DISQUALIFY);
        requireOneOf("declinePass", declinePass, PassOutcome.FORFEIT, PassOutcome.DISQUALIFY);
        requireRange("makeUpCap", makeUpCap, -1, 99);
        requireRange("maxDeclinesPerDay", maxDeclinesPerDay, 0, 99);
        requireRange("voidMinutes", voidMinutes, 0, 24 * 60);
        requireRange("minCountedMinutes", minCountedMinutes, 0, 24 * 60);
        requireRange("protectionDays", protectionDays, 1, 3650);
    }

    /** The contract's defaults. */
    public static Policy defaults() {
        return new Policy(ListOrder.SIGN_IN, false,
                new RotationWindow(LocalTime.of(8, 0), LocalTime.of(17, 30)),
                PassOutcome.KEEP, PassOutcome.KEEP, PassOutcome.FORFEIT, PassOutcome.FORFEIT,
                PassOutcome.FORFEIT, 1, 2, ReferralRouting.TO_OWNER, 5, 0, 30, false, true,
                SurgeEnd.RESTART);
    }

    /** True when a pass with {@code keep} can earn a credit for someone holding {@code held}. */
    public boolean creditAllowed(int held) {
        return makeUpCap < 0 || held < makeUpCap;
    }

    /** The outcome policy for a pass reason. */
    public PassOutcome outcomeFor(PassReason reason) {
        return switch (reason) {
            case BUSY -> busyPass;
            case AWAY_BUSINESS -> businessPass;
            case AWAY_PRIVATE -> privatePass;
            case ABSENT -> absentPass;
            case DECLINED -> declinePass;
        };
    }

    /** Returns a copy with one setting changed, validating the name and the value. */
    public Policy with(String key, String value) {
        String v = value.trim();
        return switch (key) {
            case "order" -> copy(new Builder(this).order(switch (v) {
                case "sign-in" -> ListOrder.SIGN_IN;
                case "fixed" -> ListOrder.FIXED;
                default -> throw bad(key, v, "sign-in, fixed");
            }));
            case "carryOver" -> copy(new Builder(this).carryOver(bool(key, v)));
            case "window" -> copy(new Builder(this).window(RotationWindow.parse(v)));
            case "busyPass" -> copy(new Builder(this).busyPass(keepOrForfeit(key, v)));
            case "businessPass" -> copy(new Builder(this).businessPass(keepOrForfeit(key, v)));
            case "privatePass" -> copy(new Builder(this).privatePass(keepOrForfeit(key, v)));
            case "absentPass" -> copy(new Builder(this).absentPass(forfeitOrDisqualify(key, v)));
            case "declinePass" -> copy(new Builder(this).declinePass(forfeitOrDisqualify(key, v)));
            case "makeUpCap" -> copy(new Builder(this).makeUpCap(integer(key, v, -1, 99)));
            case "maxDeclinesPerDay" -> copy(new Builder(this).maxDeclinesPerDay(integer(key, v, 0, 99)));
            case "referral" -> copy(new Builder(this).referral(switch (v) {
                case "to-owner" -> ReferralRouting.TO_OWNER;
                case "as-new" -> ReferralRouting.AS_NEW;
                default -> throw bad(key, v, "to-owner, as-new");
            }));
            case "voidMinutes" -> copy(new Builder(this).voidMinutes(integer(key, v, 0, 24 * 60)));
            case "minCountedMinutes" -> copy(new Builder(this).minCountedMinutes(integer(key, v, 0, 24 * 60)));
            case "protectionDays" -> copy(new Builder(this).protectionDays(integer(key, v, 1, 3650)));
            case "callsOwn" -> copy(new Builder(this).callsOwn(bool(key, v)));
            case "surgeCounts" -> copy(new Builder(this).surgeCounts(bool(key, v)));
            case "surgeEnd" -> copy(new Builder(this).surgeEnd(switch (v) {
                case "restart" -> SurgeEnd.RESTART;
                case "resume" -> SurgeEnd.RESUME;
                default -> throw bad(key, v, "restart, resume");
            }));
            default -> throw new PolicyException("Unknown policy '" + key + "'. Known policies: "
                    + String.join(", ", KEYS));
        };
    }

    /** Every setting in its scenario form, in the contract's order. */
    public Map<String, String> asSettings() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("order", order == ListOrder.SIGN_IN ? "sign-in" : "fixed");
        m.put("carryOver", Boolean.toString(carryOver));
        m.put("window", window.code());
        m.put("busyPass", busyPass.code());
        m.put("businessPass", businessPass.code());
        m.put("privatePass", privatePass.code());
        m.put("absentPass", absentPass.code());
        m.put("declinePass", declinePass.code());
        m.put("makeUpCap", Integer.toString(makeUpCap));
        m.put("maxDeclinesPerDay", Integer.toString(maxDeclinesPerDay));
        m.put("referral", referral == ReferralRouting.TO_OWNER ? "to-owner" : "as-new");
        m.put("voidMinutes", Integer.toString(voidMinutes));
        m.put("minCountedMinutes", Integer.toString(minCountedMinutes));
        m.put("protectionDays", Integer.toString(protectionDays));
        m.put("callsOwn", Boolean.toString(callsOwn));
        m.put("surgeCounts", Boolean.toString(surgeCounts));
        m.put("surgeEnd", surgeEnd == SurgeEnd.RESTART ? "restart" : "resume");
        return m;
    }

    /** Builds a policy from settings in scenario form; missing ones keep their defaults. */
    public static Policy fromSettings(Map<String, String> settings) {
        Policy p = defaults();
        for (Map.Entry<String, String> e : settings.entrySet()) {
            p = p.with(e.getKey(), e.getValue());
        }
        return p;
    }

    private static Policy copy(Builder b) {
        return b.build();
    }

    private static PolicyException bad(String key, String value, String allowed) {
        return new PolicyException("Policy " + key + ": '" + value + "' is not one of " + allowed);
    }

    private static boolean bool(String key, String v) {
        return switch (v) {
            case "true" -> true;
            case "false" -> false;
            default -> throw bad(key, v, "true, false");
        };
    }

    private static PassOutcome keepOrForfeit(String key, String v) {
        return switch (v) {
            case "keep" -> PassOutcome.KEEP;
            case "forfeit" -> PassOutcome.FORFEIT;
            default -> throw bad(key, v, "keep, forfeit");
        };
    }

    private static PassOutcome forfeitOrDisqualify(String key, String v) {
        return switch (v) {
            case "forfeit" -> PassOutcome.FORFEIT;
            case "disqualify" -> PassOutcome.DISQUALIFY;
            default -> throw bad(key, v, "forfeit, disqualify");
        };
    }

    private static int integer(String key, String v, int min, int max) {
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new PolicyException("Policy " + key + ": '" + v + "' is not a whole number",
                    new PolicyException.Range(min, max));
        }
        requireRange(key, n, min, max);
        return n;
    }

    private static void requireRange(String key, int n, int min, int max) {
        if (n < min || n > max) {
            throw new PolicyException("Policy " + key + ": " + n + " is outside " + min + ".." + max,
                    new PolicyException.Range(min, max));
        }
    }

    private static void requireOneOf(String key, PassOutcome v, PassOutcome a, PassOutcome b) {
        if (v != a && v != b) {
            throw new PolicyException("Policy " + key + ": '" + (v == null ? "null" : v.code())
                    + "' is not one of " + a.code() + ", " + b.code());
        }
    }

    /** Mutable helper so {@link #with} changes one field without repeating the constructor. */
    private static final class Builder {
        private ListOrder order;
        private boolean carryOver;
        private RotationWindow window;
        private PassOutcome busyPass;
        private PassOutcome businessPass;
        private PassOutcome privatePass;
        private PassOutcome absentPass;
        private PassOutcome declinePass;
        private int makeUpCap;
        private int maxDeclinesPerDay;
        private ReferralRouting referral;
        private int voidMinutes;
        private int minCountedMinutes;
        private int protectionDays;
        private boolean callsOwn;
        private boolean surgeCounts;
        private SurgeEnd surgeEnd;

        Builder(Policy p) {
            order = p.order;
            carryOver = p.carryOver;
            window = p.window;
            busyPass = p.busyPass;
            businessPass = p.businessPass;
            privatePass = p.privatePass;
            absentPass = p.absentPass;
            declinePass = p.declinePass;
            makeUpCap = p.makeUpCap;
            maxDeclinesPerDay = p.maxDeclinesPerDay;
            referral = p.referral;
            voidMinutes = p.voidMinutes;
            minCountedMinutes = p.minCountedMinutes;
            protectionDays = p.protectionDays;
            callsOwn = p.callsOwn;
            surgeCounts = p.surgeCounts;
            surgeEnd = p.surgeEnd;
        }

        Builder order(ListOrder v) { order = v; return this; }
        Builder carryOver(boolean v) { carryOver = v; return this; }
        Builder window(RotationWindow v) { window = v; return this; }
        Builder busyPass(PassOutcome v) { busyPass = v; return this; }
        Builder businessPass(PassOutcome v) { businessPass = v; return this; }
        Builder privatePass(PassOutcome v) { privatePass = v; return this; }
        Builder absentPass(PassOutcome v) { absentPass = v; return this; }
        Builder declinePass(PassOutcome v) { declinePass = v; return this; }
        Builder makeUpCap(int v) { makeUpCap = v; return this; }
        Builder maxDeclinesPerDay(int v) { maxDeclinesPerDay = v; return this; }
        Builder referral(ReferralRouting v) { referral = v; return this; }
        Builder voidMinutes(int v) { voidMinutes = v; return this; }
        Builder minCountedMinutes(int v) { minCountedMinutes = v; return this; }
        Builder protectionDays(int v) { protectionDays = v; return this; }
        Builder callsOwn(boolean v) { callsOwn = v; return this; }
        Builder surgeCounts(boolean v) { surgeCounts = v; return this; }
        Builder surgeEnd(SurgeEnd v) { surgeEnd = v; return this; }

        Policy build() {
            return new Policy(order, carryOver, window, busyPass, businessPass, privatePass, absentPass,
                    declinePass, makeUpCap, maxDeclinesPerDay, referral, voidMinutes, minCountedMinutes,
                    protectionDays, callsOwn, surgeCounts, surgeEnd);
        }
    }
}
