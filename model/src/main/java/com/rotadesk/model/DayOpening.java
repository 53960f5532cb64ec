package com.rotadesk.model;


import java.time.LocalDate;
import java.util.List;

/**
 * How a day began: everything besides the clients that the day's replay starts from. Storage keeps one per
 * day so that opening the office replays only today, and a past day's sheets replay only that day.
 *
 * @param profile the office as set up, or null
 */
public record DayOpening(LocalDate date, Policy policy, List<String> roster, OfficeProfile profile, Carry carry) {

    /** Copies the roster. */
    public DayOpening {
        roster = List.copyOf(roster);
    }
}
