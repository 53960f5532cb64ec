package com.rotadesk.app.desk;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** When JavaFX cannot open a window, the desk says why in one line and names what to install. */
class DeskLauncherTest {
    private final Texts zh = new Texts(Locale.SIMPLIFIED_CHINESE);

    @Test
    void aLinuxDesktopWithoutGtk3IsToldWhichPackageToInstall() {
        // what JavaFX 26 throws when libgtk-3.so.0 cannot be loaded
        String line = DeskLauncher.whyNoWindow(new UnsupportedOperationException("Unable to load glass GTK library."),
                zh, "Linux", Map.of("DISPLAY", ":0"));

        assertThat(line).contains("GTK 3", "sudo apt-get install libgtk-3-0").doesNotContain("\n");
    }

    @Test
    void noDisplayIsToldAsSuch() {
        String line = DeskLauncher.whyNoWindow(new UnsupportedOperationException("Unable to open DISPLAY"), zh,
                "Linux", Map.of());

        assertThat(line).contains("DISPLAY", "--smoke");
    }

    @Test
    void anythingElseKeepsJavaFxsOwnReason() {
        String line = DeskLauncher.whyNoWindow(new IllegalStateException("no pipeline"),
                new Texts(Locale.ENGLISH), "Windows 11", Map.of());

        assertThat(line).isEqualTo("The RotaDesk window could not be opened: no pipeline");
    }
}
