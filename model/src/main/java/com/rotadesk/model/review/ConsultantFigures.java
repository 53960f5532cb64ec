package com.rotadesk.model.review;

import com.rotadesk.model.VisitType;

import java.util.Map;

/**
 * One consultant's figures over a date range (rotation.md §9), counted from what stands at the end of each day
 * (§7: a voided turn is neither a counted turn nor a make-up turn).
 *
 * @param days               days the consultant signed in
 * @param walkInTurns        counted walk-in turns
 * @param phoneTurns         counted phone turns
 * @param makeUpTurns        counted turns that used a make-up credit (R6)
 * @param creditsFromPasses  credits earned by passes with {@code keep} (R7)
 * @param creditsRefunded    credits granted for a voided or short reception (R13-R15)
 * @param creditsGranted     credits the manager granted (R23)
 * @param passesKept         passes that earned a credit
 * @param passesForfeited    passes that cost the round's turn without a credit
 * @param passesAtCap        passes whose credit was lost to the cap (R8): the credits lost to the cap
 * @param passesDisqualified passes that disqualified for the day
 * @param violations         absent and declined inside the window (R7)
 * @param declines           the violations that were declines (R9a)
 * @param disqualifications  times removed from the day's rotation (R7, R9a, R23)
 * @param uncounted          receptions and calls standing uncounted at the end of their day, by visit type
 * @param voided             counted receptions voided (R13-R15)
 * @param standIns           receptions as a stand-in (R11)
 * @param deals              deals closed (R19)
 * @param registered         clients who became theirs in the range (R17; a voided visit's registration does not
 *                           stand)
 * @param converted          of those, clients with a deal closed by them by the end of the range
 * @param countedNewVisitors counted walk-in turns of visitors who took the walk (new, or referral as new)
 */
public record ConsultantFigures(String consultant, int days, int walkInTurns, int phoneTurns, int makeUpTurns,
        int creditsFromPasses, int creditsRefunded, int creditsGranted, int passesKept, int passesForfeited,
        int passesAtCap, int passesDisqualified, int violations, int declines, int disqualifications,
        Map<VisitType, Integer> uncounted, int voided, int standIns, int deals, int registered, int converted,
        int countedNewVisitors) {

    /** Copies the map. */
    public ConsultantFigures {
        uncounted = Map.copyOf(uncounted);
    }

    /** Counted turns on both channels. */
    public int turns() {
        return walkInTurns + phoneTurns;
    }

    /** Every credit earned, whatever its origin. */
    public int creditsEarned() {
        return creditsFromPasses + creditsRefunded + creditsGranted;
    }

    /** Credits lost to the cap (R8): a {@code keep} pass recorded as a forfeit. */
    public int creditsLostToCap() {
        return passesAtCap;
    }

    /** Every pass, whatever its outcome. */
    public int passes() {
        return passesKept + passesForfeited + passesAtCap + passesDisqualified;
    }

    /** Uncounted receptions of one type. */
    public int uncounted(VisitType type) {
        return uncounted.getOrDefault(type, 0);
    }

    /** Every uncounted reception. */
    public int uncountedTotal() {
        return uncounted.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * Conversion (§9): clients registered to them in the range with a deal by its end, over their counted new
     * visitors in the range; null when they had none.
     */
    public Double conversion() {
        return countedNewVisitors == 0 ? null : (double) converted / countedNewVisitors;
    }
}
