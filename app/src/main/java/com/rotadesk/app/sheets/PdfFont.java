package com.rotadesk.app.sheets;

import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A CJK font embedded in one PDF, with the guard PDFBox needs: showing a character the font lacks throws, so
 * every string is checked and such characters are replaced before drawing (a rare name character must not
 * crash an export).
 */
final class PdfFont {
    /** Printed for a character the font cannot draw. */
    static final char REPLACEMENT = '?';
    private final PDType0Font font;
    private final Map<Integer, Boolean> drawable = new HashMap<>();

    PdfFont(PDDocument doc, byte[] ttf) throws IOException {
        this.font = PDType0Font.load(doc, new RandomAccessReadBuffer(ttf), true, false);
    }

    PDType0Font pdf() {
        return font;
    }

    /** The text with line breaks and tabs made spaces and undrawable characters replaced. */
    String safe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
                out.append(' ');
            } else if (drawable.computeIfAbsent(cp, this::canDraw)) {
                out.appendCodePoint(cp);
            } else {
                out.append(REPLACEMENT);
            }
        });
        return out.toString();
    }

    private boolean canDraw(int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    /** The width in points of already safe text. */
    float width(String safeText, float size) {
        try {
            return font.getStringWidth(safeText) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
