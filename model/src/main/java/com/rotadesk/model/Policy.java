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
    public static final List<String> KEYS = PolicySetting.ALL.stream().map(PolicySetting::key).toList();

    /** Checks the values the types cannot restrict, by the settings' own descriptors. */
    public Policy {
        check("busyPass", busyPass);
        check("businessPass", businessPass);
        check("privatePass", privatePass);
        check("absentPass", absentPass);
        check("declinePass", declinePass);
        PolicySetting.named("makeUpCap").check(Integer.toString(makeUpCap));
        PolicySetting.named("maxDeclinesPerDay").check(Integer.toString(maxDeclinesPerDay));
        PolicySetting.named("voidMinutes").check(Integer.toString(voidMinutes));
        PolicySetting.named("minCountedMinutes").check(Integer.toString(minCountedMinutes));
        PolicySetting.named("protectionDays").check(Integer.toString(protectionDays));
    }

    private static void check(String key, PassOutcome outcome) {
        PolicySetting.named(key).check(outcome == null ? "null" : outcome.code());
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
        return PolicySetting.named(key).apply(this, value);
    }

    /** Every setting in its scenario form, in the contract's order. */
    public Map<String, String> asSettings() {
        Map<String, String> m = new LinkedHashMap<>();
        for (PolicySetting s : PolicySetting.ALL) {
            m.put(s.key(), s.valueOf(this));
        }
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

    /** Mutable helper so a setting changes one field without repeating the constructor. */
    static final class Builder {
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
