package com.rotadesk.model.review;

import com.rotadesk.model.Channel;
import com.rotadesk.model.Registration;
import com.rotadesk.model.VisitType;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A visit that would have gone to another consultant under the simulated policy (§9). Only a day's first
 * difference is the policy's doing alone: every later one follows from it, since visitors would not have behaved the
 * same (counterfactual).
 *
 * @param index            the check-in's place among the day's actions
 * @param number           the visit's number on the day's register (as recorded)
 * @param recorded         who received it as recorded, or null (it waited, or left before a reception)
 * @param simulated        who would have received it, or null (still waiting, or left before a reception)
 * @param first            the day's first difference; false when it follows from an earlier one
 */
public record Difference(LocalDate date, int index, LocalDateTime arrival, Channel channel, int number,
        Registration registration, VisitType recordedType, String recorded, boolean recordedCounted,
        VisitType simulatedType, String simulated, boolean simulatedCounted, boolean first) {

    /** True when an earlier difference of the same day led to this one. */
    public boolean following() {
        return !first;
    }
}
