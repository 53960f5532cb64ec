package com.rotadesk.model.engine;

import com.rotadesk.model.AwayKind;
import com.rotadesk.model.ConsultantStatus;

import java.time.LocalDateTime;

/** One consultant's day: presence, open receptions, violations (R1, R7, R9a, R9b). */
final class ConsultantDay {
    final String name;
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

    boolean available() {
        return signedIn && !disqualified && away == null && openReceptions == 0;
    }

    ConsultantStatus status() {
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
