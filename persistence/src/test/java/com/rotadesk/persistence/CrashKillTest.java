package com.rotadesk.persistence;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 at random moments while a desk is confirming actions (on a server: the desk dies mid-append, the server
 * rolls its transaction back): every confirmed action survives, and the
 * database always opens with an intact chain and read tables in step with the journal.
 */
class CrashKillTest {
    private static final int KILLS = 8;

    @TempDir
    Path folder;
    @RegisterExtension
    final TestOffice target = new TestOffice(() -> folder);

    /** The writer's arguments: the folder, or the server and the office. */
    private List<String> where() {
        return target.target() instanceof StoreTarget.Server s ? List.of(s.office.url(), s.office.office())
                : List.of(folder.toString());
    }

    @Test
    void killingAWritingDeskAtRandomMomentsLosesNothingConfirmed() throws Exception {
        Random random = new Random(20261124);
        long previouslyConfirmed = 0;
        for (int kill = 1; kill <= KILLS; kill++) {
            List<String> command = new ArrayList<>(List.of(javaBinary(), "-cp", System.getProperty("java.class.path"),
                    CrashWriter.class.getName()));
            command.addAll(where());
            Process desk = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            AtomicLong confirmed = new AtomicLong(previouslyConfirmed);
            Thread reader = Thread.ofPlatform().start(() -> readConfirmations(desk, confirmed));
            long aim = previouslyConfirmed + 5 + random.nextInt(60);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (confirmed.get() < aim && desk.isAlive() && System.nanoTime() < deadline) {
                // a short sleep, not a spin: on a two-core machine a spinning test takes a core from the desk it waits on
                Thread.sleep(2);
            }
            desk.destroyForcibly();
            assertThat(desk.waitFor(30, TimeUnit.SECONDS)).isTrue();
            reader.join(10_000);
            long sure = confirmed.get();

            try (OfficeStore store = target.open()) {
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
