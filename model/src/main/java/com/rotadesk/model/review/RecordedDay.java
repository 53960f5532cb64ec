package com.rotadesk.model.review;

import com.rotadesk.model.Action;
import com.rotadesk.model.ClientSource;
import com.rotadesk.model.DayOpening;
import com.rotadesk.model.engine.EarlierDays;

import java.util.List;
import java.util.Objects;

/**
 * One day as the journal holds it: how it opened, the clients as they stood at that opening, and the day's
 * confirmed actions in order (without the {@code StartDay} that opened it). Replaying the actions from the opening
 * rebuilds the day exactly (R25); the month in review and the simulator start from nothing else.
 *
 * @param clients answers for clients as of the opening (it may be asked again: replays of the same day share it)
 * @param earlier the office's earlier days, for a correction of one of them among the actions (R28)
 */
public record RecordedDay(DayOpening opening, ClientSource clients, List<Action> actions, EarlierDays earlier) {

    /** A day whose actions correct no earlier day. */
    public RecordedDay(DayOpening opening, ClientSource clients, List<Action> actions) {
        this(opening, clients, actions, EarlierDays.NONE);
    }

    /** Copies the actions and refuses a {@code StartDay} among them. */
    public RecordedDay {
        Objects.requireNonNull(opening, "opening");
        Objects.requireNonNull(clients, "clients");
        Objects.requireNonNull(earlier, "earlier");
        actions = List.copyOf(actions);
        for (Action a : actions) {
            if (a instanceof Action.StartDay) {
                throw new IllegalArgumentException("a recorded day's actions follow its opening: no StartDay among them");
            }
        }
    }

    /** The day. */
    public java.time.LocalDate date() {
        return opening.date();
    }
}
