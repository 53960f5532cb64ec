package com.rotadesk.app.sheets;

import com.rotadesk.app.sheets.SheetDocument.Cell;
import com.rotadesk.app.sheets.SheetDocument.Column;
import com.rotadesk.app.sheets.SheetDocument.Fit;
import com.rotadesk.model.Channel;
import com.rotadesk.model.VisitType;
import com.rotadesk.model.review.ArrivalsHeatMap;
import com.rotadesk.model.review.ConsultantFigures;
import com.rotadesk.model.review.DayFigures;
import com.rotadesk.model.review.Review;
import com.rotadesk.model.review.SurgePeriod;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.ToIntFunction;

/**
 * Lays out the month in review (月度统计) on A4 landscape: the totals, turns per consultant as a chart, the §9
 * figures in four tables, the fairness spread per day as a chart and a table, arrivals by weekday and hour as two
 * heat maps, and the surge periods.
 */
final class ReviewLayout {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");
    private final SheetWords words;

    ReviewLayout(SheetWords words) {
        this.words = words;
    }

    SheetDocument layout(Review r, String office) {
        List<String> header = new ArrayList<>(words.header(office, r.from(), r.to(), r.days().size()));
        int walkIn = r.total(ConsultantFigures::walkInTurns);
        int phone = r.total(ConsultantFigures::phoneTurns);
        header.add(words.format("review.totals", r.walkIns(), r.calls(), walkIn + phone, walkIn, phone,
                r.total(ConsultantFigures::deals)));
        header.add(words.format("review.fairness", mean(r.meanSpreadWalkIn()), orDash(r.maxSpreadWalkIn()),
                mean(r.meanSpreadPhone()), orDash(r.maxSpreadPhone())));
        List<SheetDocument.Part> parts = new ArrayList<>();
        parts.add(turnsChart(r));
        parts.add(table(r, "review.turns.caption", List.of(
                col("col.days", ConsultantFigures::days), col("col.walkInTurns", ConsultantFigures::walkInTurns),
                col("col.phoneTurns", ConsultantFigures::phoneTurns), col("col.makeUpTurns", ConsultantFigures::makeUpTurns),
                col("col.creditsPasses", ConsultantFigures::creditsFromPasses),
                col("col.creditsRefunds", ConsultantFigures::creditsRefunded),
                col("col.creditsManual", ConsultantFigures::creditsGranted),
                col("col.lostToCap", ConsultantFigures::creditsLostToCap))));
        parts.add(table(r, "review.passes.caption", List.of(
                col("col.passes", ConsultantFigures::passes), col("col.passesKept", ConsultantFigures::passesKept),
                col("col.passesForfeited", ConsultantFigures::passesForfeited),
                col("col.passesAtCap", ConsultantFigures::passesAtCap),
                col("col.passesDisqualified", ConsultantFigures::passesDisqualified),
                col("col.violations", ConsultantFigures::violations), col("col.declines", ConsultantFigures::declines),
                col("col.disqualifications", ConsultantFigures::disqualifications))));
        List<Figure> uncounted = new ArrayList<>();
        for (VisitType t : VisitType.values()) {
            uncounted.add(new Figure(words.type(t), f -> f.uncounted(t)));
        }
        uncounted.add(col("col.uncountedTotal", ConsultantFigures::uncountedTotal));
        uncounted.add(col("col.standIns", ConsultantFigures::standIns));
        uncounted.add(col("col.voided", ConsultantFigures::voided));
        parts.add(table(r, "review.uncounted.caption", uncounted));
        parts.add(results(r));
        parts.add(spreadChart(r));
        parts.add(days(r));
        parts.add(heatMap(r.arrivals(), Channel.WALK_IN, "review.heat.walkIn"));
        parts.add(heatMap(r.arrivals(), Channel.PHONE, "review.heat.calls"));
        parts.addAll(surges(r));
        parts.add(new SheetDocument.Text(words.text("review.legend")));
        return new SheetDocument(SheetKind.REVIEW, words.text("sheet.review"), r.to(), header, true, parts,
                words.text("signature.manager"), words.footer(r.from(), r.to()));
    }

    /** One column of per-consultant figures. */
    record Figure(String header, ToIntFunction<ConsultantFigures> value) {
    }

    private Figure col(String key, ToIntFunction<ConsultantFigures> value) {
        return new Figure(words.text(key), value);
    }

