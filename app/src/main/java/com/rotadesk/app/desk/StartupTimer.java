package com.rotadesk.app.desk;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;


/**
 * Logs how long the desk took from {@link DeskLauncher#launch} to its first rendered board. (The process's own
 * start instant is too coarse on Linux to measure from: seconds since boot plus clock ticks.)
 *
 * @param launchNanos {@link System#nanoTime()} when the launcher was entered
 */
record StartupTimer(long launchNanos) {
    private static final Logger LOG = LoggerFactory.getLogger(StartupTimer.class);

    /** Called once, when the first board frame has been rendered. */
    void firstFrame() {
        // the epoch time lets a benchmark measure from the spawn of the process (app/src/bench/startup.sh)
        LOG.info("first board frame {} ms after launch, {} ms since the epoch",
                (System.nanoTime() - launchNanos) / 1_000_000, System.currentTimeMillis());
    }
}
