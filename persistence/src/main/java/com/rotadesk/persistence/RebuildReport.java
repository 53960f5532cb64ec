package com.rotadesk.persistence;

import java.util.Map;

/**
 * What rebuilding the read tables from the journal found.
 *
 * @param differences per table, how many rows differed from what the journal says (missing, extra or changed)
 */
public record RebuildReport(long entries, Map<String, Integer> differences) {

    /** Copies the map. */
    public RebuildReport {
        differences = Map.copyOf(differences);
    }

    /** True when the read tables already matched the journal. */
    public boolean consistent() {
        return differences.values().stream().allMatch(n -> n == 0);
    }
}
