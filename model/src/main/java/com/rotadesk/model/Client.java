package com.rotadesk.model;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A registered person or household, keyed by phone (R16-R21, R26-R29).
 *
 * @param phone        normalised digits
 * @param name         the registered name
 * @param household    other names accepted as family (R20)
 * @param owner        the consultant who owns the client, or null
 * @param lastContact  the last received visit, call, follow-up or transfer that refreshes protection (R18, R26)
 * @param deal         closed deal: owned permanently (R19)
 * @param lead         the consultant who took the client's first call (R21)
 * @param registered   when the owner's registration was made (R17: the earlier registration wins), or null
 * @param imported     the record came from the office's old register (R29), not from the desk
 * @param pooled       when the manager sent the client to the public pool (R26, R27), or null
 */
public record Client(String phone, String name, List<String> household, String owner, LocalDateTime lastContact,
        boolean deal, String lead, LocalDateTime registered, boolean imported, LocalDateTime pooled) {

    /** Copies the household. */
    public Client {
        household = List.copyOf(household);
    }

    /** A client the desk registered, whose registration is its last contact. */
    public Client(String phone, String name, List<String> household, String owner, LocalDateTime lastContact,
            boolean deal, String lead) {
        this(phone, name, household, owner, lastContact, deal, lead, owner == null ? null : lastContact, false, null);
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

    /** The same client after a contact that refreshes protection (R18). */
    public Client contacted(LocalDateTime at) {
        return new Client(phone, name, household, owner, at, deal, lead, registered, imported, pooled);
    }

    /** The same client with one more name in the household (R20). */
    public Client withFamily(String member) {
        List<String> more = new ArrayList<>(household);
        more.add(member);
        return new Client(phone, name, more, owner, lastContact, deal, lead, registered, imported, pooled);
    }

    /** The same client owned by another consultant from {@code at}, which counts as a contact (R26). */
    public Client transferredTo(String consultant, LocalDateTime at) {
        return new Client(phone, name, household, consultant, at, deal, lead, registered, imported, null);
    }

    /** The same client sent to the public pool at {@code at}: public at once (R26, R27). */
    public Client pooledAt(LocalDateTime at) {
        return new Client(phone, name, household, null, lastContact, false, lead, registered, imported, at);
    }
}
