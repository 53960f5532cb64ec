package com.rotadesk.app.sheets;

import com.rotadesk.app.sheets.SheetDocument.Cell;
import com.rotadesk.app.sheets.SheetDocument.Column;
import com.rotadesk.app.sheets.SheetDocument.Fit;
import com.rotadesk.model.review.ConsultantFigures;
import com.rotadesk.model.review.DayFigures;
import com.rotadesk.model.review.Difference;
import com.rotadesk.model.review.Review;
import com.rotadesk.model.review.Simulation;
import com.rotadesk.model.review.SkippedAction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Lays out a policy simulation on A4 landscape: what was changed and what the replay did, the §9 figures as recorded
 * and as simulated side by side (with a chart of the turns), the fairness spread per day both ways, every visit
 * that would have gone to another consultant, and what was left out.
 */
final class SimulationLayout {
    private final SheetWords words;
    private final SimulationWords lines;

    SimulationLayout(SheetWords words, RefusalWords refusals) {
        this.words = words;
        this.lines = new SimulationWords(words, refusals);
    }

    SheetDocument layout(Simulation s, String office) {
        Review rec = s.recorded();
        Review sim = s.simulated();
        List<String> header = new ArrayList<>(words.header(office, rec.from(), rec.to(), s.days()));
        List<String> changes = new ArrayList<>();
        s.change().settings().forEach((key, value) -> changes.add(words.format("sim.change", words.setting(key),
                String.join(" / ", s.recordedValues().getOrDefault(key, Set.of()).stream().map(words::settingValue)
                        .toList()), words.settingValue(value))));
        header.add(words.format("sim.changes", String.join("; ", changes)));
        header.add(words.format("sim.summary", s.days(), s.replayed(), s.skipped().size(), s.differences().size(),
                s.daysWithDifferences()));
        header.add(words.text("sim.nothingJournaled"));
        if (s.sameRules()) {
            header.add(words.text(s.reproduced() ? "sim.reproduced" : "sim.notReproduced"));
        }
        ReviewLayout review = new ReviewLayout(words);
        header.add(words.format("sim.fairness", review.mean(rec.meanSpreadWalkIn()), review.mean(sim.meanSpreadWalkIn()),
                dash(rec.maxSpreadWalkIn()), dash(sim.maxSpreadWalkIn())));
        List<String> names = names(rec, sim);
        List<SheetDocument.Part> parts = new ArrayList<>();
        parts.add(turnsChart(names, rec, sim));
        parts.add(sideBySide("sim.figures.caption", names, rec, sim, List.of(
                figure("col.walkInTurns", ConsultantFigures::walkInTurns, true),
                figure("col.phoneTurns", ConsultantFigures::phoneTurns, true),
                figure("col.makeUpTurns", ConsultantFigures::makeUpTurns, false),
                figure("col.creditsPasses", ConsultantFigures::creditsFromPasses, false),
                figure("col.lostToCap", ConsultantFigures::creditsLostToCap, false))));
        parts.add(sideBySide("sim.more.caption", names, rec, sim, List.of(
                figure("col.passes", ConsultantFigures::passes, false),
                figure("col.violations", ConsultantFigures::violations, false),
                figure("col.disqualifications", ConsultantFigures::disqualifications, false),
                figure("col.uncountedTotal", ConsultantFigures::uncountedTotal, false),
                figure("col.deals", ConsultantFigures::deals, false),
                figure("col.converted", ConsultantFigures::converted, false))));
        parts.add(days(rec, sim));
        parts.add(new SheetDocument.Text(words.text("sim.differences.legend")));
        parts.add(differences(s));
        parts.add(skipped(s));
        return new SheetDocument(SheetKind.SIMULATION, words.text("sheet.simulation"), rec.to(), header, true, parts,
                "", words.footer(rec.from(), rec.to()));
    }

