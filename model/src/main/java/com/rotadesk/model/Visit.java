package com.rotadesk.model;

import java.time.LocalDateTime;

/**
 * One visitor group or call as the desk sees it (a snapshot).
 *
 * @param number            the day's running number per channel, in arrival order
 * @param ref               the desk's handle for it
 * @param type              the type it was given at check-in (R10)
 * @param consultant        who received it, or null while waiting
 * @param counted           whether it took a counted turn
 * @param makeUp            whether that turn used a make-up credit (R6)
 * @param standIn           received by a stand-in (R11): no ownership
 * @param reason            why that consultant
 * @param voided            why the counted turn was voided, or null
 * @param householdConflict the phone belongs to another name who is not family (R20)
 * @param ownershipCreated  this visit made its receiver the client's owner (R17)
 * @param walks             it takes the walk (R6/R7), so a proposal can be turned down ("not here", "declines")
 * @param outsideWindow     received outside the rotation window: nothing was counted or moved (R5)
 * @param corrected         its registration was corrected after it was confirmed (R28: the register says 更正)
 */
public record Visit(int number, String ref, Channel channel, String group, Registration registration,
        VisitType type, String named, LocalDateTime arrival, VisitState state, String consultant,
        LocalDateTime receivedAt, LocalDateTime endedAt, boolean counted, boolean makeUp, boolean standIn,
        AssignmentReason reason, VoidReason voided, boolean householdConflict, boolean ownershipCreated,
        boolean walks, boolean outsideWindow, boolean corrected) {

    /** R16: flagged on the board and the sheet until completed. */
    public boolean incomplete() {
        return !registration.complete();
    }
}
