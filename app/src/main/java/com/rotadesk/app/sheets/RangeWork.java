package com.rotadesk.app.sheets;

import com.rotadesk.model.review.PolicyChange;
import com.rotadesk.model.review.RecordedDay;
import com.rotadesk.model.review.Review;
import com.rotadesk.model.review.ReviewBuilder;
import com.rotadesk.model.review.Simulation;
import com.rotadesk.model.review.SimulationBuilder;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The month in review and the simulator over a date range, a week of days at a time: the store reads each week (so
 * a check-in waits at most for one week's read, never for a year's), the days are played here, progress is told
 * after each day and a cancel is heard between days. The command line and the desk both go this way.
 */
public final class RangeWork {
    /** Days read from the store at once. */
    static final int CHUNK_DAYS = 7;

    private RangeWork() {
    }

    /** Where the recorded days come from (the store's {@code recordedDays}). */
    @FunctionalInterface
    public interface Days {
        /** The days with records from {@code from} to {@code to}, oldest first. */
        List<RecordedDay> between(LocalDate from, LocalDate to);
    }

    /** Told after each day, and asked between days whether to stop. */
    public interface Progress {
        /** Nobody listening, never cancelled. */
        Progress NONE = new Progress() {
        };

        /** {@code done} of the range's {@code total} calendar days are counted ({@code day} the last). */
        default void day(int done, int total, LocalDate day) {
        }

        /** True when the user has cancelled. */
        default boolean cancelled() {
            return false;
        }
    }

    /** The month in review of the range, or empty when cancelled. */
    public static Optional<Review> review(DateRange range, Days days, Progress progress) {
        ReviewBuilder review = new ReviewBuilder(range.from(), range.to());
        // a week's days replay side by side; the count goes on in date order
        boolean done = each(range, days, progress, week -> review.addAll(week));
        return done ? Optional.of(review.build()) : Optional.empty();
    }

    /** The simulation of the range under the change, or empty when cancelled. */
    public static Optional<Simulation> simulate(DateRange range, PolicyChange change, Days days, Progress progress) {
        SimulationBuilder simulation = new SimulationBuilder(range.from(), range.to(), change);
        int total = range.length();
        boolean done = each(range, days, progress, week -> simulation.addAll(week,
                d -> progress.day(position(range, d.recorded().date()), total, d.recorded().date())));
        return done ? Optional.of(simulation.build()) : Optional.empty();
    }

    private static boolean each(DateRange range, Days days, Progress progress,
            java.util.function.Consumer<List<RecordedDay>> play) {
        int total = range.length();
        for (LocalDate from = range.from(); !from.isAfter(range.to()); from = from.plusDays(CHUNK_DAYS)) {
            LocalDate to = from.plusDays(CHUNK_DAYS - 1);
            if (to.isAfter(range.to())) {
                to = range.to();
            }
            if (progress.cancelled()) {
                return false;
            }
            play.accept(days.between(from, to));
            progress.day(position(range, to), total, to);
        }
        return true;
    }

    /** The day's place in the range, from 1. */
    private static int position(DateRange range, LocalDate day) {
        return Math.toIntExact(day.toEpochDay() - range.from().toEpochDay() + 1);
    }
}
