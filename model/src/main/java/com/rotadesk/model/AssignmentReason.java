package com.rotadesk.model;

import java.time.LocalDateTime;

/** Why the engine proposed (or placed) a consultant; the board and the sheets show it in words. */
public sealed interface AssignmentReason {

    /** R6: the oldest make-up credit among available consultants. */
    record MakeUp(LocalDateTime creditSince) implements AssignmentReason {
    }

    /** R7: the first available consultant from the pointer on, in this round. */
    record NextInRotation(int round) implements AssignmentReason {
    }

    /** R22: surge, the first available consultant from the pointer, nobody passed. */
    record Surge(int round) implements AssignmentReason {
    }

    /** R10, R18, R19: the client's owner; {@code protectedUntil} is null for a closed deal. */
    record Owner(String owner, LocalDateTime protectedUntil, boolean deal) implements AssignmentReason {
    }

    /** R10: the consultant a designated or referral visitor asked for. */
    record Named(String consultant, VisitType type) implements AssignmentReason {
    }

    /** R10: the consultant who received this phone first today. */
    record SameDayRepeat(String firstReceiver) implements AssignmentReason {
    }

    /** R11: standing in for a consultant who is away, disqualified or not signed in. */
    record StandIn(String forConsultant, ConsultantStatus status) implements AssignmentReason {
    }

    /** R13: a non-buyer goes to the available consultant last in the round. */
    record LastInRound() implements AssignmentReason {
    }

    /** R23: the manager's assignment. */
    record Manual(String reason) implements AssignmentReason {
    }

    /** R9: nobody can take the visitor now; the visit waits. */
    record NobodyAvailable() implements AssignmentReason {
    }
}
