package com.rotadesk.model.review;

import com.rotadesk.model.Action;
import com.rotadesk.model.Refusal;
import com.rotadesk.model.Rejection;
import com.rotadesk.model.Visit;

import java.time.LocalDate;
import java.util.List;

/**
 * A journaled action, or a part of one, that could not apply under the simulated policy (§9) and was left out.
 *
 * @param index     the action's place among the day's actions
 * @param what      what was left out
 * @param rejection for {@link What#REJECTION}: the receptionist's rejection that no longer applied
 * @param refusal   for {@link What#ACTION}: why the engine refused it under the simulated policy; otherwise null
 * @param details   the refusal's details (names, visits, times), as {@link com.rotadesk.model.ActionRejectedException}
 *                  gives them
 * @param visit     the recorded visit the action concerns, as it stood at the end of the day, or null
 */
public record SkippedAction(LocalDate date, int index, Action action, What what, Rejection rejection,
        Refusal refusal, List<Object> details, Visit visit) {

    /** What a simulation left out. */
    public enum What {
        /** The whole action: the engine refused it under the simulated policy. */
        ACTION,
        /** One "not here" or "declines" of a check-in or an assignment: the consultant it names was not proposed. */
        REJECTION,
        /** An undo of an action that was itself left out. */
        UNDO
    }

    /** Copies the details. */
    public SkippedAction {
        details = details == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(details));
    }
}
