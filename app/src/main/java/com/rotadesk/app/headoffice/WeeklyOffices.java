package com.rotadesk.app.headoffice;

import com.rotadesk.app.sheets.DailySummary;
import com.rotadesk.app.sheets.DailySummaryBuilder;
import com.rotadesk.model.engine.OfficeEngine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The head office's weekly summary (营销中心周报, seed 003: each Monday every project reports last week's calls,
 * visits and deals): per office and ISO week (Monday to Sunday), the visits, calls and deals of the office's daily
 * summaries (日报) of those days, so the weekly figures are the sum of the sheets each office printed.
 */
public final class WeeklyOffices {
    private final DailySummaryBuilder daily = new DailySummaryBuilder();

    /**
     * One office's week.
     *
     * @param office     the office's code on the server
     * @param name       the office's name as set up (or the code)
     * @param weekStart  the Monday
     * @param days       days with records in the range that week
     */
    public record Row(String office, String name, LocalDate weekStart, int days, int visits, int calls, int deals) {
        /** The ISO week, {@code 2026-W48}. */
        public String week() {
            return weekStart.get(IsoFields.WEEK_BASED_YEAR) + "-W"
                    + String.format("%02d", weekStart.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }
    }

    /**
     * One office's weeks between {@code from} and {@code to} (inclusive): {@code days} are the days its journal
     * holds, {@code dayEngine} replays one of them to its end. Weeks without a day of records are left out.
     */
    public List<Row> office(String code, String name, List<LocalDate> days, LocalDate from, LocalDate to,
            Function<LocalDate, OfficeEngine> dayEngine) {
        Map<LocalDate, int[]> weeks = new TreeMap<>();
        for (LocalDate day : days) {
            if (day.isBefore(from) || day.isAfter(to)) {
                continue;
            }
            DailySummary s = daily.build(dayEngine.apply(day));
            int[] w = weeks.computeIfAbsent(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                    k -> new int[4]);
            w[0]++;
            w[1] += s.visits();
            w[2] += s.calls();
            w[3] += s.totals().deals();
        }
        List<Row> rows = new ArrayList<>();
        weeks.forEach((monday, w) -> rows.add(new Row(code, name, monday, w[0], w[1], w[2], w[3])));
        return rows;
    }

    /** CSV for a spreadsheet (UTF-8 with a byte order mark, as the sheets' CSV): one line per office and week. */
    public static String csv(List<Row> rows) {
        StringBuilder sb = new StringBuilder("\uFEFFoffice,name,week,from,to,days,visits,calls,deals\r\n");
        for (Row r : rows) {
            sb.append(field(r.office())).append(',').append(field(r.name())).append(',').append(r.week()).append(',')
                    .append(r.weekStart()).append(',').append(r.weekStart().plusDays(6)).append(',').append(r.days())
                    .append(',').append(r.visits()).append(',').append(r.calls()).append(',').append(r.deals())
                    .append("\r\n");
        }
        return sb.toString();
    }

    /** A plain table for the terminal. */
    public static String table(List<Row> rows) {
        StringBuilder sb = new StringBuilder(String.format("%-12s %-10s %-23s %6s %6s %6s%n", "office", "week",
                "days", "visits", "calls", "deals"));
        for (Row r : rows) {
            sb.append(String.format("%-12s %-10s %-23s %6d %6d %6d%n", r.office(), r.week(),
                    r.weekStart() + ".." + r.weekStart().plusDays(6).getDayOfMonth() + " (" + r.days() + ")",
                    r.visits(), r.calls(), r.deals()));
        }
        return sb.toString();
    }

    private static String field(String s) {
        String v = s == null ? "" : s;
        return v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
