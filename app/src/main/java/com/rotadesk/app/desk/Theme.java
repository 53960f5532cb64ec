package com.rotadesk.app.desk;

import javafx.scene.text.Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** The desk's look: the bundled CJK font and the one stylesheet every window of the desk uses. */
final class Theme {
    private static final Logger LOG = LoggerFactory.getLogger(Theme.class);
    static final List<String> FONTS = List.of("NotoSansSC_400Regular.ttf", "NotoSansSC_700Bold.ttf");
    private static final String FONT_DIR = "/com/rotadesk/app/fonts/";

    private Theme() {
    }

    /** The theme's stylesheet URL, for every scene and dialog pane of the desk. */
    static String stylesheet() {
        return Theme.class.getResource("desk.css").toExternalForm();
    }

    /**
     * Loads Noto Sans SC before the first scene: most fresh Linux desktops (and the headless platform) have no CJK
     * font, and JavaFX would draw every Chinese character as an empty box. Each font comes from {@code cache}, where
     * it is written from the jar on the first start: loaded from the jar, 10 MB are inflated and copied to a
     * temporary file on every start, on the way to the first frame.
     */
    static void loadFonts(Path cache) {
        for (String f : FONTS) {
            if (!loadCached(f, cache.resolve("fonts"))) {
                loadFromJar(f);
            }
        }
    }

    /** The font from its copy in {@code dir} (written first when missing or not the jar's size); false if not. */
    static boolean loadCached(String f, Path dir) {
        URL url = Theme.class.getResource(FONT_DIR + f);
        if (url == null) {
            return false;
        }
        Path file = dir.resolve(f);
        try {
            URLConnection jar = url.openConnection();
            long size = jar.getContentLengthLong();
            if (size <= 0) {
                return false;
            }
            if (!Files.isRegularFile(file) || Files.size(file) != size) {
                Files.createDirectories(dir);
                forgetStaleParts(dir);
                // written aside and moved in: two desks starting at once never load a half-written font
                Path part = Files.createTempFile(dir, f, ".part");
                try (InputStream in = jar.getInputStream()) {
                    Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(part);
                }
            }
            // JavaFX reads a file: URL's path as it stands, undecoded: a URI's %20 or %E5… would name no file, and
            // a user folder with a space or Chinese characters (C:\Users\张伟) is common
            if (Font.loadFont("file:" + file.toAbsolutePath().toString().replace('\\', '/'), 14) != null) {
                return true;
            }
            // not a font (damaged on disk): written again on the next start
            Files.deleteIfExists(file);
            LOG.warn("the font {} in {} did not load: it is read from the program instead", f, dir);
        } catch (IOException | RuntimeException e) {
            LOG.debug("font {} not cached in {}", f, dir, e);
        }
        return false;
    }

    /** A copy that a start killed mid-way left behind (10 MB each); a recent one may be another desk's, going on. */
    private static void forgetStaleParts(Path dir) {
        long before = System.currentTimeMillis() - 10 * 60_000L;
        try (var parts = Files.newDirectoryStream(dir, "*.part")) {
            for (Path part : parts) {
                if (Files.getLastModifiedTime(part).toMillis() < before) {
                    Files.deleteIfExists(part);
                }
            }
        } catch (IOException e) {
            LOG.debug("old font copies in {} not removed", dir, e);
        }
    }

    private static void loadFromJar(String f) {
        try (InputStream in = Theme.class.getResourceAsStream(FONT_DIR + f)) {
            if (in == null || Font.loadFont(in, 14) == null) {
                LOG.warn("font {} did not load: Chinese may show as boxes", f);
            }
        } catch (IOException e) {
            LOG.warn("font {} could not be read: Chinese may show as boxes", f, e);
        }
    }
}
