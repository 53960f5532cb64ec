package com.rotadesk.model;

/**
 * What the desk writes down for a visitor group (R12, R16).
 *
 * @param name   the visitor's name, or null when not given
 * @param phone  the phone as typed, or null when not given
 * @param party  how many people arrived together
 * @param source how they came to the office
 */
public record Registration(String name, String phone, int party, VisitSource source) {

    /** Normalises blanks to null and checks the party size. */
    public Registration {
        name = name == null || name.isBlank() ? null : name.strip();
        phone = Phones.normalise(phone);
        if (party < 1) {
            throw new IllegalArgumentException("party size must be at least 1, was " + party);
        }
        if (source == null) {
            source = VisitSource.WALK_IN;
        }
    }

    /** R16: a client is registered only with both a name and a phone. */
    public boolean complete() {
        return name != null && phone != null;
    }
}
