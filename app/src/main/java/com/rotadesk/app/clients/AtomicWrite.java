package com.rotadesk.app.clients;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * One file written whole or not at all: into a temporary file beside it (owner-only, as personal data should be),
 * then moved into place. A full disk or a crash leaves at most a stray {@code .tmp}, never half a register.
 */
public final class AtomicWrite {
    private AtomicWrite() {
    }

    /** Writes a file's content to a stream. */
    @FunctionalInterface
    public interface Content {
        /** Writes the content; the stream is closed afterwards. */
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes {@code file} from {@code content}, replacing an older one only once the new one is complete. */
    public static void write(Path file, Content content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.writeTo(out);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
