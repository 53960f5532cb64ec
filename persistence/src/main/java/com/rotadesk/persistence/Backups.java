package com.rotadesk.persistence;

import org.jooq.DSLContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Compressed backups in the data folder's {@code backups/} (at exit and daily, the newest 14 kept), and restore.
 * Each backup's name carries the chain's head when it was taken ({@code -s290-h4f3a9c1e77d02b6a}, an anchor verify
 * checks) and how many of the ledger's erasures it has had applied ({@code -e3}): after an erasure every older
 * backup is rewritten without the erased data.
 */
public final class Backups {
    /** How many backups are kept. */
    public static final int KEEP = 14;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final Pattern NAME = Pattern.compile(
            "rotadesk-(\\d{8}-\\d{6}-\\d{3})-s(\\d+)(?:-h([0-9a-f]{8,64}))?(?:-e(\\d+))?\\.zip");
    private static final String DB_FILE = OfficeStore.DB_NAME + ".mv.db";

    private Backups() {
    }

    /** A backup file's name read: when, the head it holds (hash null for backups written before anchors), erasures. */
    record Name(String stamp, long seq, String hash, int erasures) {
        static Optional<Name> of(Path p) {
            Matcher m = NAME.matcher(p.getFileName().toString());
            if (!m.matches()) {
                return Optional.empty();
            }
            return Optional.of(new Name(m.group(1), Long.parseLong(m.group(2)), m.group(3),
                    m.group(4) == null ? 0 : Integer.parseInt(m.group(4))));
        }

