package com.rotadesk.persistence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The folder's ledger of erasures and restores ({@code rotadesk.ledger}), beside the database and never inside it,
 * so restoring an older database cannot roll an erasure back: every open and every restore applies each erasure
 * again to whatever person rows it names. It holds no personal data: a person row is named by its id and the first
 * journal entry that referred to it (that entry's hash identifies the row on one branch of history only).
 */
final class Ledger {
    static final String FILE = "rotadesk.ledger";

    /** A person row: its id and the first journal entry referring to it. */
    record PersonKey(long id, ChainHead firstEntry) {
        String text() {
            return id + "@" + firstEntry.seq() + ":" + firstEntry.hash();
        }

        static PersonKey parse(String t) {
            int at = t.indexOf('@');
            int colon = t.indexOf(':', at);
            return new PersonKey(Long.parseLong(t.substring(0, at)),
                    new ChainHead(Long.parseLong(t.substring(at + 1, colon)), t.substring(colon + 1)));
        }
    }

    /** One line of the ledger. */
    sealed interface Line {
    }

    /** The person rows of one erasure (on request or by retention). */
    record Erasure(LocalDateTime at, List<PersonKey> persons) implements Line {
        /** Copies the list. */
        Erasure {
            persons = List.copyOf(persons);
        }
    }

    /** The office was restored to this entry; anchors in the folder past it are superseded. */
    record Restore(LocalDateTime at, ChainHead to) implements Line {
    }

    private Ledger() {
    }

    static Path of(Path folder) {
        return folder.resolve(FILE);
    }

    static List<Line> read(Path folder) {
        Path file = of(folder);
        if (!Files.isRegularFile(file)) {
            return new ArrayList<>();
        }
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8), "the erasure ledger " + file);
        } catch (IOException e) {
            throw new StoreException(StoreException.Problem.CORRUPT, "the erasure ledger " + file + " cannot be read", e);
        }
    }

    /**
     * The lines of a ledger (the file's, or the server catalogue's rows in order); {@code where} names it in a
     * failure. A torn last line (a kill while appending) is left out: its erasure or restore was not done either.
     */
    static List<Line> parse(List<String> all, String where) {
        List<Line> lines = new ArrayList<>();
        try {
            for (int n = 0; n < all.size(); n++) {
                try {
                    parse(all.get(n), lines);
                } catch (RuntimeException torn) {
                    if (n < all.size() - 1) {
                        throw torn;
                    }
                }
            }
            return lines;
        } catch (RuntimeException e) {
            throw new StoreException(StoreException.Problem.CORRUPT, where + " cannot be read", e);
        }
    }

    private static void parse(String raw, List<Line> lines) {
                String[] f = raw.strip().split(" ");
                if (f.length >= 2 && f[0].equals("erase")) {
                    List<PersonKey> keys = new ArrayList<>();
                    for (int i = 2; i < f.length; i++) {
                        keys.add(PersonKey.parse(f[i]));
                    }
                    lines.add(new Erasure(LocalDateTime.parse(f[1]), keys));
                } else if (f.length == 3 && f[0].equals("restore")) {
                    String[] h = f[2].split(":");
                    lines.add(new Restore(LocalDateTime.parse(f[1]), new ChainHead(Long.parseLong(h[0]), h[1])));
                } else if (!f[0].isEmpty()) {
                    throw new IllegalArgumentException("not a ledger line: " + f[0]);
                }
    }

    static List<Erasure> erasures(Path folder) {
        return erasures(read(folder));
    }

    static List<Erasure> erasures(List<Line> lines) {
        return lines.stream().filter(Erasure.class::isInstance).map(Erasure.class::cast).toList();
    }

    static List<ChainHead> restores(Path folder) {
        return read(folder).stream().filter(Restore.class::isInstance).map(l -> ((Restore) l).to()).toList();
    }

    /** A line as the ledger writes it. */
    static String text(Line line) {
        return switch (line) {
            case Erasure e -> "erase " + e.at() + " " + String.join(" ", e.persons().stream().map(PersonKey::text).toList());
            case Restore r -> "restore " + r.at() + " " + r.to().seq() + ":" + r.to().hash();
        };
    }

    /** Appends a line and forces it to the disk before the erasure or restore it announces is done. */
    static void append(Path folder, Line line) {
        String text = text(line);
        Path file = of(folder);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            OwnerOnly.set(file);
            ByteBuffer b = ByteBuffer.wrap((text.strip() + "\n").getBytes(StandardCharsets.UTF_8));
            while (b.hasRemaining()) {
                ch.write(b);
            }
            ch.force(true);
        } catch (IOException e) {
            throw Failures.of(e, "cannot write the erasure ledger " + file, folder);
        }
    }
}
