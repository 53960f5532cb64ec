package com.rotadesk.app.sheets;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The day's summary (日报): totals per consultant and arrivals per hour. */
public record DailySummary(LocalDate date, String office, List<ConsultantTotals> consultants,
        List<HourCount> hours) {

    /** Copies the lists. */
    public DailySummary {
        Objects.requireNonNull(date, "date");
        office = Objects.requireNonNullElse(office, "");
        consultants = List.copyOf(consultants);
        hours = List.copyOf(hours);
    }

    /**
     * One consultant's day across groups and channels.
     *
     * @param walkInTurns  counted walk-in turns standing at the end of the day
     * @param phoneTurns   counted phone turns
     * @param uncounted    receptions and calls taken without a counted turn
     * @param makeUps      counted make-up turns standing at the end of the day (R6; a voided one is not, §7)
     * @param passes       times the walk went past them or the desk rejected them (R7)
     * @param violations   absent and declined (R7)
     * @param deals        deals closed (R19)
     */
    public record ConsultantTotals(String consultant, int walkInTurns, int phoneTurns, int uncounted, int makeUps,
            int passes, int violations, int deals) {

        /** The sum of rows, named {@code consultant}. */
        static ConsultantTotals sum(String consultant, List<ConsultantTotals> rows) {
            int w = 0, p = 0, u = 0, m = 0, s = 0, v = 0, d = 0;
            for (ConsultantTotals r : rows) {
                w += r.walkInTurns;
                p += r.phoneTurns;
                u += r.uncounted;
                m += r.makeUps;
                s += r.passes;
                v += r.violations;
                d += r.deals;
            }
            return new ConsultantTotals(consultant, w, p, u, m, s, v, d);
        }
    }

    /** Arrivals in one hour of the day ({@code hour}:00 to {@code hour}:59). */
    public record HourCount(int hour, int visits, int calls) {
    }

    /** The column totals of every consultant. */
    public ConsultantTotals totals() {
        return ConsultantTotals.sum("", consultants);
    }

    /** Walk-in visits of the day. */
    public int visits() {
        return hours.stream().mapToInt(HourCount::visits).sum();
    }

    /** Calls of the day. */
    public int calls() {
        return hours.stream().mapToInt(HourCount::calls).sum();
    }
}