    /** One figure printed recorded, simulated and (when asked) their difference. */
    record Figure(String header, ToIntFunction<ConsultantFigures> value, boolean delta) {
    }

    private Figure figure(String key, ToIntFunction<ConsultantFigures> value, boolean delta) {
        return new Figure(words.text(key), value, delta);
    }

    private static List<String> names(Review rec, Review sim) {
        Set<String> names = new LinkedHashSet<>();
        rec.consultants().forEach(c -> names.add(c.consultant()));
        sim.consultants().forEach(c -> names.add(c.consultant()));
        return List.copyOf(names);
    }

    private static int value(Review r, String name, ToIntFunction<ConsultantFigures> f) {
        ConsultantFigures c = r.of(name);
        return c == null ? 0 : f.applyAsInt(c);
    }

    private SheetDocument.Table sideBySide(String caption, List<String> names, Review rec, Review sim,
            List<Figure> figures) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(words.text("col.consultant"), Fit.AUTO));
        for (Figure f : figures) {
            columns.add(new Column(words.format("sim.col.recorded", f.header()), Fit.AUTO));
            columns.add(new Column(words.format("sim.col.simulated", f.header()), Fit.AUTO));
            if (f.delta()) {
                columns.add(new Column(words.format("sim.col.delta", f.header()), Fit.AUTO));
            }
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (String name : names) {
            rows.add(row(name, figures, f -> value(rec, name, f), f -> value(sim, name, f)));
        }
        rows.add(row(words.text("summary.total"), figures, rec::total, sim::total));
        return new SheetDocument.Table(words.text(caption), columns, rows, 1);
    }

    private static List<Cell> row(String name, List<Figure> figures,
            Function<ToIntFunction<ConsultantFigures>, Integer> rec, Function<ToIntFunction<ConsultantFigures>, Integer> sim) {
        List<Cell> row = new ArrayList<>();
        row.add(SheetDocument.text(name));
        for (Figure f : figures) {
            int a = rec.apply(f.value());
            int b = sim.apply(f.value());
            row.add(SheetDocument.number(a));
            row.add(SheetDocument.number(b));
            if (f.delta()) {
                row.add(SheetDocument.number(b - a));
            }
        }
        return row;
    }

    private SheetDocument.Chart turnsChart(List<String> names, Review rec, Review sim) {
        List<SheetDocument.Bar> bars = new ArrayList<>();
        List<List<Cell>> rows = new ArrayList<>();
        for (String name : names) {
            int a = value(rec, name, ConsultantFigures::walkInTurns);
            int b = value(sim, name, ConsultantFigures::walkInTurns);
            bars.add(new SheetDocument.Bar(name, List.of(a, b)));
            rows.add(List.of(SheetDocument.text(name), SheetDocument.number(a), SheetDocument.number(b)));
        }
        SheetDocument.Table table = new SheetDocument.Table(words.text("sim.turns.chart"), List.of(
                new Column(words.text("col.consultant"), Fit.AUTO), new Column(words.text("sim.recorded"), Fit.AUTO),
                new Column(words.text("sim.simulated"), Fit.AUTO)), rows, 1);
        return new SheetDocument.Chart(words.text("sim.turns.chart"),
                List.of(words.text("sim.recorded"), words.text("sim.simulated")), bars, table);
    }

    private SheetDocument.Chart days(Review rec, Review sim) {
        Map<LocalDate, DayFigures> simulated = new HashMap<>();
        sim.days().forEach(d -> simulated.put(d.date(), d));
        List<SheetDocument.Bar> bars = new ArrayList<>();
        List<List<Cell>> rows = new ArrayList<>();
        for (DayFigures d : rec.days()) {
            DayFigures s = simulated.get(d.date());
            bars.add(new SheetDocument.Bar(d.date().format(java.time.format.DateTimeFormatter.ofPattern("MM-dd")),
                    List.of(zero(d.spreadWalkIn()), zero(s == null ? null : s.spreadWalkIn()))));
            rows.add(List.of(SheetDocument.text(d.date().toString()), spread(d.spreadWalkIn()),
                    spread(s == null ? null : s.spreadWalkIn()), spread(d.spreadPhone()),
                    spread(s == null ? null : s.spreadPhone())));
        }
        SheetDocument.Table table = new SheetDocument.Table(words.text("sim.days.caption"), List.of(
                new Column(words.text("col.date"), Fit.CENTER),
                new Column(words.format("sim.col.recorded", words.text("col.spreadWalkIn")), Fit.AUTO),
                new Column(words.format("sim.col.simulated", words.text("col.spreadWalkIn")), Fit.AUTO),
                new Column(words.format("sim.col.recorded", words.text("col.spreadPhone")), Fit.AUTO),
                new Column(words.format("sim.col.simulated", words.text("col.spreadPhone")), Fit.AUTO)), rows, 1);
        return new SheetDocument.Chart(words.text("sim.fairness.chart"),
                List.of(words.text("sim.recorded"), words.text("sim.simulated")), bars, table);
    }

    private SheetDocument.Part differences(Simulation s) {
        if (s.differences().isEmpty()) {
            return new SheetDocument.Text(words.text("sim.differences.none"));
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (Difference d : s.differences()) {
            rows.add(List.of(SheetDocument.text(d.date().toString()), SheetDocument.time(d.arrival().toLocalTime()),
                    SheetDocument.text(words.channel(d.channel())), SheetDocument.number(d.number()),
                    SheetDocument.text(words.name(d.registration().name())),
                    SheetDocument.text(words.phone(d.registration().phone())),
                    SheetDocument.text(lines.type(d)),
                    SheetDocument.text(lines.receiver(d.recorded(), d.recordedCounted())),
                    SheetDocument.text(lines.receiver(d.simulated(), d.simulatedCounted())),
                    SheetDocument.text(lines.mark(d))));
        }
        return new SheetDocument.Table(words.text("sim.differences.caption"), List.of(
                new Column(words.text("col.date"), Fit.CENTER), new Column(words.text("col.arrival"), Fit.CENTER),
                new Column(words.text("col.channel"), Fit.AUTO), new Column(words.text("col.number"), Fit.AUTO),
                new Column(words.text("col.name"), Fit.AUTO), new Column(words.text("col.phone"), Fit.AUTO),
                new Column(words.text("col.type"), Fit.AUTO), new Column(words.text("sim.col.recordedTo"), Fit.AUTO),
                new Column(words.text("sim.col.simulatedTo"), Fit.AUTO), new Column(words.text("sim.col.mark"), Fit.FILL)),
                rows, 2);
    }

    private SheetDocument.Part skipped(Simulation s) {
        if (s.skipped().isEmpty()) {
            return new SheetDocument.Text(words.text("sim.skipped.caption") + ": " + words.text("sim.skipped.none"));
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (SkippedAction k : s.skipped()) {
            rows.add(List.of(SheetDocument.text(k.date().toString()), SheetDocument.time(k.action().at().toLocalTime()),
                    SheetDocument.text(lines.what(k)), SheetDocument.text(lines.why(k))));
        }
        return new SheetDocument.Table(words.text("sim.skipped.caption"), List.of(
                new Column(words.text("col.date"), Fit.CENTER), new Column(words.text("col.time"), Fit.CENTER),
                new Column(words.text("sim.col.what"), Fit.AUTO), new Column(words.text("sim.col.why"), Fit.FILL)),
                rows, 2);
    }

    private Cell spread(Integer spread) {
        return spread == null ? SheetDocument.text(words.text("none.dash")) : SheetDocument.number(spread);
    }

    private static int zero(Integer spread) {
        return spread == null ? 0 : spread;
    }

    private String dash(Integer n) {
        return n == null ? words.text("none.dash") : n.toString();
    }
}
