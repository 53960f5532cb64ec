package com.rotadesk.app.sheets;

import com.rotadesk.model.Channel;
import com.rotadesk.model.Event;
import com.rotadesk.model.Visit;
import com.rotadesk.model.engine.ConsultantView;
import com.rotadesk.model.engine.OfficeEngine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the daily summary: per-consultant totals from visits and events, arrivals per hour. */
public final class DailySummaryBuilder {
    private static final int WALK_IN_TURNS = 0;
    private static final int PHONE_TURNS = 1;
    private static final int UNCOUNTED = 2;
    private static final int MAKE_UPS = 3;
    private static final int PASSES = 4;
    private static final int DEALS = 5;

    /** The summary of the engine's current day. */
    public DailySummary build(OfficeEngine engine) {
        var date = SheetDay.of(engine);
        // Everyone signed in today in sign-in order, then anyone else who shows up in the history.
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (ConsultantView c : engine.consultants()) {
            counts.put(c.name(), new int[6]);
        }
        List<Visit> visits = engine.visits();
        int first = engine.policy().window().start().getHour();
        int last = Math.max(first, engine.policy().window().end().minusNanos(1).getHour());
        for (Visit v : visits) {
            first = Math.min(first, v.arrival().getHour());
            last = Math.max(last, v.arrival().getHour());
            if (v.consultant() == null) {
                continue;
            }
            int[] c = counts.computeIfAbsent(v.consultant(), k -> new int[6]);
            if (v.counted()) {
                c[v.channel() == Channel.WALK_IN ? WALK_IN_TURNS : PHONE_TURNS]++;
                // §7: what stands at day end; a voided make-up turn is neither a turn nor a make-up here
                if (v.makeUp()) {
                    c[MAKE_UPS]++;
                }
            } else {
                c[UNCOUNTED]++;
            }
        }
        for (Event e : engine.events()) {
            switch (e) {
                case Event.Passed p ->
                        counts.computeIfAbsent(p.consultant(), k -> new int[6])[PASSES]++;
                case Event.DealMarked d -> counts.computeIfAbsent(d.consultant(), k -> new int[6])[DEALS]++;
                default -> {
                }
            }
        }
        List<DailySummary.ConsultantTotals> rows = new ArrayList<>();
        counts.forEach((name, c) -> rows.add(new DailySummary.ConsultantTotals(name, c[WALK_IN_TURNS],
                c[PHONE_TURNS], c[UNCOUNTED], c[MAKE_UPS], c[PASSES], engine.violations(name), c[DEALS])));
        int[] visitsPerHour = new int[24];
        int[] callsPerHour = new int[24];
        for (Visit v : visits) {
            (v.channel() == Channel.WALK_IN ? visitsPerHour : callsPerHour)[v.arrival().getHour()]++;
        }
        List<DailySummary.HourCount> hours = new ArrayList<>();
        for (int h = first; h <= last; h++) {
            hours.add(new DailySummary.HourCount(h, visitsPerHour[h], callsPerHour[h]));
        }
        return new DailySummary(date, SheetDay.office(engine), rows, hours);
    }
}
