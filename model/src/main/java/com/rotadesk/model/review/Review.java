package com.rotadesk.model.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * The month in review (月度统计) for a date range: the §9 figures per consultant, each day's arrivals and fairness
 * spread, arrivals by weekday and hour, and the surge spells.
 *
 * @param consultants in the office's roster order, then anyone else in order of first appearance
 * @param days        the days of the range that have records, in order
 */
public record Review(LocalDate from, LocalDate to, List<ConsultantFigures> consultants, List<DayFigures> days,
        ArrivalsHeatMap arrivals, List<SurgePeriod> surges) {

    /** Copies the lists. */
    public Review {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        consultants = List.copyOf(consultants);
        days = List.copyOf(days);
        surges = List.copyOf(surges);
    }

    /** The figures of one consultant, or null when they do not appear in the range. */
    public ConsultantFigures of(String consultant) {
        return consultants.stream().filter(c -> c.consultant().equals(consultant)).findFirst().orElse(null);
    }

    /** Walk-in visits of the range. */
    public int walkIns() {
        return days.stream().mapToInt(DayFigures::walkIns).sum();
    }

    /** Calls of the range. */
    public int calls() {
        return days.stream().mapToInt(DayFigures::calls).sum();
    }

    /** The sum of one figure over every consultant. */
    public int total(java.util.function.ToIntFunction<ConsultantFigures> figure) {
        return consultants.stream().mapToInt(figure).sum();
    }

    /** The mean walk-in spread over the days that have one. */
    public OptionalDouble meanSpreadWalkIn() {
        return mean(DayFigures::spreadWalkIn);
    }

    /** The mean phone spread over the days that have one. */
    public OptionalDouble meanSpreadPhone() {
        return mean(DayFigures::spreadPhone);
    }

    /** The widest walk-in spread of any day, or null when no day has one. */
    public Integer maxSpreadWalkIn() {
        return max(DayFigures::spreadWalkIn);
    }

    /** The widest phone spread of any day, or null. */
    public Integer maxSpreadPhone() {
        return max(DayFigures::spreadPhone);
    }

    private OptionalDouble mean(Function<DayFigures, Integer> spread) {
        return days.stream().map(spread).filter(Objects::nonNull).mapToInt(Integer::intValue).average();
    }

    private Integer max(Function<DayFigures, Integer> spread) {
        return days.stream().map(spread).filter(Objects::nonNull).max(Integer::compare).orElse(null);
    }
}
