package com.rotadesk.model.engine.state;

import com.rotadesk.model.AssignmentReason;
import com.rotadesk.model.Channel;
import com.rotadesk.model.Client;
import com.rotadesk.model.Registration;
import com.rotadesk.model.Visit;
import com.rotadesk.model.VisitState;
import com.rotadesk.model.VisitType;
import com.rotadesk.model.VoidReason;

import java.time.LocalDateTime;

/** The engine's working copy of a visit or call. Read-only outside this package. */
public final class VisitEntry {
    /** Its place in the day's list of visits (both channels). */
    final int index;
    private final int number;
    private final String ref;
    private final Channel channel;
    private final String group;
    private final VisitType type;
    private final String named;
    private final LocalDateTime arrival;
    private final boolean walks;
    boolean householdConflict;
    private final boolean nonBuyer;
    Registration registration;
    VisitState state = VisitState.WAITING;
    String consultant;
    LocalDateTime receivedAt;
    LocalDateTime endedAt;
    boolean counted;
    boolean makeUp;
    boolean standIn;
    boolean outsideWindow;
    AssignmentReason reason = new AssignmentReason.NobodyAvailable();
    VoidReason voided;
    /** The client before this visit made its receiver the owner (R14 puts it back). */
    Client beforeOwnership;
    boolean ownershipCreated;
    /** When it was received, as a running number of the day's events: the first reception of a phone wins. */
    int receivedSeq = -1;
    /** Corrected after it was confirmed (R28): the register says 更正. */
    boolean corrected;

    VisitEntry(int index, int number, String ref, Channel channel, String group, Registration registration,
            VisitType type, String named, LocalDateTime arrival, boolean walks, boolean householdConflict,
            boolean nonBuyer) {
        this.index = index;
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

    VisitEntry copy() {
        VisitEntry v = new VisitEntry(index, number, ref, channel, group, registration, type, named, arrival, walks,
                householdConflict, nonBuyer);
        v.state = state;
        v.consultant = consultant;
        v.receivedAt = receivedAt;
        v.endedAt = endedAt;
        v.counted = counted;
        v.makeUp = makeUp;
        v.standIn = standIn;
        v.outsideWindow = outsideWindow;
        v.reason = reason;
        v.voided = voided;
        v.beforeOwnership = beforeOwnership;
        v.ownershipCreated = ownershipCreated;
        v.receivedSeq = receivedSeq;
        v.corrected = corrected;
        return v;
    }

    /** The day's running number on its channel. */
    public int number() {
        return number;
    }

    /** The desk's handle. */
    public String ref() {
        return ref;
    }

    /** Walk-in or phone. */
    public Channel channel() {
        return channel;
    }

    /** The group whose rotation it belongs to. */
    public String group() {
        return group;
    }

    /** Name, phone, party, source as registered. */
    public Registration registration() {
        return registration;
    }

    /** The type it was given at check-in (R10). */
    public VisitType type() {
        return type;
    }

    /** The consultant a designated or referral visitor asked for, or null. */
    public String named() {
        return named;
    }

    /** When it arrived. */
    public LocalDateTime arrival() {
        return arrival;
    }

    /** Takes the walk (R6/R7). */
    public boolean walks() {
        return walks;
    }

    /** Same phone, another name, not family (R20). */
    public boolean householdConflict() {
        return householdConflict;
    }

    /** A non-buyer or the repeat of one: never ownership (R10, R13). */
    public boolean nonBuyer() {
        return nonBuyer;
    }

    /** Where it stands. */
    public VisitState state() {
        return state;
    }

    /** Who received it, or null while waiting. */
    public String consultant() {
        return consultant;
    }

    /** When it was received. */
    public LocalDateTime receivedAt() {
        return receivedAt;
    }

    /** Took a counted turn that still stands. */
    public boolean counted() {
        return counted;
    }

    /** Received by a stand-in (R11). */
    public boolean standIn() {
        return standIn;
    }

    /** Why it was voided, or null. */
    public VoidReason voided() {
        return voided;
    }

    /** The client before this visit made its receiver the owner. */
    public Client beforeOwnership() {
        return beforeOwnership;
    }

    /** Corrected after it was confirmed (R28). */
    public boolean corrected() {
        return corrected;
    }

    /** This visit made its receiver the owner (R17), and that still stands. */
    public boolean ownershipCreated() {
        return ownershipCreated;
    }

    /** The visit as the desk sees it. */
    public Visit snapshot() {
        return new Visit(number, ref, channel, group, registration, type, named, arrival, state, consultant,
                receivedAt, endedAt, counted, makeUp, standIn, reason, voided, householdConflict, ownershipCreated,
                walks, outsideWindow, corrected);
    }
}
