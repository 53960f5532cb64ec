package com.rotadesk.app.clients;

import com.rotadesk.model.Event;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The manager's office speaks Chinese and English alike: both bundles hold the same keys, each once, every key the
 * code asks for exists, and every kind, fate, reason and field has its words.
 */
class ClientWordsTest {
    private static final Path DIR = Path.of("src/main/resources/com/rotadesk/app/clients");

    private static Set<String> keys(Locale locale) {
        return Set.copyOf(ResourceBundle.getBundle("com.rotadesk.app.clients.clients", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).keySet());
    }

    @Test
    void bothLanguagesHaveTheSameKeysEachOnce() throws IOException {
        assertThat(keys(Locale.SIMPLIFIED_CHINESE)).containsExactlyInAnyOrderElementsOf(keys(Locale.ENGLISH));
        for (String file : List.of("clients.properties", "clients_zh_CN.properties")) {
            Set<String> seen = new HashSet<>();
            Set<String> twice = new HashSet<>();
            for (String line : Files.readAllLines(DIR.resolve(file), StandardCharsets.UTF_8)) {
                int eq = line.indexOf('=');
                if (!line.startsWith("#") && eq > 0 && !seen.add(line.substring(0, eq))) {
                    twice.add(line.substring(0, eq));
                }
            }
            assertThat(twice).as("keys given twice in %s (the second silently wins)", file).isEmpty();
        }
    }

    @Test
    void anApostropheIsWrittenOnce() {
        // these words fill in {0} by themselves, not through MessageFormat: a doubled quote would print doubled
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            ClientWords w = new ClientWords(locale);
            for (String key : keys(locale)) {
                assertThat(w.get(key, "x", "y", "z")).as("%s in %s", key, locale).doesNotContain("''");
            }
        }
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Set<String> used = new HashSet<>();
        Pattern literal = Pattern.compile("(?:\\bw|words|zh)\\.get\\(\"([A-Za-z0-9.\\-]+)\"|\\bget\\(\"([A-Za-z0-9.\\-]+)\"");
        for (String dir : List.of("src/main/java/com/rotadesk/app/clients", "src/main/java/com/rotadesk/app/desk",
                "src/main/java/com/rotadesk/app/sheets")) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                for (Path f : files.filter(p -> p.getFileName().toString().matches(
                        "(Client|Timeline|Import|Register|Transfer|Clients).*\\.java")).toList()) {
                    Matcher m = literal.matcher(Files.readString(f));
                    while (m.find()) {
                        String key = m.group(1) != null ? m.group(1) : m.group(2);
                        if (!key.endsWith(".") && !key.startsWith("sheets.") && !key.startsWith("button.")) {
                            used.add(key);
                        }
                    }
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(keys(Locale.ENGLISH)).containsAll(used);
    }

    @Test
    void everyKindFateReasonAndFieldHasWords() {
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            ClientWords w = new ClientWords(locale);
            for (ClientTimeline.Kind k : ClientTimeline.Kind.values()) {
                assertThat(w.kind(k)).isNotBlank();
            }
            for (Event.ImportRefusal r : Event.ImportRefusal.values()) {
                assertThat(w.has("refusal." + r.name())).isTrue();
            }
            for (ImportPreview.Fate f : ImportPreview.Fate.values()) {
                assertThat(w.has("fate." + f.name())).isTrue();
            }
            for (RegisterField f : RegisterField.values()) {
                assertThat(w.field(f)).isNotBlank();
                if (f.kept()) {
                    assertThat(w.has("problem." + f.name())).as(f.name()).isTrue();
                }
            }
            for (RegisterFileException.Problem p : RegisterFileException.Problem.values()) {
                assertThat(w.has(p.key())).isTrue();
            }
        }
    }
}
