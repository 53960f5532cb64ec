package com.rotadesk.model.review;

import com.rotadesk.model.Action;
import com.rotadesk.model.ActionRejectedException;
import com.rotadesk.model.engine.OfficeEngine;

/** Replays a recorded day as it was journaled (R25): the engine from the day's opening, then each action. */
public final class DayReplay {
    private DayReplay() {
    }

    /**
     * The day as it stands at its end. A journaled action the engine refuses means the record itself is damaged:
     * that is an {@link IllegalStateException} naming the action, not a figure.
     */
    public static PlayedDay play(RecordedDay day) {
        OfficeEngine engine = OfficeEngine.resume(day.opening(), day.clients(), day.earlier());
        for (Action a : day.actions()) {
            try {
                engine.apply(a);
            } catch (ActionRejectedException e) {
                throw new IllegalStateException("the journal's day " + day.date() + " cannot be replayed at " + a.at()
                        + ": " + e.getMessage(), e);
            }
        }
        return played(engine);
    }

    /** What an engine holds at the end of its day. */
    static PlayedDay played(OfficeEngine engine) {
        return new PlayedDay(engine.date(), engine.opening().policy(), engine.opening().roster(), engine.events(),
                engine.visits());
    }
}
