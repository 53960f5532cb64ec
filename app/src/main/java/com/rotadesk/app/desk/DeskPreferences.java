package com.rotadesk.app.desk;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * What the desk remembers per data folder, beside the database ({@code desk.properties}): the language last chosen
 * from the menu. Each office PC's folder keeps its own, so a Chinese desk and an English test folder do not mix.
 * Nothing here is part of the record: losing the file only means the OS language is used again.
 */
final class DeskPreferences {
    private static final Logger LOG = LoggerFactory.getLogger(DeskPreferences.class);
    static final String FILE = "desk.properties";

    private final Path file;

    DeskPreferences(Path folder) {
        this.file = folder.resolve(FILE);
    }

    /** The language chosen last in this folder, if any. */
    Optional<Locale> language() {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("cannot read {}: the OS language is used", file, e);
            return Optional.empty();
        }
        return switch (p.getProperty("language", "")) {
            case "zh" -> Optional.of(Locale.SIMPLIFIED_CHINESE);
            case "en" -> Optional.of(Locale.ENGLISH);
            default -> Optional.empty();
        };
    }

    /** Remembers the language (written whole, then moved into place, so a crash leaves the old file or the new). */
    void rememberLanguage(Locale locale) {
        Properties p = new Properties();
        p.setProperty("language", locale.getLanguage().equals("zh") ? "zh" : "en");
        Path tmp = file.resolveSibling(FILE + ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(out, "RotaDesk: the desk's language in this data folder (zh or en)");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // the switch itself has happened; only the next start will not know of it
            LOG.warn("cannot write {}: the language will not be remembered", file, e);
        }
    }
}
