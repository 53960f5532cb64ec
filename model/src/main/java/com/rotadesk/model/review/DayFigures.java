package com.rotadesk.model.review;

import java.time.LocalDate;

/**
 * One day of the range: arrivals, counted turns and the fairness spread (§9): the difference between the most and
 * the fewest counted turns among the consultants signed in for the whole rotation window, per channel (each channel
 * is a rotation of its own, R21). The window is taken as the rotation used it: from the day's first counted turn to
 * its last, within the policy's window (R5), so that a consultant who signed in at 08:10, before any visitor, counts.
 *
 * @param wholeWindow  how many consultants were signed in for the whole window
 * @param spreadWalkIn the walk-in spread, or null when fewer than two consultants were signed in for the whole window
 * @param spreadPhone  the phone spread, likewise
 */
public record DayFigures(LocalDate date, int walkIns, int calls, int countedWalkIn, int countedPhone,
        int wholeWindow, Integer spreadWalkIn, Integer spreadPhone) {
}
