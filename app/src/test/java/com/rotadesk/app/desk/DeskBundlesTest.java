package com.rotadesk.app.desk;

import com.rotadesk.model.ConsultantStatus;
import com.rotadesk.model.PassReason;
import com.rotadesk.model.Policy;
import com.rotadesk.model.VisitSource;
import com.rotadesk.model.VisitType;
import com.rotadesk.persistence.StoreException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every word the desk shows exists in Chinese and in English, and neither bundle carries keys the other lacks. */
class DeskBundlesTest {
    private static final ResourceBundle.Control EXACT =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT);

    private static Set<String> keys(Locale locale) {
        return Set.copyOf(ResourceBundle.getBundle("com.rotadesk.app.desk.desk", locale, EXACT).keySet());
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(keys(Locale.SIMPLIFIED_CHINESE)).containsExactlyInAnyOrderElementsOf(keys(Locale.ENGLISH));
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Set<String> used = new HashSet<>();
        Pattern literal = Pattern.compile("(?:t|texts)\\.get\\(\"([A-Za-z0-9.\\-]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/com/rotadesk/app/desk"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) {
                    if (!m.group(1).endsWith(".")) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        for (ConsultantStatus s : ConsultantStatus.values()) {
            used.add("status." + s.code());
        }
        for (VisitType v : VisitType.values()) {
            used.add("type." + v.code());
        }
        for (VisitSource v : VisitSource.values()) {
            used.add("source." + v.code());
        }
        for (PassReason r : PassReason.values()) {
            used.add("pass." + r.code());
        }
        for (StoreException.Problem p : StoreException.Problem.values()) {
            used.add("error." + p.name());
        }
        Policy.KEYS.forEach(k -> used.add("policy." + k));
        SettingsDialog.CHOICES.values().forEach(values -> values.forEach(v -> used.add("value." + v)));
        used.add("value.true");
        used.add("value.false");

        assertThat(used).hasSizeGreaterThan(60);
        assertThat(keys(Locale.ENGLISH)).containsAll(used);
        assertThat(keys(Locale.SIMPLIFIED_CHINESE)).containsAll(used);
    }
}
