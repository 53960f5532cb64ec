package com.rotadesk.persistence;

import com.rotadesk.model.Action;
import com.rotadesk.model.Channel;
import com.rotadesk.model.Registration;
import com.rotadesk.model.VisitSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Erasure that lasts, restores that refuse, folders that are refused rather than replaced. */
class TrustTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    private static final String ERASED_PHONE = "13812345678";
    private static final String KEPT_PHONE = "13987654321";

    @TempDir
    Path folder;
    @TempDir
    Path other;
    @RegisterExtension
    final TestOffice target = new TestOffice(() -> folder);

    private static Action.CheckIn checkIn(LocalDateTime at, String ref, String name, String phone) {
        return new Action.CheckIn(at, Channel.WALK_IN, ref, new Registration(name, phone, 1, VisitSource.WALK_IN),
                null, null, null, null, List.of());
    }

    private static void morning(OfficeStore store) {
        store.submit(new Action.StartDay(DAY));
        store.submit(new Action.SignIn(DAY.atTime(8, 30), "谢铁峰", null));
        store.submit(new Action.SignIn(DAY.atTime(8, 31), "徐娅", null));
        store.submit(checkIn(DAY.atTime(9, 0), "v1", "Wang Jianguo", ERASED_PHONE));
        store.submit(checkIn(DAY.atTime(9, 5), "v2", "Li Li", KEPT_PHONE));
    }

    /** The raw bytes of a file, or of the database inside a backup zip, as Latin-1 text to search. */
    private static String raw(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        if (file.toString().endsWith(".zip")) {
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
                zip.getNextEntry();
                bytes = zip.readAllBytes();
            }
        }
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private List<Path> everyFileWithData() throws Exception {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".lock")).toList();
        }
    }

    @Test
    void anErasedPhoneIsInNoFileOfTheFolderAndARestoreCannotBringItBack() throws Exception {
        assumeTrue(target.h2(), "a data folder's files and backups");
        Path before;
        try (OfficeStore store = OfficeStore.open(folder)) {
            morning(store);
            before = store.backup();
            store.submit(new Action.EndVisit(DAY.atTime(9, 30), "v1"));
            store.backup();
            assertThat(raw(StoreFiles.db(folder))).contains(ERASED_PHONE);

            assertThat(store.erase(ERASED_PHONE, DAY.atTime(10, 0))).isEqualTo(1);

            assertThat(store.verify().findings()).isEmpty();
        }
        for (Path f : everyFileWithData()) {
            assertThat(raw(f)).as(f.toString()).doesNotContain(ERASED_PHONE).doesNotContain("Wang Jianguo");
        }
        assertThat(raw(StoreFiles.db(folder))).as("the other visitor is still on file").contains(KEPT_PHONE);
        Path rewritten = Backups.list(folder).stream()
                .filter(p -> p.getFileName().toString().startsWith(before.getFileName().toString().substring(0, 28)))
                .findFirst().orElseThrow();

        Backups.restore(folder, rewritten);

        for (Path f : everyFileWithData()) {
            assertThat(raw(f)).as(f.toString()).doesNotContain(ERASED_PHONE);
        }
        try (OfficeStore store = OfficeStore.open(folder)) {
            assertThat(store.lookup(ERASED_PHONE, DAY.atTime(11, 0), 5)).isEmpty();
            assertThat(store.lookup(KEPT_PHONE, DAY.atTime(11, 0), 5)).hasSize(1);
            assertThat(store.verify().findings()).as("the backups of the branch the restore left are superseded")
                    .isEmpty();
        }
    }

    @Test
    void aBackupFromElsewhereTakenBeforeTheErasureIsErasedAgainOnRestore() throws Exception {
        assumeTrue(target.h2(), "a data folder's files and backups");
        Path copy = other.resolve("kept-on-a-usb-stick.zip");
        try (OfficeStore store = OfficeStore.open(folder)) {
            morning(store);
            Files.copy(store.backup(), copy);
            store.erase(ERASED_PHONE, DAY.atTime(10, 0));
        }
        assertThat(raw(copy)).contains(ERASED_PHONE);

        Backups.restore(folder, copy);

        for (Path f : everyFileWithData()) {
            assertThat(raw(f)).as(f.toString()).doesNotContain(ERASED_PHONE);
        }
        try (OfficeStore store = OfficeStore.open(folder)) {
            assertThat(store.lookup(ERASED_PHONE, DAY.atTime(11, 0), 5)).isEmpty();
        }
    }

    @Test
    void anotherOfficesBackupIsRefusedAndNothingIsReplaced() throws Exception {
        assumeTrue(target.h2(), "a data folder's files and backups");
        Path theirs;
        try (OfficeStore store = OfficeStore.open(other)) {
            morning(store);
            theirs = store.backup();
        }
        try (OfficeStore store = OfficeStore.open(folder)) {
            store.submit(new Action.StartDay(DAY));
        }
        String before = fingerprint(folder);

        assertThatThrownBy(() -> Backups.restore(folder, theirs)).isInstanceOf(StoreException.class)
                .hasMessageContaining("another office's backup");

        assertThat(fingerprint(folder)).isEqualTo(before);
    }

    @Test
    void aBackupWithAZeroedPageIsRefusedBeforeAnythingIsReplaced() throws Exception {
        assumeTrue(target.h2(), "a data folder's files and backups");
        Path backup;
        try (OfficeStore store = OfficeStore.open(folder)) {
            CrashWriter.journal().subList(0, 200).forEach(store::submit);
            backup = store.backup();
        }
        Path damaged = other.resolve("damaged.zip");
        Path db = other.resolve("rotadesk.mv.db");
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(backup))) {
            zip.getNextEntry();
            Files.write(db, zip.readAllBytes());
        }
        // dense first (a backup also copies free space, where a zeroed block harms nothing): every page is live
        org.h2.mvstore.MVStoreTool.compact(db.toString(), false);
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.seek(Files.size(db) / 2 / 4096 * 4096);
            f.write(new byte[4096]);
        }
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(damaged))) {
            out.putNextEntry(new java.util.zip.ZipEntry("rotadesk.mv.db"));
            Files.copy(db, out);
        }
        String before = fingerprint(folder);

        assertThatThrownBy(() -> Backups.restore(folder, damaged)).isInstanceOf(StoreException.class)
                .satisfies(e -> assertThat(((StoreException) e).problem()).isEqualTo(StoreException.Problem.BAD_BACKUP));

        assertThat(fingerprint(folder)).isEqualTo(before);
    }

    @Test
    void anEmptyOrMissingDatabaseInAFolderThatHeldAnOfficeIsDamagedWithTheNewestBackupNamed() throws Exception {
        assumeTrue(target.h2(), "a data folder's files and backups");
        Path newest;
        try (OfficeStore store = OfficeStore.open(folder)) {
            morning(store);
            newest = store.backup();
        }
        Files.write(StoreFiles.db(folder), new byte[0]);
        assertThatThrownBy(() -> OfficeStore.open(folder)).isInstanceOf(StoreException.class)
                .satisfies(e -> {
                    assertThat(((StoreException) e).problem()).isEqualTo(StoreException.Problem.CORRUPT);
                    assertThat(((StoreException) e).newestBackup()).contains(newest);
                }).hasMessageContaining("empty");
        assertThatThrownBy(() -> OfficeStore.verify(folder, List.of())).hasMessageContaining("empty");

        Files.delete(StoreFiles.db(folder));
        assertThatThrownBy(() -> OfficeStore.open(folder)).hasMessageContaining("is missing")
                .hasMessageContaining(newest.getFileName().toString());
        assertThat(StoreFiles.db(folder)).as("no empty office in its place").doesNotExist();
    }

    @Test
    void verifyChangesNothingInTheFolderAndMakesNoOfficeWhereThereIsNone() throws Exception {
        assumeTrue(target.h2(), "a data folder's files and backups");
        try (OfficeStore store = OfficeStore.open(folder)) {
            morning(store);
        }
        String before = fingerprint(folder);
        assertThat(OfficeStore.verify(folder, List.of()).intact()).isTrue();
        assertThat(fingerprint(folder)).isEqualTo(before);

        Path nowhere = other.resolve("mistyped");
        assertThatThrownBy(() -> OfficeStore.verify(nowhere, List.of())).isInstanceOf(StoreException.class)
                .satisfies(e -> assertThat(((StoreException) e).problem()).isEqualTo(StoreException.Problem.NO_OFFICE));
        assertThat(nowhere).doesNotExist();
    }

    @Test
    void aNameLongerThanTheRecordKeepsIsRefusedInWordsAndNothingIsWritten() {
        try (OfficeStore store = target.open()) {
            morning(store);
            long size = store.journalSize();
            assertThatThrownBy(() -> store.submit(checkIn(DAY.atTime(9, 10), "v3", "王".repeat(65), "13700000000")))
                    .isInstanceOf(StoreException.class)
                    .satisfies(e -> {
                        assertThat(((StoreException) e).problem()).isEqualTo(StoreException.Problem.TOO_LONG);
                        assertThat(((StoreException) e).detail()).isEqualTo("name, 64");
                    });
            assertThat(store.journalSize()).isEqualTo(size);
            assertThat(store.engine().visit("v3")).isNull();
        }
    }

    @Test
    void theFolderAndItsFilesAreTheUsersAlone() throws Exception {
        assumeTrue(target.h2(), "a data folder's files and backups");
        try (OfficeStore store = OfficeStore.open(folder)) {
            morning(store);
            store.backup();
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        try (Stream<Path> s = Files.walk(folder)) {
            s.filter(p -> !p.equals(folder)).forEach(p -> {
                try {
                    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).as(p.toString())
                            .isEqualTo(Files.isDirectory(p) ? "rwx------" : "rw-------");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    @Test
    void aHeadRecordAheadOfTheJournalStopsTheStoreFromOpening() throws Exception {
        try (OfficeStore store = target.open()) {
            morning(store);
        }
        target.sql("DELETE FROM journal WHERE seq = (SELECT MAX(seq) FROM journal)");
        assertThatThrownBy(target::open).isInstanceOf(StoreException.class)
                .satisfies(e -> assertThat(((StoreException) e).problem()).isEqualTo(StoreException.Problem.TAMPERED))
                .hasMessageContaining("entries were deleted");
    }

    @Test
    void anErasedPhoneIsInNoTableAndAnOlderCopyOfTheRowsIsErasedAgainAtTheNextOpen() throws Exception {
        // given a morning, and the visitor's person row as an older copy of the office holds it
        List<String> saved = new java.util.ArrayList<>();
        try (OfficeStore store = target.open()) {
            morning(store);
            try (var c = target.jdbc(); var rs = c.createStatement().executeQuery(
                    "SELECT id, phone, phone_tail, name, salt FROM person WHERE phone = '" + ERASED_PHONE + "'")) {
                while (rs.next()) {
                    saved.add("UPDATE person SET phone = '" + rs.getString(2) + "', phone_tail = '" + rs.getString(3)
                            + "', name = '" + rs.getString(4) + "', salt = '" + rs.getString(5)
                            + "', erased_at = NULL WHERE id = " + rs.getLong(1));
                }
            }
            // when the visitor asks to be erased
            assertThat(store.erase(ERASED_PHONE, DAY.atTime(10, 0))).isEqualTo(1);
            assertThat(store.verify().findings()).isEmpty();
        }
        // then no table of the office holds the phone or the name
        assertThat(ServerTables.mentioning(target.target(), ERASED_PHONE)).isEmpty();
        assertThat(ServerTables.mentioning(target.target(), "Wang Jianguo")).isEmpty();
        assertThat(ServerTables.mentioning(target.target(), KEPT_PHONE)).as("the other visitor is kept").isNotEmpty();

        // and when an older copy of the rows comes back (a restored dump or backup), the next open erases it again
        target.sql(saved.toArray(String[]::new));
        assertThat(ServerTables.mentioning(target.target(), ERASED_PHONE)).isNotEmpty();
        try (OfficeStore store = target.open()) {
            assertThat(store.lookup(ERASED_PHONE, DAY.atTime(11, 0), 5)).isEmpty();
            assertThat(store.verify().findings()).isEmpty();
        }
        assertThat(ServerTables.mentioning(target.target(), ERASED_PHONE)).isEmpty();
    }

    /** Every file's name and content digest (the lock file aside). */
    static String fingerprint(Path dir) throws Exception {
        TreeMap<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(),
                        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        }
        return files.toString();
    }
}
