package com.rotadesk.model.review;

import com.rotadesk.model.Event;
import com.rotadesk.model.Policy;
import com.rotadesk.model.Visit;

import java.time.LocalDate;
import java.util.List;

/**
 * A day as the engine played it to its end: what stands (an undone action leaves nothing here), the visits as they
 * stand at the end of the day, and the policy the day opened with. Figures are counted from this, never from the
 * rules again.
 *
 * @param policy the policy at the day's opening (its window decides who was signed in for the whole window)
 * @param roster the office's consultants in the manager's order at the opening (the order figures are listed in)
 * @param events the day's standing events in order, from its {@link Event.DayStarted}
 * @param visits the day's visits and calls as they stand at its end, in arrival order
 */
public record PlayedDay(LocalDate date, Policy policy, List<String> roster, List<Event> events, List<Visit> visits) {

    /** Copies the lists. */
    public PlayedDay {
        roster = List.copyOf(roster);
        events = List.copyOf(events);
        visits = List.copyOf(visits);
    }
}
