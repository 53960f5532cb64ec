package com.rotadesk.model.review;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The outcome of simulating a range under changed policies (§9): the figures as recorded and as simulated, every
 * visit that would have gone to another consultant, and what was left out.
 *
 * @param recordedValues per changed setting, the values the days actually ran with (more than one when the office
 *                       changed it during the range)
 * @param days           days simulated
 * @param replayed       journaled actions applied under the changed policy
 * @param sameRules      every day ran under exactly the simulated rules already
 * @param reproduced     under the same rules, every simulated day reproduced its record event for event
 */
public record Simulation(PolicyChange change, Map<String, Set<String>> recordedValues, Review recorded,
        Review simulated, List<Difference> differences, List<SkippedAction> skipped, int days, int replayed,
        boolean sameRules, boolean reproduced) {

    /** Copies the collections. */
    public Simulation {
        recordedValues = Map.copyOf(recordedValues);
        differences = List.copyOf(differences);
        skipped = List.copyOf(skipped);
    }

    /** The command line's last line: {@code simulated D days, A actions replayed, S skipped, N assignments differ}. */
    public String summary() {
        return "simulated " + days + " days, " + replayed + " actions replayed, " + skipped.size() + " skipped, "
                + differences.size() + " assignments differ";
    }

    /** Days on which at least one visit went to someone else. */
    public long daysWithDifferences() {
        return differences.stream().filter(Difference::first).count();
    }
}
