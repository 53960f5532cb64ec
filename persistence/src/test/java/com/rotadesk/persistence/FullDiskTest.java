package com.rotadesk.persistence;

import com.rotadesk.model.Action;
import com.rotadesk.model.Channel;
import com.rotadesk.model.Registration;
import com.rotadesk.model.VisitSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A disk that fills up mid-day, on a real small file system (a tmpfs of a few megabytes; the test is skipped where
 * mounting one is not allowed): the failed action gets a "disk full" answer, nothing confirmed is lost, and once
 * space is freed the same store carries on without a restart.
 */
class FullDiskTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path temp;
    private Path disk;
    private boolean mounted;

    @BeforeEach
    void smallDisk() throws Exception {
        assumeTrue(!StoreTarget.onServer(), "a data folder's disk: a server's disk is the server's business");
        disk = temp.resolve("disk");
        Files.createDirectories(disk);
        mounted = run("mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", disk.toString());
        assumeTrue(mounted, "mounting a small tmpfs needs root and mount rights");
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) {
            run("umount", "-l", disk.toString());
        }
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().transferTo(OutputStream.nullOutputStream());
        return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    private static void fill(Path file) throws IOException {
        byte[] block = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(file)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // the disk is full now, as wanted
        }
    }

    private static Action.CheckIn visit(int minute, String ref) {
        return new Action.CheckIn(DAY.atTime(9, minute), Channel.WALK_IN, ref,
                new Registration(ref, "138000" + (10000 + minute), 1, VisitSource.WALK_IN), null, null, null, null,
                List.of());
    }

    /** A consultant signed in and one visitor received. */
    private static void morning(OfficeStore store) {
        store.submit(new Action.StartDay(DAY));
        store.submit(new Action.SignIn(DAY.atTime(8, 30), "谢铁峰", null));
        store.submit(visit(0, "王先生"));
    }

    @Test
    void aFullDiskRefusesTheActionLosesNothingAndTheDeskCarriesOnOnceSpaceIsFreed() throws Exception {
        Path folder = disk.resolve("office");
        Path filler = disk.resolve("filler");
        try (OfficeStore store = OfficeStore.open(folder)) {
            // given a morning already confirmed
            morning(store);
            long confirmed = store.journalSize();

            // when the disk fills up and the receptionist confirms the next visitor
            fill(filler);
            StoreException refused = catchThrowableOfType(StoreException.class, () -> {
                for (int i = 1; i < 40; i++) {
                    store.submit(visit(i, "客户" + i));
                }
            });

            // then the answer is "the disk is full", not a damaged database
            assertThat(refused).isNotNull();
            assertThat(refused.problem()).isEqualTo(StoreException.Problem.DISK_FULL);

            // and once space is freed, the same store takes the next visitor
            Files.delete(filler);
            store.submit(visit(50, "赵女士"));
            assertThat(store.engine().visit("王先生")).isNotNull();
            assertThat(store.engine().visit("赵女士")).isNotNull();
            assertThat(store.journalSize()).isGreaterThan(confirmed);
        }
        // and after a restart everything confirmed is there, the chain intact
        try (OfficeStore store = OfficeStore.open(folder)) {
            assertThat(store.verify().intact()).isTrue();
            assertThat(store.engine().visit("王先生")).isNotNull();
            assertThat(store.engine().visit("赵女士")).isNotNull();
            assertThat(store.rebuild().consistent()).isTrue();
        }
    }

    @Test
    void erasingOnAFullDiskSaysSoAndWorksOnceSpaceIsFreed() throws Exception {
        Path folder = disk.resolve("office");
        Path filler = disk.resolve("filler");
        try (OfficeStore store = OfficeStore.open(folder)) {
            morning(store);

            fill(filler);
            StoreException refused = catchThrowableOfType(StoreException.class,
                    () -> store.erase("13800010000", DAY.atTime(9, 30)));
            assertThat(refused).isNotNull();
            assertThat(refused.problem()).isEqualTo(StoreException.Problem.DISK_FULL);

            Files.delete(filler);
            assertThat(store.days()).containsExactly(DAY);
            assertThat(store.erase("13800010000", DAY.atTime(9, 31))).isEqualTo(1);
            assertThat(store.verify().intact()).isTrue();
        }
    }
}
