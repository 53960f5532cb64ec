package com.rotadesk.persistence;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 at random moments while a desk is confirming actions: every confirmed action survives, and the
 * database always opens with an intact chain and read tables in step with the journal.
 */
class CrashKillTest {
    private static final int KILLS = 8;

    @TempDir
    Path folder;

    @Test
    void killingAWritingDeskAtRandomMomentsLosesNothingConfirmed() throws Exception {
        Random random = new Random(20261124);
        long previouslyConfirmed = 0;
        for (int kill = 1; kill <= KILLS; kill++) {
            Process desk = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                    CrashWriter.class.getName(), folder.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            AtomicLong confirmed = new AtomicLong(previouslyConfirmed);
            Thread reader = Thread.ofPlatform().start(() -> readConfirmations(desk, confirmed));
            long target = previouslyConfirmed + 5 + random.nextInt(60);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (confirmed.get() < target && desk.isAlive() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            desk.destroyForcibly();
            assertThat(desk.waitFor(30, TimeUnit.SECONDS)).isTrue();
            reader.join(10_000);
            long sure = confirmed.get();

            try (OfficeStore store = OfficeStore.open(folder)) {
                assertThat(store.journalSize()).as("kill %d: confirmed %d", kill, sure).isGreaterThanOrEqualTo(sure);
                assertThat(store.verify().intact()).as("kill %d", kill).isTrue();
                assertThat(store.rebuild().consistent()).as("kill %d: read tables match the journal", kill).isTrue();
                previouslyConfirmed = store.journalSize();
            }
        }
        assertThat(previouslyConfirmed).isPositive();
    }

    private static void readConfirmations(Process desk, AtomicLong confirmed) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(desk.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("confirmed ")) {
                    confirmed.set(Long.parseLong(line.substring(10)));
                }
            }
        } catch (Exception e) {
            // the process was killed mid-line: what was read stands
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
