package com.rotadesk.persistence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;

/** The journal's tamper evidence: each entry's SHA-256 covers the previous entry's hash and its own content. */
final class HashChain {
    /** The "previous hash" of the first entry. */
    static final String GENESIS = "0".repeat(64);

    private HashChain() {
    }

    static String hash(String previous, long seq, LocalDateTime at, String kind, String payload, Long personId) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String text = previous + '\n' + seq + '\n' + at + '\n' + kind + '\n' + payload + '\n'
                    + (personId == null ? "-" : personId.toString());
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
