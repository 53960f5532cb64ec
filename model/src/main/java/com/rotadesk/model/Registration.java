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

    /**
     * R16: a client is registered only with both a name and a phone. A number that cannot be a phone (a partial
     * {@code 13912}, saved on purpose at the desk) is no phone: the visit is logged incomplete and owns nothing, as
     * the desk says when it saves it. An erased visitor's pseudonym stands for the phone it replaced.
     */
    public boolean complete() {
        return name != null && hasPhone();
    }

    /** Whether the phone given can be a phone (a partial number cannot): only then may it name a client. */
    public boolean hasPhone() {
        return phone != null && (Phones.plausible(phone) || Phones.erased(phone));
    }

    /** This registration with the given fields changed (null: unchanged), as a correction makes it (R28). */
    public Registration corrected(String newName, String newPhone, Integer newParty, VisitSource newSource,
            String newNotes) {
        return new Registration(newName != null ? newName : name, newPhone != null ? newPhone : phone,
                newParty != null ? newParty : party, newSource != null ? newSource : source,
                newNotes != null ? newNotes : notes);
    }
}
