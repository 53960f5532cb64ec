package com.rotadesk.app.sheets;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The sheets' words in one language, from {@code sheets.properties} and {@code sheets_zh_CN.properties}
 * (UTF-8, which Java 9+ reads by default for properties bundles).
 */
public final class Labels {
    private static final String BUNDLE = "com.rotadesk.app.sheets.sheets";
    private final ResourceBundle bundle;
    private final Locale locale;

    /** The labels of a locale; anything but Chinese falls back to English, never to the machine's locale. */
    public Labels(Locale locale) {
        this.locale = locale;
        // No fallback to the default locale: an English export on a Chinese Windows must stay English.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The locale asked for. */
    public Locale locale() {
        return locale;
    }

    /** The label of a key. */
    public String text(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("sheet label '" + key + "' is missing from the " + locale + " bundle", e);
        }
    }

    /**
     * The label with {@code {0}}, {@code {1}}... replaced by the arguments as plain text. Plain replacement
     * rather than MessageFormat: no quote escaping in the bundles and no grouping separators in numbers.
     */
    public String format(String key, Object... args) {
        String s = text(key);
        for (int i = 0; i < args.length; i++) {
            s = s.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return s;
    }

    /** Whether the bundle has the key. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
