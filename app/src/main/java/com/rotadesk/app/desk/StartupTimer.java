package com.rotadesk.app.desk;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;

/**
 * Logs how long the desk took to show its first board: from the process start (what the receptionist waits for
 * after the double-click) and from {@link DeskLauncher#launch} (the desk's own share).
 *
 * @param launchNanos {@link System#nanoTime()} when the launcher was entered
 */
record StartupTimer(long launchNanos) {
    private static final Logger LOG = LoggerFactory.getLogger(StartupTimer.class);

    /** Called once, when the first board frame has been rendered. */
    void firstFrame() {
        long sinceLaunch = (System.nanoTime() - launchNanos) / 1_000_000;
        long sinceProcess = ProcessHandle.current().info().startInstant()
                .map(start -> Duration.between(start, Instant.now()).toMillis()).orElse(-1L);
        LOG.info("first board frame {} ms after the process started, {} ms after launch", sinceProcess, sinceLaunch);
    }
}
