package com.rotadesk.app.desk;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled fonts are taken out of the program once into the cache folder and loaded from there; a copy that is
 * short (a full disk, an interrupted start) is written again, and one that is no font is not used.
 */
class ThemeFontsTest {
    private static final String REGULAR = Theme.FONTS.getFirst();

    @TempDir
    Path cache;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static long bundledSize() throws IOException {
        return Theme.class.getResource("/com/rotadesk/app/fonts/" + REGULAR).openConnection().getContentLengthLong();
    }

    @Test
    void theFirstStartWritesTheFontAndTheNextLoadsIt() throws IOException {
        assertThat(Theme.loadCached(REGULAR, cache)).isTrue();
        Path copy = cache.resolve(REGULAR);
        assertThat(Files.size(copy)).isEqualTo(bundledSize());
        long written = Files.getLastModifiedTime(copy).toMillis();

        assertThat(Theme.loadCached(REGULAR, cache)).isTrue();
        assertThat(Files.getLastModifiedTime(copy).toMillis()).as("not written again").isEqualTo(written);
        try (var files = Files.list(cache)) {
            assertThat(files).as("no part file left").containsExactly(copy);
        }
    }

    @Test
    void aFolderWithASpaceAndChineseInItsNameHoldsTheFontToo() throws IOException {
        // C:\Users\张伟\AppData\Local\RotaDesk\cache: JavaFX takes a file URL's path as it stands
        Path dir = cache.resolve("张伟 的电脑").resolve("fonts");

        assertThat(Theme.loadCached(REGULAR, dir)).isTrue();
        assertThat(Theme.loadCached(REGULAR, dir)).as("the next start loads it from there").isTrue();
        assertThat(dir.resolve(REGULAR)).exists();
    }

    @Test
    void aPartLeftByAStartKilledLongAgoGoesAndARecentOneStays() throws IOException {
        Path old = Files.write(cache.resolve(REGULAR + "123.part"), new byte[10]);
        Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()
                - 3_600_000L));
        Path recent = Files.write(cache.resolve(REGULAR + "456.part"), new byte[10]);

        assertThat(Theme.loadCached(REGULAR, cache)).isTrue();

        assertThat(old).doesNotExist();
        assertThat(recent).as("another desk may be writing it").exists();
    }

    @Test
    void aShortCopyIsWrittenAgain() throws IOException {
        Files.write(cache.resolve(REGULAR), new byte[1000]);

        assertThat(Theme.loadCached(REGULAR, cache)).isTrue();

        assertThat(Files.size(cache.resolve(REGULAR))).isEqualTo(bundledSize());
    }

    @Test
    void aCopyThatIsNoFontIsNotUsedAndGoes() throws IOException {
        Files.write(cache.resolve(REGULAR), new byte[(int) bundledSize()]);

        assertThat(Theme.loadCached(REGULAR, cache)).as("the caller reads it from the program instead").isFalse();

        assertThat(cache.resolve(REGULAR)).doesNotExist();
    }

    @Test
    void aCacheThatCannotBeWrittenIsNoFont() throws IOException {
        Path file = Files.writeString(cache.resolve("not-a-folder"), "x");

        assertThat(Theme.loadCached(REGULAR, file)).isFalse();
    }
}
