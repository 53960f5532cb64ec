package com.rotadesk.persistence;

import java.time.LocalDateTime;

/**
 * A client found while the receptionist types a phone number.
 *
 * @param owner          the owner now, or null when public
 * @param protectedUntil when ownership lapses, or null (no owner, or a closed deal)
 * @param lastVisit      the last arrival at the desk, or null
 */
public record PhoneMatch(String phone, String name, String owner, LocalDateTime protectedUntil, boolean deal,
        LocalDateTime lastVisit) {
}