    private SheetDocument.Table table(Review r, String caption, List<Figure> figures) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(words.text("col.consultant"), Fit.AUTO));
        figures.forEach(f -> columns.add(new Column(f.header(), Fit.AUTO)));
        List<List<Cell>> rows = new ArrayList<>();
        for (ConsultantFigures c : r.consultants()) {
            List<Cell> row = new ArrayList<>();
            row.add(SheetDocument.text(c.consultant()));
            figures.forEach(f -> row.add(SheetDocument.number(f.value().applyAsInt(c))));
            rows.add(row);
        }
        List<Cell> total = new ArrayList<>();
        total.add(SheetDocument.text(words.text("summary.total")));
        figures.forEach(f -> total.add(SheetDocument.number(r.total(f.value()))));
        rows.add(total);
        return new SheetDocument.Table(words.text(caption), columns, rows, 1);
    }

    private SheetDocument.Table results(Review r) {
        List<Column> columns = List.of(new Column(words.text("col.consultant"), Fit.AUTO),
                new Column(words.text("col.deals"), Fit.AUTO), new Column(words.text("col.registered"), Fit.AUTO),
                new Column(words.text("col.converted"), Fit.AUTO), new Column(words.text("col.countedNew"), Fit.AUTO),
                new Column(words.text("col.conversion"), Fit.AUTO));
        List<List<Cell>> rows = new ArrayList<>();
        for (ConsultantFigures c : r.consultants()) {
            rows.add(List.of(SheetDocument.text(c.consultant()), SheetDocument.number(c.deals()),
                    SheetDocument.number(c.registered()), SheetDocument.number(c.converted()),
                    SheetDocument.number(c.countedNewVisitors()),
                    SheetDocument.percent(c.conversion(), words.text("none.dash"))));
        }
        int converted = r.total(ConsultantFigures::converted);
        int counted = r.total(ConsultantFigures::countedNewVisitors);
        rows.add(List.of(SheetDocument.text(words.text("summary.total")),
                SheetDocument.number(r.total(ConsultantFigures::deals)),
                SheetDocument.number(r.total(ConsultantFigures::registered)), SheetDocument.number(converted),
                SheetDocument.number(counted),
                SheetDocument.percent(counted == 0 ? null : (double) converted / counted, words.text("none.dash"))));
        return new SheetDocument.Table(words.text("review.results.caption"), columns, rows, 1);
    }

    private SheetDocument.Chart turnsChart(Review r) {
        List<SheetDocument.Bar> bars = new ArrayList<>();
        List<List<Cell>> rows = new ArrayList<>();
        for (ConsultantFigures c : r.consultants()) {
            bars.add(new SheetDocument.Bar(c.consultant(), List.of(c.walkInTurns(), c.phoneTurns())));
            rows.add(List.of(SheetDocument.text(c.consultant()), SheetDocument.number(c.walkInTurns()),
                    SheetDocument.number(c.phoneTurns())));
        }
        SheetDocument.Table table = new SheetDocument.Table(words.text("review.turns.chart"), List.of(
                new Column(words.text("col.consultant"), Fit.AUTO), new Column(words.text("col.walkInTurns"), Fit.AUTO),
                new Column(words.text("col.phoneTurns"), Fit.AUTO)), rows, 1);
        return new SheetDocument.Chart(words.text("review.turns.chart"),
                List.of(words.text("col.walkInTurns"), words.text("col.phoneTurns")), bars, table);
    }

    private SheetDocument.Chart spreadChart(Review r) {
        List<SheetDocument.Bar> bars = new ArrayList<>();
        List<List<Cell>> rows = new ArrayList<>();
        for (DayFigures d : r.days()) {
            bars.add(new SheetDocument.Bar(d.date().format(DAY), List.of(zero(d.spreadWalkIn()), zero(d.spreadPhone()))));
            rows.add(List.of(SheetDocument.text(d.date().toString()), spread(d.spreadWalkIn()), spread(d.spreadPhone())));
        }
        SheetDocument.Table table = new SheetDocument.Table(words.text("review.days.chart"), List.of(
                new Column(words.text("col.date"), Fit.CENTER), new Column(words.text("col.spreadWalkIn"), Fit.AUTO),
                new Column(words.text("col.spreadPhone"), Fit.AUTO)), rows, 1);
        return new SheetDocument.Chart(words.text("review.days.chart"),
                List.of(words.text("col.spreadWalkIn"), words.text("col.spreadPhone")), bars, table);
    }

    private SheetDocument.Table days(Review r) {
        List<List<Cell>> rows = new ArrayList<>();
        for (DayFigures d : r.days()) {
            rows.add(List.of(SheetDocument.text(d.date().toString()), SheetDocument.text(words.weekday(d.date().getDayOfWeek())),
                    SheetDocument.number(d.walkIns()), SheetDocument.number(d.calls()),
                    SheetDocument.number(d.countedWalkIn()), SheetDocument.number(d.countedPhone()),
                    SheetDocument.number(d.wholeWindow()), spread(d.spreadWalkIn()), spread(d.spreadPhone())));
        }
        return new SheetDocument.Table(words.text("review.days.caption"), List.of(
                new Column(words.text("col.date"), Fit.CENTER), new Column(words.text("col.weekday"), Fit.CENTER),
                new Column(words.text("col.walkIns"), Fit.AUTO), new Column(words.text("col.calls"), Fit.AUTO),
                new Column(words.text("col.countedWalkIn"), Fit.AUTO), new Column(words.text("col.countedPhone"), Fit.AUTO),
                new Column(words.text("col.wholeWindow"), Fit.AUTO), new Column(words.text("col.spreadWalkIn"), Fit.AUTO),
                new Column(words.text("col.spreadPhone"), Fit.AUTO)), rows, 1);
    }

    private SheetDocument.HeatMap heatMap(ArrivalsHeatMap map, Channel channel, String caption) {
        int first = map.firstHour(8);
        int last = map.lastHour(17);
        List<String> hours = new ArrayList<>();
        for (int h = first; h <= last; h++) {
            hours.add(String.format(Locale.ROOT, "%02d", h));
        }
        List<String> rowLabels = new ArrayList<>();
        List<List<Double>> values = new ArrayList<>();
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(words.text("col.weekday"), Fit.CENTER));
        hours.forEach(h -> columns.add(new Column(words.format("hours.label", h), Fit.AUTO)));
        List<List<Cell>> rows = new ArrayList<>();
        List<String> counts = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            rowLabels.add(words.format("review.heat.weekday", words.weekday(d), map.days(d)));
            counts.add(words.weekday(d) + " " + map.days(d));
            List<Double> row = new ArrayList<>();
            List<Cell> cells = new ArrayList<>();
            cells.add(SheetDocument.text(words.weekday(d)));
            for (int h = first; h <= last; h++) {
                double v = map.average(channel, d, h);
                row.add(v);
                cells.add(SheetDocument.decimal(v, 1));
            }
            values.add(row);
            rows.add(cells);
        }
        SheetDocument.Table table = new SheetDocument.Table(words.text(caption), columns, rows, 1);
        return new SheetDocument.HeatMap(words.text(caption), rowLabels, hours, values,
                words.format("review.heat.note", String.join(" · ", counts)), table);
    }

    private List<SheetDocument.Part> surges(Review r) {
        if (r.surges().isEmpty()) {
            return List.of(new SheetDocument.Text(words.text("review.surges.caption") + ": "
                    + words.text("review.surges.none")));
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (SurgePeriod s : r.surges()) {
            rows.add(List.of(SheetDocument.text(s.date().toString()), SheetDocument.time(s.from()),
                    s.to() == null ? SheetDocument.text(words.text("surge.untilEnd")) : SheetDocument.time(s.to()),
                    s.to() == null ? SheetDocument.text(words.text("none.dash"))
                            : SheetDocument.number(Duration.between(s.from(), s.to()).toMinutes()),
                    SheetDocument.number(s.walkIns())));
        }
        return List.of(new SheetDocument.Table(words.text("review.surges.caption"), List.of(
                new Column(words.text("col.date"), Fit.CENTER), new Column(words.text("col.from"), Fit.CENTER),
                new Column(words.text("col.to"), Fit.CENTER), new Column(words.text("col.minutes"), Fit.AUTO),
                new Column(words.text("col.walkIns"), Fit.AUTO)), rows, 1));
    }

    private Cell spread(Integer spread) {
        return spread == null ? SheetDocument.text(words.text("none.dash")) : SheetDocument.number(spread);
    }

    private static int zero(Integer spread) {
        return spread == null ? 0 : spread;
    }

    String mean(OptionalDouble mean) {
        return mean.isPresent() ? String.format(Locale.ROOT, "%.1f", mean.getAsDouble()) : words.text("none.dash");
    }

    private String orDash(Integer n) {
        return n == null ? words.text("none.dash") : n.toString();
    }
}
