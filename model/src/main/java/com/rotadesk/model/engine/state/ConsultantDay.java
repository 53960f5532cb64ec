package com.rotadesk.model.engine.state;

import com.rotadesk.model.AwayKind;
import com.rotadesk.model.ConsultantStatus;

import java.time.LocalDateTime;

/** One consultant's day: presence, open receptions, violations (R1, R7, R9a, R9b). Read-only outside this package. */
public final class ConsultantDay {
    private final String name;
    String group;
    boolean signedIn;
    LocalDateTime signedInAt;
    LocalDateTime signedOutAt;
    AwayKind away;
    int openReceptions;
    int violations;
    int declines;
    boolean disqualified;

    ConsultantDay(String name) {
        this.name = name;
    }

    ConsultantDay copy() {
        ConsultantDay c = new ConsultantDay(name);
        c.group = group;
        c.signedIn = signedIn;
        c.signedInAt = signedInAt;
        c.signedOutAt = signedOutAt;
        c.away = away;
        c.openReceptions = openReceptions;
        c.violations = violations;
        c.declines = declines;
        c.disqualified = disqualified;
        return c;
    }

    /** The consultant's name. */
    public String name() {
        return name;
    }

    /** The group signed in to (the last one, once signed out). */
    public String group() {
        return group;
    }

    /** Signed in now. */
    public boolean signedIn() {
        return signedIn;
    }

    /** The latest sign-in. */
    public LocalDateTime signedInAt() {
        return signedInAt;
    }

    /** The latest sign-out, or null while signed in. */
    public LocalDateTime signedOutAt() {
        return signedOutAt;
    }

    /** Why away, or null when not. */
    public AwayKind away() {
        return away;
    }

    /** Walk-in receptions not yet ended (R11 lets an owner receive two at once). */
    public int openReceptions() {
        return openReceptions;
    }

    /** Violations recorded today (R7). */
    public int violations() {
        return violations;
    }

    /** Declines today (R9a). */
    public int declines() {
        return declines;
    }

    /** Out of the day's rotation (R7, R9a, R23). */
    public boolean disqualified() {
        return disqualified;
    }

    /** Can take a visitor now. */
    public boolean available() {
        return signedIn && !disqualified && away == null && openReceptions == 0;
    }

    /** The status the board shows. */
    public ConsultantStatus status() {
        if (disqualified) {
            return ConsultantStatus.DISQUALIFIED;
        }
        if (!signedIn) {
            return ConsultantStatus.SIGNED_OUT;
        }
        if (away != null) {
            return away == AwayKind.BUSINESS ? ConsultantStatus.AWAY_BUSINESS : ConsultantStatus.AWAY_PRIVATE;
        }
        return openReceptions > 0 ? ConsultantStatus.RECEIVING : ConsultantStatus.AVAILABLE;
    }
}
