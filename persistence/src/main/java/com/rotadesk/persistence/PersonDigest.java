package com.rotadesk.persistence;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The commitment a journal entry makes to a visitor's name and phone: a SHA-256 of a random per-person salt and
 * the data. While the person row holds the salt, verify recomputes it and sees any edit; erasure removes the salt
 * with the data, so the commitment that stays in the chain reveals nothing (a phone alone could be guessed).
 */
final class PersonDigest {
    private PersonDigest() {
    }

    /** The digest of a person row's salt, phone and name. */
    static String of(String salt, String phone, String name) {
        return HashChain.sha256(HashChain.canonical("rotadesk-person-1", Arrays.asList(salt, phone, name)));
    }

    /** A new random salt (128 bits, hex). */
    static String newSalt(SecureRandom random) {
        byte[] b = new byte[16];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
