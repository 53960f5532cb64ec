package com.rotadesk.model.review;

import java.util.List;

/**
 * One day played twice from its opening: as journaled, and under the simulated policy.
 *
 * @param replayed   journaled actions applied under the simulated policy (some perhaps without a rejection)
 * @param sameRules  the simulated day started and ran under exactly the rules of the record
 * @param reproduced under the same rules, the simulated day's events are the record's, one for one
 */
public record SimulatedDay(PlayedDay recorded, PlayedDay simulated, int replayed, List<SkippedAction> skipped,
        List<Difference> differences, boolean sameRules, boolean reproduced) {

    /** Copies the lists. */
    public SimulatedDay {
        skipped = List.copyOf(skipped);
        differences = List.copyOf(differences);
    }
}
