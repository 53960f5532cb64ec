package com.rotadesk.persistence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * A small file beside the database naming the office and where its chain stood at the last commit
 * ({@code rotadesk.head}). Deleting entries or rewriting the journal no longer matches it; verify says so, and the
 * store refuses to open over it rather than overwrite the evidence.
 *
 * @param office the office's identity (the database's {@code office_identity})
 */
record HeadRecord(String office, ChainHead head) {
    static final String FILE = "rotadesk.head";

    static Path of(Path folder) {
        return folder.resolve(FILE);
    }

    /** The record in the folder, if there is one that can be read. */
    static Optional<HeadRecord> read(Path folder) {
        Path file = of(folder);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String office = null;
            ChainHead head = null;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("office=")) {
                    office = line.substring(7).strip();
                } else if (line.startsWith("head=")) {
                    String[] parts = line.substring(5).strip().split(":");
                    head = new ChainHead(Long.parseLong(parts[0]), parts[1]);
                }
            }
            return office == null || head == null ? Optional.empty() : Optional.of(new HeadRecord(office, head));
        } catch (IOException | RuntimeException e) {
            throw new StoreException(StoreException.Problem.CORRUPT, "the head record " + file + " cannot be read", e);
        }
    }

    /** Replaces the folder's record in one step (a new file moved over the old one). */
    void write(Path folder) {
        Path file = of(folder);
        Path next = folder.resolve(FILE + ".next");
        String text = "# RotaDesk: where the journal stood at its last entry. 'rotadesk verify' checks the journal"
                + " against it.\noffice=" + office + "\nhead=" + head.seq() + ":" + head.hash() + "\n";
        try {
            Files.writeString(next, text, StandardCharsets.UTF_8);
            OwnerOnly.set(next);
            Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw Failures.of(e, "cannot write the head record " + file, folder);
        }
    }
}
