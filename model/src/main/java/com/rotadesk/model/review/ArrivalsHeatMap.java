package com.rotadesk.model.review;

import com.rotadesk.model.Channel;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.Arrays;

/** Arrivals of a range by weekday and hour, walk-ins and calls apart, with how many days of each weekday it holds. */
public final class ArrivalsHeatMap {
    private final int[][][] counts;
    private final int[] days;

    private ArrivalsHeatMap(int[][][] counts, int[] days) {
        this.counts = counts;
        this.days = days;
    }

    /** Arrivals that started in that hour ({@code hour}:00 to {@code hour}:59) on that weekday, all days summed. */
    public int count(Channel channel, DayOfWeek day, int hour) {
        return counts[channel.ordinal()][day.ordinal()][hour];
    }

    /** Days of that weekday in the range that have records. */
    public int days(DayOfWeek day) {
        return days[day.ordinal()];
    }

    /** The average per day of that weekday (0 when the range holds none). */
    public double average(Channel channel, DayOfWeek day, int hour) {
        int d = days(day);
        return d == 0 ? 0 : (double) count(channel, day, hour) / d;
    }

    /** The largest average of a channel, for the scale of a chart (0 when nobody came). */
    public double maxAverage(Channel channel) {
        double max = 0;
        for (DayOfWeek d : DayOfWeek.values()) {
            for (int h = 0; h < 24; h++) {
                max = Math.max(max, average(channel, d, h));
            }
        }
        return max;
    }

    /** The earliest hour with an arrival on either channel, or {@code fallback} when there is none earlier. */
    public int firstHour(int fallback) {
        for (int h = 0; h < fallback; h++) {
            if (anyIn(h)) {
                return h;
            }
        }
        return fallback;
    }

    /** The latest hour with an arrival on either channel, or {@code fallback} when there is none later. */
    public int lastHour(int fallback) {
        for (int h = 23; h > fallback; h--) {
            if (anyIn(h)) {
                return h;
            }
        }
        return fallback;
    }

    private boolean anyIn(int hour) {
        for (int[][] channel : counts) {
            for (int[] day : channel) {
                if (day[hour] > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArrivalsHeatMap h && Arrays.deepEquals(counts, h.counts) && Arrays.equals(days, h.days);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(counts) * 31 + Arrays.hashCode(days);
    }

    /** Counts arrivals day by day. */
    static final class Builder {
        private final int[][][] counts = new int[Channel.values().length][7][24];
        private final int[] days = new int[7];

        void day(DayOfWeek day) {
            days[day.ordinal()]++;
        }

        void arrival(Channel channel, LocalDateTime at) {
            counts[channel.ordinal()][at.getDayOfWeek().ordinal()][at.getHour()]++;
        }

        ArrivalsHeatMap build() {
            int[][][] c = new int[counts.length][][];
            for (int i = 0; i < counts.length; i++) {
                c[i] = new int[7][];
                for (int d = 0; d < 7; d++) {
                    c[i][d] = counts[i][d].clone();
                }
            }
            return new ArrivalsHeatMap(c, days.clone());
        }
    }
}
