package com.rotadesk.persistence;

import org.jooq.DSLContext;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/** Compressed backups in the data folder's {@code backups/} (at exit and daily, the newest 14 kept), and restore. */
public final class Backups {
    /** How many backups are kept. */
    public static final int KEEP = 14;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private Backups() {
    }

    static Path folderOf(Path dataFolder) {
        return dataFolder.resolve("backups");
    }

    /** The backups present, newest first. */
    public static List<Path> list(Path dataFolder) {
        Path dir = folderOf(dataFolder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().matches("rotadesk-.*\\.zip"))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
        } catch (IOException e) {
            throw Failures.of(e, "cannot list the backups in " + dir);
        }
    }

    static boolean dueToday(Path dataFolder) {
        List<Path> all = list(dataFolder);
        if (all.isEmpty()) {
            return true;
        }
        try {
            Instant newest = Files.getLastModifiedTime(all.getFirst()).toInstant();
            return Duration.between(newest, Instant.now()).toHours() >= 24;
        } catch (IOException e) {
            return true;
        }
    }

    /** The journal size the newest backup holds (from its name), or -1 without one. */
    static long newestSeq(Path dataFolder) {
        for (Path p : list(dataFolder)) {
            var m = java.util.regex.Pattern.compile("-s(\\d+)\\.zip$").matcher(p.getFileName().toString());
            if (m.find()) {
                return Long.parseLong(m.group(1));
            }
        }
        return -1;
    }

    static Path create(DSLContext db, Path dataFolder, long seq) {
        Path dir = folderOf(dataFolder);
        Path target = dir.resolve("rotadesk-" + LocalDateTime.now().format(STAMP) + "-s" + seq + ".zip");
        Path partial = dir.resolve(target.getFileName() + ".partial");
        try {
            Files.createDirectories(dir);
            // H2 writes a consistent zip of the open database; it becomes a backup only once complete.
            db.execute("BACKUP TO '" + partial.toAbsolutePath().toString().replace("'", "''") + "'");
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (Exception e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // nothing was left behind worth keeping
            }
            throw Failures.of(e, "cannot write a backup to " + dir);
        }
        List<Path> all = list(dataFolder);
        for (Path old : all.subList(Math.min(KEEP, all.size()), all.size())) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException ignored) {
                // an old backup left over is harmless
            }
        }
        return target;
    }

    /**
     * Replaces the data folder's database by a backup, after checking that the backup opens and its journal's
     * hash chain is intact. The current database is kept beside it as {@code rotadesk.mv.db.before-restore-…}.
     * The folder must not be open (the lock is taken here).
     */
    public static VerifyReport restore(Path dataFolder, Path backup) {
        if (!Files.isRegularFile(backup)) {
            throw new StoreException(StoreException.Problem.BAD_BACKUP, "no backup file " + backup);
        }
        try (InstanceLock lock = InstanceLock.acquire(dataFolder)) {
            Path scratch = Files.createTempDirectory(dataFolder, "restore-");
            try {
                Path extracted = extract(backup, scratch);
                VerifyReport report = check(scratch);
                if (!report.intact()) {
                    throw new StoreException(StoreException.Problem.BAD_BACKUP, "the backup's journal is broken: "
                            + report.reason());
                }
                Path live = dataFolder.resolve(OfficeStore.DB_NAME + ".mv.db");
                if (Files.exists(live)) {
                    Files.move(live, dataFolder.resolve(live.getFileName() + ".before-restore-"
                            + LocalDateTime.now().format(STAMP)));
                }
                Files.move(extracted, live);
                return report;
            } finally {
                deleteTree(scratch);
            }
        } catch (IOException e) {
            throw Failures.of(e, "cannot restore " + backup);
        }
    }

    private static Path extract(Path backup, Path into) throws IOException {
        Path db = null;
        try (InputStream in = Files.newInputStream(backup); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(OfficeStore.DB_NAME + ".mv.db")) {
                    db = into.resolve(entry.getName());
                    Files.copy(zip, db);
                }
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Problem.BAD_BACKUP, backup + " is not a RotaDesk backup", e);
        }
        if (db == null) {
            throw new StoreException(StoreException.Problem.BAD_BACKUP, backup + " holds no RotaDesk database");
        }
        return db;
    }

    private static VerifyReport check(Path folder) {
        String url = "jdbc:h2:file:" + folder.resolve(OfficeStore.DB_NAME).toAbsolutePath() + ";ACCESS_MODE_DATA=r";
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            return Journal.verify(DSL.using(c, SQLDialect.H2));
        } catch (SQLException | RuntimeException e) {
            throw new StoreException(StoreException.Problem.BAD_BACKUP, "the backup cannot be opened: " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a temp file left in the folder is harmless
                }
            });
        } catch (IOException ignored) {
            // same
        }
    }
}
