package com.rotadesk.persistence;

import java.util.Locale;
import java.util.Objects;

/**
 * Where the journal's chain stood: an entry number and that entry's hash. Printed on the sheets as an anchor
 * ({@code 290:4f3a9c1e77d02b6a}, the hash cut to {@value #SHORT} hex digits), written into backups' names and the
 * head record; {@code verify --head} checks the journal against one read off paper.
 *
 * @param hash the entry's hash, whole or (read off paper) its first hex digits
 */
public record ChainHead(long seq, String hash) {
    /** Hex digits printed: 64 bits, far beyond what anyone can match by trying altered journals. */
    public static final int SHORT = 16;
    /** The fewest hex digits {@link #parse} accepts from a person. */
    public static final int FEWEST = 8;

    /** Checks the values. */
    public ChainHead {
        Objects.requireNonNull(hash, "hash");
        if (seq < 0) {
            throw new IllegalArgumentException("an entry number is not negative");
        }
    }

    /** The anchor as printed: entry number, colon, short hash. */
    public String text() {
        return seq + ":" + shortHash();
    }

    /** The hash's first {@value #SHORT} digits. */
    public String shortHash() {
        return hash.substring(0, Math.min(SHORT, hash.length()));
    }

    /** True when an entry with this number and full hash is what this anchor names. */
    boolean matches(long entrySeq, String entryHash) {
        return entrySeq == seq && entryHash != null && entryHash.startsWith(hash);
    }

    /**
     * Reads {@code N:HASH} as typed off a sheet (spaces and case ignored, at least {@value #FEWEST} hex digits).
     *
     * @throws IllegalArgumentException with a line for the user when it is not an anchor
     */
    public static ChainHead parse(String text) {
        String t = text == null ? "" : text.replace(" ", "").toLowerCase(Locale.ROOT);
        int colon = t.indexOf(':');
        if (colon > 0) {
            String hex = t.substring(colon + 1);
            try {
                long seq = Long.parseLong(t.substring(0, colon));
                if (seq >= 0 && hex.length() >= FEWEST && hex.length() <= 64 && hex.matches("[0-9a-f]+")) {
                    return new ChainHead(seq, hex);
                }
            } catch (NumberFormatException e) {
                // said below
            }
        }
        throw new IllegalArgumentException("an anchor is the entry number, a colon and at least " + FEWEST
                + " hex digits as printed on the sheet, for example 290:4f3a9c1e77d02b6a (not '" + text + "')");
    }
}
