package com.rotadesk.app.sheets;

import java.util.Locale;
import java.util.Objects;

/**
 * How the sheets are written.
 *
 * @param locale     the language of headers and labels (zh_CN or en)
 * @param fullPhones print phones in full instead of {@code 138****5678} (for the manager's own copy)
 */
public record SheetOptions(Locale locale, boolean fullPhones) {
    /** Checks the locale. */
    public SheetOptions {
        Objects.requireNonNull(locale, "locale");
    }

    /** Chinese labels, masked phones: what the desk prints by default. */
    public static SheetOptions defaults() {
        return new SheetOptions(Locale.SIMPLIFIED_CHINESE, false);
    }
}
