package com.rotadesk.app.sheets;

import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Both bundles have the same keys, Chinese is read as UTF-8, and English never falls back to Chinese. */
class LabelsTest {

    private static Set<String> keys(Locale locale) {
        ResourceBundle b = ResourceBundle.getBundle("com.rotadesk.app.sheets.sheets", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new TreeSet<>(Collections.list(b.getKeys()));
    }

    @Test
    void everyKeyIsInBothLanguages() {
        assertThat(keys(Locale.SIMPLIFIED_CHINESE)).isEqualTo(keys(Locale.ENGLISH));
    }

    @Test
    void chineseIsReadAsUtf8() {
        assertThat(new Labels(Locale.SIMPLIFIED_CHINESE).text("sheet.rotation")).isEqualTo("接待排序表");
        assertThat(new Labels(Locale.SIMPLIFIED_CHINESE).format("mark.makeUp", "09:45")).isEqualTo("补09:45");
    }

    @Test
    void englishStaysEnglishOnAChineseMachine() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertThat(new Labels(Locale.ENGLISH).text("sheet.rotation")).isEqualTo("Rotation sheet");
            assertThat(new Labels(Locale.FRENCH).text("sheet.rotation")).isEqualTo("Rotation sheet");
        } finally {
            Locale.setDefault(before);
        }
    }
}
