package com.rotadesk.persistence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The journal's tamper evidence: each entry's SHA-256 covers the previous entry's hash and its own content, under
 * the hash scheme the entry records (decision 0004). Everything an entry's hash covers is one {@link Input}: a new
 * hashed field is one more component there, hashed only by a new scheme, so entries written before still verify.
 */
final class HashChain {
    /** The "previous hash" of the first entry. */
    static final String GENESIS = "0".repeat(64);
    /** The scheme new entries are written under. */
    static final int CURRENT = 3;

    private HashChain() {
    }

    /**
     * What one entry's hash covers.
     *
     * @param personDigest  the salted digest of the personal data the entry refers to (scheme 2 on), or null
     * @param eventsVersion the version of the events' canonical form ({@code EventDigest.VERSION}, scheme 3 on)
     * @param eventsDigest  the digest of the events the entry produced when it was written (scheme 3 on), or null
     */
    record Input(String previous, long seq, LocalDateTime at, String kind, String payload, Long personId,
            String personDigest, Integer eventsVersion, String eventsDigest) {
    }

    /** The entry's hash under {@code scheme}. */
    static String hash(int scheme, Input in) {
        return switch (scheme) {
            // scheme 1: the text as the first releases wrote it, newline-separated (no field holds a newline)
            case 1 -> sha256(String.join("\n", in.previous(), Long.toString(in.seq()), in.at().toString(), in.kind(),
                    in.payload(), in.personId() == null ? "-" : in.personId().toString()));
            // scheme 2: every field length-prefixed (no separator can be forged), plus the person's commitment
            case 2 -> sha256(canonical("rotadesk-entry-2", Arrays.asList(in.previous(), Long.toString(in.seq()),
                    in.at().toString(), in.kind(), in.payload(), in.personId() == null ? null : in.personId().toString(),
                    in.personDigest())));
            // scheme 3: scheme 2's fields and the digest of the events the entry produced (decision 0005)
            case 3 -> sha256(canonical("rotadesk-entry-3", Arrays.asList(in.previous(), Long.toString(in.seq()),
                    in.at().toString(), in.kind(), in.payload(), in.personId() == null ? null : in.personId().toString(),
                    in.personDigest(), in.eventsVersion() == null ? null : in.eventsVersion().toString(),
                    in.eventsDigest())));
            default -> throw new StoreException(StoreException.Problem.CORRUPT,
                    "entry " + in.seq() + " names hash scheme " + scheme + ", which this RotaDesk does not know");
        };
    }

    /** The current scheme's hash. */
    static String hash(Input in) {
        return hash(CURRENT, in);
    }

    /** A tag, then each field as its UTF-8 length, a colon and its bytes; a null field is a lone {@code ~}. */
    static String canonical(String tag, List<String> fields) {
        StringBuilder sb = new StringBuilder(tag).append('\n');
        for (String f : fields) {
            if (f == null) {
                sb.append("~\n");
            } else {
                sb.append(f.getBytes(StandardCharsets.UTF_8).length).append(':').append(f).append('\n');
            }
        }
        return sb.toString();
    }

    static String sha256(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
