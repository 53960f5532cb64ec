package com.rotadesk.model;

import java.time.LocalDateTime;

/**
 * Where a client stands at a moment, as the rules say (R18, R19, R27): the desk and the manager's office show
 * this; they never work it out themselves.
 *
 * @param owner          the owner now, or null when public or never owned
 * @param protectedUntil when ownership lapses without another contact; null for a deal or without an owner
 * @param publicSince    when the client became public (their protection lapsed, or the manager pooled them), or
 *                       null when they never were owned
 * @param deal           a closed deal: owned for good (R19)
 */
public record ClientStanding(String owner, LocalDateTime protectedUntil, LocalDateTime publicSince, boolean deal) {

    /** A client's standing at {@code at} under a protection period of {@code protectionDays}. */
    public static ClientStanding of(Client c, LocalDateTime at, int protectionDays) {
        if (c == null) {
            return new ClientStanding(null, null, null, false);
        }
        String owner = c.ownerAt(at, protectionDays);
        if (owner != null) {
            return new ClientStanding(owner, c.deal() ? null : c.protectedUntil(protectionDays), null, c.deal());
        }
        LocalDateTime since = c.owner() != null ? c.protectedUntil(protectionDays) : c.pooled();
        return new ClientStanding(null, null, since, false);
    }
}
