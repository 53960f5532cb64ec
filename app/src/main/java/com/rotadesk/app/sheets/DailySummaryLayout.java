package com.rotadesk.app.sheets;

import com.rotadesk.app.sheets.SheetDocument.Cell;
import com.rotadesk.app.sheets.SheetDocument.Column;
import com.rotadesk.app.sheets.SheetDocument.Fit;

import java.util.ArrayList;
import java.util.List;

/** Lays out the daily summary: totals line, per-consultant table, arrivals per hour as a chart and a table. */
final class DailySummaryLayout {
    private final SheetWords words;

    DailySummaryLayout(SheetWords words) {
        this.words = words;
    }

    SheetDocument layout(DailySummary summary) {
        DailySummary.ConsultantTotals total = summary.totals();
        List<String> header = new ArrayList<>(words.header(summary.office(), summary.date()));
        header.add(words.format("summary.totals", summary.visits(), summary.calls(),
                total.walkInTurns() + total.phoneTurns(), total.deals()));
        List<Column> columns = List.of(
                new Column(words.text("col.consultant"), Fit.AUTO),
                new Column(words.text("summary.col.walkIn"), Fit.AUTO),
                new Column(words.text("summary.col.phone"), Fit.AUTO),
                new Column(words.text("summary.col.uncounted"), Fit.AUTO),
                new Column(words.text("summary.col.makeUps"), Fit.AUTO),
                new Column(words.text("summary.col.passes"), Fit.AUTO),
                new Column(words.text("summary.col.violations"), Fit.AUTO),
                new Column(words.text("summary.col.deals"), Fit.AUTO));
        List<List<Cell>> rows = new ArrayList<>();
        for (DailySummary.ConsultantTotals c : summary.consultants()) {
            rows.add(row(c.consultant(), c));
        }
        rows.add(row(words.text("summary.total"), total));
        SheetDocument.Table perConsultant = new SheetDocument.Table(words.text("summary.caption"), columns, rows, 1);

        List<Column> hourColumns = List.of(
                new Column(words.text("hours.col.hour"), Fit.CENTER),
                new Column(words.text("hours.col.visits"), Fit.AUTO),
                new Column(words.text("hours.col.calls"), Fit.AUTO));
        List<List<Cell>> hourRows = new ArrayList<>();
        List<SheetDocument.Bar> bars = new ArrayList<>();
        for (DailySummary.HourCount h : summary.hours()) {
            String label = words.format("hours.label", String.format("%02d", h.hour()));
            hourRows.add(List.of(SheetDocument.text(label), SheetDocument.number(h.visits()),
                    SheetDocument.number(h.calls())));
            bars.add(new SheetDocument.Bar(label, List.of(h.visits(), h.calls())));
        }
        SheetDocument.Table hours = new SheetDocument.Table(words.text("hours.caption"), hourColumns, hourRows, 1);
        SheetDocument.Chart chart = new SheetDocument.Chart(words.text("hours.caption"),
                List.of(words.text("hours.col.visits"), words.text("hours.col.calls")), bars, hours);
        return new SheetDocument(SheetKind.SUMMARY, words.text("sheet.summary"), summary.date(), header, false,
                List.of(perConsultant, chart), words.text("signature.manager"), words.footer(summary.date()));
    }

    private static List<Cell> row(String name, DailySummary.ConsultantTotals c) {
        return List.of(SheetDocument.text(name), SheetDocument.number(c.walkInTurns()),
                SheetDocument.number(c.phoneTurns()), SheetDocument.number(c.uncounted()),
                SheetDocument.number(c.makeUps()), SheetDocument.number(c.passes()),
                SheetDocument.number(c.violations()), SheetDocument.number(c.deals()));
    }
}
