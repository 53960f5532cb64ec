package com.rotadesk.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

/** On POSIX, the data folder is the user's alone: folders 0700, files 0600 (visitors' names and phones). */
final class OwnerOnly {
    private OwnerOnly() {
    }

    /** Makes one file or folder the owner's alone; a file system without POSIX permissions is left as it is. */
    static void set(Path p) {
        try {
            PosixFileAttributeView view = Files.getFileAttributeView(p, PosixFileAttributeView.class);
            if (view != null && Files.exists(p)) {
                view.setPermissions(PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwx------" : "rw-------"));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // a folder the user does not own (a shared drive): it keeps what it has
        }
    }

    /** The folder, and every file and folder in it. */
    static void tree(Path folder) {
        set(folder);
        try (Stream<Path> s = Files.walk(folder, 2)) {
            s.forEach(OwnerOnly::set);
        } catch (IOException e) {
            // a file that vanished while walking: nothing to protect
        }
    }
}
