package com.rotadesk.model;

import java.time.LocalDateTime;

/** What happened on the day, in order: the board's history and the sheets' source. */
public sealed interface Event {

    /** When it happened. */
    LocalDateTime at();

    /** R1: joined a rotation. */
    record SignedIn(LocalDateTime at, String consultant, String group) implements Event {
    }

    /** R1: left every rotation. */
    record SignedOut(LocalDateTime at, String consultant) implements Event {
    }

    /** Stepped away. */
    record WentAway(LocalDateTime at, String consultant, AwayKind kind) implements Event {
    }

    /** Came back. */
    record CameBack(LocalDateTime at, String consultant) implements Event {
    }

    /** A visit or call registered at the desk, with the type it was given. */
    record Registered(LocalDateTime at, String ref, int number, Channel channel, VisitType type,
            boolean householdConflict) implements Event {
    }

    /** A visit placed with a consultant. */
    record Received(LocalDateTime at, String ref, String consultant, Channel channel, String group,
            boolean counted, boolean makeUp, int round, AssignmentReason reason) implements Event {
    }

    /** R9: the visit waits. */
    record Waiting(LocalDateTime at, String ref, Channel channel, String group) implements Event {
    }

    /** R7: the walk went past a consultant, or the receptionist rejected one. */
    record Passed(LocalDateTime at, String ref, String consultant, Channel channel, String group,
            PassReason reason, PassOutcome outcome, int round) implements Event {
    }

    /** A make-up credit granted (pass, refund or manager). */
    record CreditGranted(LocalDateTime at, String consultant, Channel channel, String group, Credit.Origin origin)
            implements Event {
    }

    /** R6: a make-up credit used for a turn. */
    record CreditUsed(LocalDateTime at, String consultant, Channel channel, String group, LocalDateTime since)
            implements Event {
    }

    /** R7, R9a: a violation recorded, on the rotation where the rejection happened. */
    record ViolationRecorded(LocalDateTime at, String consultant, PassReason reason, Channel channel, String group)
            implements Event {
    }

    /** R7, R9a, R23: removed from the day's rotation. */
    record Disqualified(LocalDateTime at, String consultant) implements Event {
    }

    /** R23: back in the rotation. */
    record Reinstated(LocalDateTime at, String consultant) implements Event {
    }

    /** R7, R22: a new round began on a rotation. */
    record RoundStarted(LocalDateTime at, Channel channel, String group, int round) implements Event {
    }

    /** R9b: a reception ended, or a waiting visitor left. */
    record Ended(LocalDateTime at, String ref, boolean beforeReception) implements Event {
    }

    /** R13-R15: a counted reception voided and refunded. */
    record Voided(LocalDateTime at, String ref, VoidReason reason) implements Event {
    }

    /** R17: a consultant now owns a client. */
    record OwnershipGained(LocalDateTime at, String phone, String consultant) implements Event {
    }

    /** R14: the ownership a voided visit created is removed. */
    record OwnershipRemoved(LocalDateTime at, String phone, String consultant) implements Event {
    }

    /** R19: a closed deal, marked on the visit {@code ref}. */
    record DealMarked(LocalDateTime at, String phone, String consultant, String ref) implements Event {
    }

    /** R18: a follow-up refreshed protection. */
    record FollowedUp(LocalDateTime at, String phone) implements Event {
    }

    /** R22: surge switched. */
    record SurgeSwitched(LocalDateTime at, boolean on) implements Event {
    }

    /** Policies changed. */
    record PolicyChanged(LocalDateTime at, Policy policy) implements Event {
    }

    /** R23: a manual adjustment, printed with its reason on the rotation sheet. */
    record Adjusted(LocalDateTime at, Action.Adjustment adjustment) implements Event {
    }
}
