package com.rotadesk.app.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bundled Noto Sans SC TrueType files (OFL), read from the class path once and kept as bytes: every PDF
 * embeds a subset of them, and parsing 10 MB from a jar for each of four sheets would be wasteful.
 */
public final class PdfFonts {
    private static final String REGULAR = "/com/rotadesk/app/fonts/NotoSansSC_400Regular.ttf";
    private static final String BOLD = "/com/rotadesk/app/fonts/NotoSansSC_700Bold.ttf";
    private byte[] regular;
    private byte[] bold;

    /** The regular weight, for text and tables. */
    public synchronized byte[] regular() {
        if (regular == null) {
            regular = read(REGULAR);
        }
        return regular;
    }

    /** The bold weight, for titles and headers. */
    public synchronized byte[] bold() {
        if (bold == null) {
            bold = read(BOLD);
        }
        return bold;
    }

    private static byte[] read(String resource) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the bundled font " + resource
                        + " is missing from the application: the sheets cannot print Chinese without it");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the bundled font " + resource, e);
        }
    }
}
