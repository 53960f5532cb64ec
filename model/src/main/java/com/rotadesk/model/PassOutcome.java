package com.rotadesk.model;

/** What a pass does to the consultant passed (R7, R8). */
public enum PassOutcome {
    /** One make-up credit granted (补轮). */
    KEEP("keep"),
    /** This round's turn is lost, no credit. */
    FORFEIT("forfeit"),
    /** A {@code keep} turned into a forfeit because the consultant holds the cap already (R8). */
    FORFEIT_AT_CAP("forfeit-at-cap"),
    /** Removed from the day's rotation. */
    DISQUALIFY("disqualify");

    private final String code;

    PassOutcome(String code) {
        this.code = code;
    }

    /** The name used in settings and sheets. */
    public String code() {
        return code;
    }
}
