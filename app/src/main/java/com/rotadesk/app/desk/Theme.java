package com.rotadesk.app.desk;

import javafx.scene.text.Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** The desk's look: the bundled CJK font and the one stylesheet every window of the desk uses. */
final class Theme {
    private static final Logger LOG = LoggerFactory.getLogger(Theme.class);
    private static final List<String> FONTS = List.of("NotoSansSC_400Regular.ttf", "NotoSansSC_700Bold.ttf");

    private Theme() {
    }

    /** The theme's stylesheet URL, for every scene and dialog pane of the desk. */
    static String stylesheet() {
        return Theme.class.getResource("desk.css").toExternalForm();
    }

    /**
     * Loads Noto Sans SC before the first scene: most fresh Linux desktops (and the headless platform) have no CJK
     * font, and JavaFX would draw every Chinese character as an empty box.
     */
    static void loadFonts() {
        for (String f : FONTS) {
            try (InputStream in = Theme.class.getResourceAsStream("/com/rotadesk/app/fonts/" + f)) {
                if (in == null || Font.loadFont(in, 14) == null) {
                    LOG.warn("font {} did not load: Chinese may show as boxes", f);
                }
            } catch (IOException e) {
                LOG.warn("font {} could not be read: Chinese may show as boxes", f, e);
            }
        }
    }
}
