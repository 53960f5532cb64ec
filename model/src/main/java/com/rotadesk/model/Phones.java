package com.rotadesk.model;

/** Phone numbers as the engine keys them: digits only (R10). */
public final class Phones {
    /** The prefix of a pseudonym that stands for erased personal data. */
    public static final String PSEUDONYM = "@";

    private Phones() {
    }

    /** True for a value that stands for erased personal data. */
    public static boolean erased(String value) {
        return value != null && value.startsWith(PSEUDONYM);
    }

    /**
     * Keeps the digits; null or no digits gives null. A pseudonym issued by storage for an erased phone
     * (starting with {@code @}) is kept as it is, so a replay matches the same visits as before the erasure.
     */
    public static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        if (raw.startsWith(PSEUDONYM)) {
            return raw;
        }
        StringBuilder digits = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char ch = raw.charAt(i);
            if (ch >= '0' && ch <= '9') {
                digits.append(ch);
            }
        }
        return digits.isEmpty() ? null : digits.toString();
    }

    /** {@code 138****5678} for an 11-digit mobile; other numbers keep their first 3 and last 4 digits. */
    public static String mask(String phone) {
        if (phone == null || erased(phone)) {
            return "";
        }
        if (phone.length() <= 7) {
            return phone.charAt(0) + "*".repeat(phone.length() - 1);
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }

    /** True for an 11-digit mainland mobile or a landline with area code (10 to 12 digits starting with 0). */
    public static boolean plausible(String phone) {
        if (phone == null || phone.isEmpty() || erased(phone)) {
            return false;
        }
        if (phone.length() == 11 && phone.charAt(0) == '1') {
            return true;
        }
        return phone.charAt(0) == '0' && phone.length() >= 10 && phone.length() <= 12;
    }
}
