package com.rotadesk.model;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A registered person or household, keyed by phone (R16-R20).
 *
 * @param phone        normalised digits
 * @param name         the registered name
 * @param household    other names accepted as family (R20)
 * @param owner        the consultant who owns the client, or null
 * @param lastContact  the last received visit, call or follow-up that refreshes protection (R18)
 * @param deal         closed deal: owned permanently (R19)
 * @param lead         the consultant who took the client's first call (R21)
 */
public record Client(String phone, String name, List<String> household, String owner, LocalDateTime lastContact,
        boolean deal, String lead) {

    /** Copies the household. */
    public Client {
        household = List.copyOf(household);
    }

    /** The owner at that time under the protection period, or null when public (R18, R19). */
    public String ownerAt(LocalDateTime at, int protectionDays) {
        if (owner == null) {
            return null;
        }
        if (deal) {
            return owner;
        }
        return at.isBefore(protectedUntil(protectionDays)) ? owner : null;
    }

    /** When ownership lapses without further contact. */
    public LocalDateTime protectedUntil(int protectionDays) {
        return lastContact.plusDays(protectionDays);
    }

    /** True when the name is the client's or a household member's. */
    public boolean knowsName(String other) {
        return other != null && (other.equals(name) || household.contains(other));
    }
}
