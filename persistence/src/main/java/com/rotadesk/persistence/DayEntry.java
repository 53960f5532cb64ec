package com.rotadesk.persistence;

import com.rotadesk.model.Action;
import com.rotadesk.model.Event;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One journal entry of a day as its replay gives it: the entry's number, the action and the events it caused
 * (a client's timeline, R30, is made of these; it never works a rule out again).
 *
 * @param protectionDays the protection period in force after the entry (R18), to say where a client stood
 */
public record DayEntry(long seq, LocalDateTime at, Action action, List<Event> events, int protectionDays) {
    /** Copies the events. */
    public DayEntry {
        events = List.copyOf(events);
    }
}
