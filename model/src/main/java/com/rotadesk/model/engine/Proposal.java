package com.rotadesk.model.engine;

import com.rotadesk.model.AssignmentReason;
import com.rotadesk.model.PassReason;

import java.util.List;

/** Who the engine proposes for a new visitor, why, and whom the walk would pass on the way. */
public record Proposal(String consultant, boolean makeUp, AssignmentReason reason, List<PlannedPass> passes) {

    /** A pass the walk would make if the proposal is confirmed. */
    public record PlannedPass(String consultant, PassReason reason) {
    }

    /** Copies the passes. */
    public Proposal {
        passes = List.copyOf(passes);
    }
}
