package com.rotadesk.model;

/**
 * What the desk writes down for a visitor group (R12, R16).
 *
 * @param name   the visitor's name, or null when not given
 * @param phone  the phone as typed, or null when not given
 * @param party  how many people arrived together
 * @param source how they came to the office
 * @param notes  the receptionist's notes (中介带看, 看3号楼), or null
 */
public record Registration(String name, String phone, int party, VisitSource source, String notes) {

    /** The longest note the register prints in full. */
    public static final int MAX_NOTES = 200;

    /** Normalises blanks to null and checks the party size. */
    public Registration {
        name = name == null || name.isBlank() ? null : name.strip();
        phone = Phones.normalise(phone);
        notes = notes == null || notes.isBlank() ? null : notes.strip();
        if (party < 1) {
            throw new IllegalArgumentException("party size must be at least 1, was " + party);
        }
        if (source == null) {
            source = VisitSource.WALK_IN;
        }
    }

    /** A registration without notes. */
    public Registration(String name, String phone, int party, VisitSource source) {
        this(name, phone, party, source, null);
    }

    /** R16: a client is registered only with both a name and a phone. */
    public boolean complete() {
        return name != null && phone != null;
    }

    /** This registration with the given fields changed (null: unchanged), as a correction makes it (R28). */
    public Registration corrected(String newName, String newPhone, Integer newParty, VisitSource newSource,
            String newNotes) {
        return new Registration(newName != null ? newName : name, newPhone != null ? newPhone : phone,
                newParty != null ? newParty : party, newSource != null ? newSource : source,
                newNotes != null ? newNotes : notes);
    }
}
