package com.rotadesk.model.scenario;

import com.rotadesk.model.Action;
import com.rotadesk.model.Channel;
import com.rotadesk.model.Event;

import java.util.List;
import java.util.Map;

/** A parsed {@code .scenario} file: policies, roster and the steps in order. */
public record Scenario(String source, String title, Map<String, String> policy, List<String> roster, List<Step> steps) {

    /** Copies the collections. */
    public Scenario {
        policy = Map.copyOf(policy);
        roster = List.copyOf(roster);
        steps = List.copyOf(steps);
    }

    /** One line that does something. */
    public sealed interface Step {
        /** The line number in the source. */
        int line();
    }

    /**
     * An action to apply, with the outcome the line demands of a visit, call or assign (or null), or the fate it
     * demands of an imported row (or null).
     */
    public record Act(int line, Action action, Outcome outcome, Event.ImportFate fate) implements Step {
        /** An action whose line demands no import fate. */
        public Act(int line, Action action, Outcome outcome) {
            this(line, action, outcome, null);
        }
    }

    /** {@code => C2 [counted|uncounted] [makeup]}: who must receive (null for waiting) and the tags. */
    public record Outcome(String ref, String consultant, Boolean counted, boolean makeUp) {
    }

    /** An {@code expect} line. */
    public record Expect(int line, java.time.LocalDateTime at, Kind kind, Map<String, String> values, String group,
            Channel channel) implements Step {
    }

    /** What an expect line checks. */
    public enum Kind { NEXT, TURNS, CREDITS, ROUND, OWNER, VIOLATIONS, STATUS }
}
