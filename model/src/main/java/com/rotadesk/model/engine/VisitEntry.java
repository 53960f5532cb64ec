package com.rotadesk.model.engine;

import com.rotadesk.model.AssignmentReason;
import com.rotadesk.model.Channel;
import com.rotadesk.model.Client;
import com.rotadesk.model.Registration;
import com.rotadesk.model.Visit;
import com.rotadesk.model.VisitState;
import com.rotadesk.model.VisitType;
import com.rotadesk.model.VoidReason;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;

/** The engine's working copy of a visit. */
final class VisitEntry {
    final int number;
    final String ref;
    final Channel channel;
    final String group;
    final Registration registration;
    final VisitType type;
    final String named;
    final LocalDateTime arrival;
    /** Takes the walk: new, or a referral under {@code referral=as-new}. */
    final boolean walks;
    final boolean householdConflict;
    /** A non-buyer, or the repeat of one: never ownership (R10, R13). */
    boolean nonBuyer;
    VisitState state = VisitState.WAITING;
    String consultant;
    LocalDateTime receivedAt;
    LocalDateTime endedAt;
    boolean counted;
    boolean makeUp;
    boolean standIn;
    AssignmentReason reason = new AssignmentReason.NobodyAvailable();
    VoidReason voided;
    /** The client before this visit made its receiver the owner; null when it created no ownership. */
    Client beforeOwnership;
    boolean ownershipCreated;
    /** Consultants the receptionist rejected for this visit: never proposed again (R9). */
    final Set<String> rejected = new HashSet<>();
    /** Consultants this visit's walk has passed: passed at most once (R7). */
    final Set<String> passed = new HashSet<>();

    VisitEntry(int number, String ref, Channel channel, String group, Registration registration, VisitType type,
            String named, LocalDateTime arrival, boolean walks, boolean householdConflict, boolean nonBuyer) {
        this.number = number;
        this.ref = ref;
        this.channel = channel;
        this.group = group;
        this.registration = registration;
        this.type = type;
        this.named = named;
        this.arrival = arrival;
        this.walks = walks;
        this.householdConflict = householdConflict;
        this.nonBuyer = nonBuyer;
    }

    Visit snapshot() {
        return new Visit(number, ref, channel, group, registration, type, named, arrival, state, consultant,
                receivedAt, endedAt, counted, makeUp, standIn, reason, voided, householdConflict, ownershipCreated);
    }
}