        String file() {
            return "rotadesk-" + stamp + "-s" + seq + (hash == null ? "" : "-h" + hash) + "-e" + erasures + ".zip";
        }
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
            return s.filter(p -> Name.of(p).isPresent())
                    .sorted(Comparator.comparing((Path p) -> Name.of(p).orElseThrow().stamp()).reversed()).toList();
        } catch (IOException e) {
            throw Failures.of(e, "cannot list the backups in " + dir);
        }
    }

    /** The newest backup, if any. */
    public static Optional<Path> newest(Path dataFolder) {
        List<Path> all = list(dataFolder);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.getFirst());
    }

    /** Each backup's head as an anchor (backups from before anchors name no hash and are left out). */
    static List<Anchor> anchors(Path dataFolder) {
        List<Anchor> out = new ArrayList<>();
        for (Path p : list(dataFolder)) {
            Name n = Name.of(p).orElseThrow();
            if (n.hash() != null) {
                out.add(new Anchor("backup " + p.getFileName(), new ChainHead(n.seq(), n.hash()), false));
            }
        }
        return out;
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
        return newest(dataFolder).flatMap(Name::of).map(Name::seq).orElse(-1L);
    }

    private static Path target(Path dataFolder, ChainHead head, int erasures) {
        return folderOf(dataFolder).resolve(new Name(LocalDateTime.now().format(STAMP), head.seq(), head.shortHash(),
                erasures).file());
    }

    /** A backup of the open database, named with its head; {@code erasures}: the ledger's erasures it holds. */
    static Path create(DSLContext db, Path dataFolder, ChainHead head, int erasures) {
        Path dir = folderOf(dataFolder);
        Path target = target(dataFolder, head, erasures);
        Path partial = dir.resolve(target.getFileName() + ".partial");
        try {
            Files.createDirectories(dir);
            OwnerOnly.set(dir);
            // H2 writes a consistent zip of the open database; it becomes a backup only once complete.
            db.execute("BACKUP TO '" + partial.toAbsolutePath().toString().replace("'", "''") + "'");
            OwnerOnly.set(partial);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (Exception e) {
            Leftovers.deleteTree(partial);
            throw Failures.of(e, "cannot write a backup to " + dir);
        }
        prune(dataFolder);
        return target;
    }

    /** A backup of a closed database file (before an upgrade or a restore replaces it). */
    static Path ofFile(Path dbFile, Path dataFolder, ChainHead head, int erasures) {
        Path dir = folderOf(dataFolder);
        Path target = target(dataFolder, head, erasures);
        Path partial = dir.resolve(target.getFileName() + ".partial");
        try {
            Files.createDirectories(dir);
            OwnerOnly.set(dir);
            zip(dbFile, partial);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Leftovers.deleteTree(partial);
            throw Failures.of(e, "cannot write a backup to " + dir, dataFolder);
        }
        prune(dataFolder);
        return target;
    }

    private static void zip(Path dbFile, Path zipFile) throws IOException {
        try (OutputStream out = Files.newOutputStream(zipFile); ZipOutputStream zip = new ZipOutputStream(out)) {
            OwnerOnly.set(zipFile);
            zip.putNextEntry(new ZipEntry(DB_FILE));
            Files.copy(dbFile, zip);
            zip.closeEntry();
        }
        Leftovers.force(zipFile);
    }

    private static void prune(Path dataFolder) {
        List<Path> all = list(dataFolder);
        for (Path old : all.subList(Math.min(KEEP, all.size()), all.size())) {
            Leftovers.deleteTree(old);
        }
    }

    /**
     * Rewrites every backup that has not had all the ledger's erasures applied: each is opened aside, the erased
     * person rows get pseudonyms, its read tables are rebuilt from its journal and its file is rewritten, so no
     * backup keeps an erased name or phone. Its head (and so its anchor) is unchanged. A kill leaves the old backup
     * in place, rewritten on the next open.
     */
    static void rewrite(Path dataFolder, List<Ledger.Erasure> ledger) {
        for (Path backup : list(dataFolder)) {
            Name name = Name.of(backup).orElseThrow();
            if (name.erasures() >= ledger.size()) {
                continue;
            }
            Path scratch = Leftovers.scratch(dataFolder, ".rewrite-");
            try {
                Path db = extract(backup, scratch.resolve("in"));
                Path clean = scratch.resolve("aside");
                Files.createDirectories(clean);
                compact(db, clean.resolve(DB_FILE), backup);
                try (OfficeStore aside = OfficeStore.openAside(clean)) {
                    aside.eraseAside(ledger);
                }
                Path rewritten = folderOf(dataFolder).resolve(new Name(name.stamp(), name.seq(), name.hash(),
                        ledger.size()).file());
                Path partial = rewritten.resolveSibling(rewritten.getFileName() + ".partial");
                zip(clean.resolve(DB_FILE), partial);
                Files.move(partial, rewritten, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                Files.deleteIfExists(backup);
            } catch (IOException e) {
                throw Failures.of(e, "cannot rewrite the backup " + backup, dataFolder);
            } finally {
                Leftovers.deleteTree(scratch);
            }
        }
    }

    /**
     * Replaces the data folder's database by a backup. Before anything is replaced, the backup is extracted aside,
     * read whole (every page, as a compaction reads it), migrated, opened as the desk would open it, its chain
     * verified, its office compared with this folder's, and every erasure in the ledger applied to it. The current
     * database becomes a backup first (or, if it cannot be read, is kept as {@code rotadesk.mv.db.damaged-…}). A
     * kill at any moment leaves either the old database or the restored one, and no working copy (the next open
     * removes it). The folder must not be open (the lock is taken here).
     */
    public static VerifyReport restore(Path dataFolder, Path backup) {
        if (!Files.isRegularFile(backup)) {
            throw new StoreException(StoreException.Problem.BAD_BACKUP, "no backup file " + backup);
        }
        try {
            Files.createDirectories(dataFolder);
        } catch (IOException e) {
            throw Failures.of(e, "cannot create the data folder " + dataFolder);
        }
        OwnerOnly.set(dataFolder);
        try (InstanceLock lock = InstanceLock.acquire(dataFolder)) {
            Leftovers.clean(dataFolder);
            Path scratch = Leftovers.scratch(dataFolder, ".restore-");
            try {
                Path extracted = extract(backup, scratch.resolve("in"));
                Path aside = scratch.resolve("aside");
                Files.createDirectories(aside);
                compact(extracted, aside.resolve(DB_FILE), backup);
                Leftovers.deleteTree(scratch.resolve("in"));
                String liveOffice = OfficeStore.officeOf(dataFolder);
                VerifyReport report;
                ChainHead head;
                try (OfficeStore store = OfficeStore.openAside(aside)) {
                    report = store.verify();
                    if (!report.intact()) {
                        throw new StoreException(StoreException.Problem.BAD_BACKUP, "the backup's journal is broken: "
                                + report.reason());
                    }
                    if (liveOffice != null && !liveOffice.equals(store.office())) {
                        throw new StoreException(StoreException.Problem.BAD_BACKUP, backup.getFileName()
                                + " is another office's backup: restore it into a new folder (--data-dir)");
                    }
                    store.eraseAside(Ledger.erasures(dataFolder));
                    head = store.head();
                }
                Path live = dataFolder.resolve(DB_FILE);
                if (Files.exists(live)) {
                    keepCurrent(dataFolder, live);
                }
                Ledger.append(dataFolder, new Ledger.Restore(LocalDateTime.now(), head));
                Files.move(aside.resolve(DB_FILE), live, StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
                new HeadRecord(OfficeStore.officeOf(dataFolder), head).write(dataFolder);
                OwnerOnly.tree(dataFolder);
                return report;
            } finally {
                Leftovers.deleteTree(scratch);
            }
        } catch (IOException e) {
            throw Failures.of(e, "cannot restore " + backup, dataFolder);
        }
    }

    /** The database a restore replaces becomes a backup; one that cannot be read is kept beside it as it is. */
    private static void keepCurrent(Path dataFolder, Path live) throws IOException {
        Optional<ChainHead> head = OfficeStore.headOf(live);
        if (head.isPresent()) {
            ofFile(live, dataFolder, head.get(), Ledger.erasures(dataFolder).size());
        } else {
            Files.move(live, live.resolveSibling(live.getFileName() + ".damaged-" + LocalDateTime.now().format(STAMP)));
        }
    }

    /**
     * Rewrites a database file into {@code target} page by page, uncompressed: every page is read (a damaged one
     * fails here, before anything is replaced) and nothing but live rows is written (no erased value survives).
     */
    static void compact(Path source, Path target, Path shownAs) {
        try {
            // the tool compacts a file in place (through a temporary file beside it): work on a copy in the scratch folder
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            org.h2.mvstore.MVStoreTool.compact(target.toString(), false);
            Leftovers.force(target);
            OwnerOnly.set(target);
        } catch (RuntimeException | IOException e) {
            throw new StoreException(StoreException.Problem.BAD_BACKUP, shownAs.getFileName()
                    + " is damaged: it cannot be read whole", e);
        }
    }

    private static Path extract(Path backup, Path into) throws IOException {
        Files.createDirectories(into);
        Path db = null;
        try (InputStream in = Files.newInputStream(backup); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(DB_FILE)) {
                    db = into.resolve(entry.getName());
                    Files.copy(zip, db);
                    OwnerOnly.set(db);
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
}
