package com.rotadesk.app.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes a set of files so that each either appears whole or not at all: everything goes to temporary files in
 * the target folder first (same file system, so the move is a rename), and only when all are written are they
 * moved into place. A full disk or a crash while writing leaves at most stray {@code .tmp} files, never half a
 * sheet under a real name.
 */
final class AtomicFiles implements AutoCloseable {
    /** Writes the content of one file to a stream. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Path folder;
    private final Map<Path, Path> staged = new LinkedHashMap<>();

    AtomicFiles(Path folder) {
        this.folder = folder;
    }

    /** Writes {@code name}'s content to a temporary file in the folder. */
    void stage(String name, Content content) throws IOException {
        // Not Files.createTempFile: its owner-only permissions would stay on the sheet after the move, and the
        // sheets are meant to be shared (a network folder, the manager's account).
        Path tmp = folder.resolve("." + name + "." + UUID.randomUUID() + ".tmp");
        staged.put(folder.resolve(name), tmp);
        try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            content.writeTo(out);
        }
    }

    /** Moves every staged file into place, replacing older versions; returns the final paths in order. */
    List<Path> commit() throws IOException {
        List<Path> done = new ArrayList<>();
        for (Map.Entry<Path, Path> e : staged.entrySet()) {
            try {
                Files.move(e.getValue(), e.getKey(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(e.getValue(), e.getKey(), StandardCopyOption.REPLACE_EXISTING);
            }
            done.add(e.getKey());
        }
        staged.clear();
        return done;
    }

    /** Deletes whatever was staged and not committed. */
    @Override
    public void close() {
        for (Path tmp : staged.values()) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // Best effort: a stray .tmp file is harmless and the original error is what the user needs.
            }
        }
        staged.clear();
    }
}
