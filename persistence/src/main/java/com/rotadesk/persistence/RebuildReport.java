package com.rotadesk.persistence;

import java.util.List;
import java.util.Map;

/**
 * What rebuilding the read tables from the journal found.
 *
 * @param differences per table, how many rows differed from what the journal says (missing, extra or changed)
 * @param drift       the entries that no longer replay the same under this build's rules (decision 0005)
 */
public record RebuildReport(long entries, Map<String, Integer> differences, List<ReplayDrift> drift) {

    /** Copies the map and the list. */
    public RebuildReport {
        differences = Map.copyOf(differences);
        drift = List.copyOf(drift);
    }

    /** True when the read tables already matched the journal. */
    public boolean consistent() {
        return differences.values().stream().allMatch(n -> n == 0);
    }
}
