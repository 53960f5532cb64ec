package com.rotadesk.app.sheets;

import com.rotadesk.app.sheets.SheetDocument.Cell;
import com.rotadesk.app.sheets.SheetDocument.Column;
import com.rotadesk.app.sheets.SheetDocument.Fit;

import java.util.ArrayList;
import java.util.List;

/** Lays out the visit register and the call register: one row per visit or call, with a signature column. */
final class RegisterLayout {
    private final SheetWords words;

    RegisterLayout(SheetWords words) {
        this.words = words;
    }

    /** {@code anchor}: the journal's head at the end of the day, printed for the signature, or null. */
    SheetDocument visits(VisitRegister register, String anchor) {
        List<Column> columns = List.of(
                new Column(words.text("col.number"), Fit.CENTER),
                new Column(words.text("col.arrival"), Fit.CENTER),
                new Column(words.text("col.end"), Fit.CENTER),
                new Column(words.text("col.name"), Fit.AUTO),
                new Column(words.text("col.phone"), Fit.AUTO),
                new Column(words.text("col.party"), Fit.AUTO),
                new Column(words.text("col.type"), Fit.AUTO),
                new Column(words.text("col.source"), Fit.AUTO),
                new Column(words.text("col.receiver"), Fit.AUTO),
                new Column(words.text("col.countedYesNo"), Fit.CENTER),
                new Column(words.text("col.notes"), Fit.FILL),
                new Column(words.text("col.signature"), Fit.SIGNATURE));
        List<List<Cell>> rows = new ArrayList<>();
        for (RegisterLine l : register.lines()) {
            rows.add(List.of(SheetDocument.number(l.number()), SheetDocument.time(l.arrival()),
                    SheetDocument.time(l.ended()), SheetDocument.text(words.name(l.name())),
                    SheetDocument.text(words.phone(l.phone())), SheetDocument.number(l.party()),
                    SheetDocument.text(words.type(l.type())), SheetDocument.text(words.source(l.source())),
                    SheetDocument.text(l.consultant()), SheetDocument.text(received(l)),
                    SheetDocument.text(words.notes(l.notes())), new SheetDocument.BlankCell()));
        }
        return document(SheetKind.VISITS, "sheet.visits", register.date(), register.office(),
                words.format("register.visits.total", register.lines().size()), columns, rows, anchor);
    }

    SheetDocument calls(CallRegister register) {
        List<Column> columns = List.of(
                new Column(words.text("col.number"), Fit.CENTER),
                new Column(words.text("col.callTime"), Fit.CENTER),
                new Column(words.text("col.caller"), Fit.AUTO),
                new Column(words.text("col.phone"), Fit.AUTO),
                new Column(words.text("col.type"), Fit.AUTO),
                new Column(words.text("col.source"), Fit.AUTO),
                new Column(words.text("col.takenBy"), Fit.AUTO),
                new Column(words.text("col.countedYesNo"), Fit.CENTER),
                new Column(words.text("col.notes"), Fit.FILL),
                new Column(words.text("col.signature"), Fit.SIGNATURE));
        List<List<Cell>> rows = new ArrayList<>();
        for (RegisterLine l : register.lines()) {
            rows.add(List.of(SheetDocument.number(l.number()), SheetDocument.time(l.arrival()),
                    SheetDocument.text(words.name(l.name())), SheetDocument.text(words.phone(l.phone())),
                    SheetDocument.text(words.type(l.type())), SheetDocument.text(words.source(l.source())),
                    SheetDocument.text(l.consultant()), SheetDocument.text(received(l)),
                    SheetDocument.text(words.notes(l.notes())), new SheetDocument.BlankCell()));
        }
        return document(SheetKind.CALLS, "sheet.calls", register.date(), register.office(),
                words.format("register.calls.total", register.lines().size()), columns, rows, null);
    }

    /** Counted yes or no; nothing for a visit nobody received. */
    private String received(RegisterLine l) {
        return l.consultant() == null ? "" : words.yesNo(l.counted());
    }

    private SheetDocument document(SheetKind kind, String titleKey, java.time.LocalDate date, String office,
            String total, List<Column> columns, List<List<Cell>> rows, String anchor) {
        List<String> header = new ArrayList<>(words.header(office, date));
        header.add(total);
        words.anchor(anchor).ifPresent(header::add);
        List<SheetDocument.Part> parts = new ArrayList<>();
        parts.add(new SheetDocument.Table("", columns, rows, 2));
        if (rows.isEmpty()) {
            parts.add(new SheetDocument.Text(words.text("register.empty")));
        }
        return new SheetDocument(kind, words.text(titleKey), date, header, true, parts,
                words.text("signature.reception"), words.footer(date, anchor));
    }
}
