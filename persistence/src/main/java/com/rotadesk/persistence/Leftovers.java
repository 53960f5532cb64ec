package com.rotadesk.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * What a killed first start, upgrade, compaction, restore or backup leaves: scratch folders beside the database
 * and half-written files. None of it was ever the office's data (each is moved into place only when complete).
 */
final class Leftovers {
    private static final String[] SCRATCH = {".build-", ".upgrade-", ".compact-", ".restore-", ".rewrite-"};

    private Leftovers() {
    }

    /** A new scratch folder of this kind ({@code ".build-"} …) in the data folder, the owner's alone. */
    static Path scratch(Path folder, String kind) {
        try {
            Path dir = Files.createTempDirectory(folder, kind);
            OwnerOnly.set(dir);
            return dir;
        } catch (IOException e) {
            throw Failures.of(e, "cannot create a working folder in " + folder, folder);
        }
    }

    /** Removes every leftover of an earlier, killed run. Call with the folder's lock held. */
    static void clean(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            s.filter(Leftovers::isScratch).forEach(Leftovers::deleteTree);
        } catch (IOException e) {
            // nothing to list: nothing left over
        }
        Path backups = Backups.folderOf(folder);
        if (Files.isDirectory(backups)) {
            try (Stream<Path> s = Files.list(backups)) {
                s.filter(p -> p.getFileName().toString().endsWith(".partial")).forEach(Leftovers::deleteTree);
            } catch (IOException e) {
                // same
            }
        }
        deleteTree(folder.resolve(HeadRecord.FILE + ".next"));
    }

    private static boolean isScratch(Path p) {
        String name = p.getFileName().toString();
        for (String kind : SCRATCH) {
            if (name.startsWith(kind)) {
                return true;
            }
        }
        return false;
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // removed on the next start
                }
            });
        } catch (IOException ignored) {
            // same
        }
    }

    /** Forces a file's content to the disk (before it is moved into place). */
    static void force(Path file) throws IOException {
        try (var ch = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }
}
