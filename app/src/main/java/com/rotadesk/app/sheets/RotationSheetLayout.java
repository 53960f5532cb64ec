package com.rotadesk.app.sheets;

import com.rotadesk.app.sheets.SheetDocument.Cell;
import com.rotadesk.app.sheets.SheetDocument.Column;
import com.rotadesk.app.sheets.SheetDocument.Fit;
import com.rotadesk.model.Action;
import com.rotadesk.model.Channel;
import com.rotadesk.model.Phones;
import com.rotadesk.model.VisitType;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Lays the rotation sheet out: per block a grid and its uncounted receptions, then adjustments and signature. */
final class RotationSheetLayout {
    private final SheetWords words;

    RotationSheetLayout(SheetWords words) {
        this.words = words;
    }

    /** {@code anchor}: the journal's head at the end of the day, printed for the manager's signature, or null. */
    SheetDocument layout(RotationSheet sheet, String anchor) {
        List<String> header = new ArrayList<>(words.header(sheet.office(), sheet.date()));
        header.add(words.format("header.window", sheet.window().code()));
        words.anchor(anchor).ifPresent(header::add);
        List<SheetDocument.Part> parts = new ArrayList<>();
        for (RotationSheet.Block block : sheet.blocks()) {
            parts.add(grid(block));
            SheetDocument.Table uncounted = uncounted(block);
            if (uncounted != null) {
                parts.add(uncounted);
            }
        }
        parts.add(new SheetDocument.Text(words.text("legend.rotation")));
        parts.add(adjustments(sheet.adjustments()));
        return new SheetDocument(SheetKind.ROTATION, words.text("sheet.rotation"), sheet.date(), header, true, parts,
                words.text("signature.manager"), words.footer(sheet.date(), anchor));
    }

    private String caption(RotationSheet.Block block) {
        return words.format("block.caption", words.group(block.group()), words.channel(block.channel()));
    }

    private SheetDocument.Table grid(RotationSheet.Block block) {
        List<Column> columns = new ArrayList<>(List.of(
                new Column(words.text("col.position"), Fit.CENTER),
                new Column(words.text("col.consultant"), Fit.AUTO),
                new Column(words.text("col.signIn"), Fit.CENTER),
                new Column(words.text("col.signOut"), Fit.CENTER)));
        for (int r = 1; r <= block.rounds(); r++) {
            columns.add(new Column(words.format("col.round", r), Fit.CENTER));
        }
        columns.addAll(List.of(
                new Column(words.text("col.counted"), Fit.AUTO),
                new Column(words.text("col.uncounted"), Fit.AUTO),
                new Column(words.text("col.credits"), Fit.AUTO),
                new Column(words.text("col.violations"), Fit.AUTO),
                new Column(words.text("col.remark"), Fit.FILL)));
        List<List<Cell>> rows = new ArrayList<>();
        for (RotationSheet.Line line : block.lines()) {
            List<Cell> row = new ArrayList<>();
            row.add(SheetDocument.number(line.position()));
            row.add(SheetDocument.text(line.consultant()));
            row.addAll(presence(line.presence()));
            for (List<RotationSheet.Mark> marks : line.rounds()) {
                row.add(SheetDocument.text(marks(marks)));
            }
            row.add(SheetDocument.number(line.counted()));
            row.add(SheetDocument.number(line.uncountedTotal()));
            row.add(SheetDocument.number(line.credits()));
            row.add(SheetDocument.number(line.violations()));
            row.add(SheetDocument.text(line.disqualified() ? words.text("remark.disqualified")
                    : line.listed() ? "" : words.text("remark.unlisted")));
            rows.add(row);
        }
        return new SheetDocument.Table(caption(block), columns, rows, 2);
    }

    /**
     * The sign-in and sign-out cells: one time each on a usual day; for someone who signed out and in again, every
     * sign-in in one cell and the sign-outs in the same order in the other ("—" for the spell still open).
     */
    private List<Cell> presence(List<RotationSheet.Presence> spells) {
        if (spells.size() <= 1) {
            RotationSheet.Presence p = spells.isEmpty() ? null : spells.getFirst();
            return List.of(SheetDocument.time(p == null ? null : p.in()), SheetDocument.time(p == null ? null : p.out()));
        }
        List<String> ins = new ArrayList<>();
        List<String> outs = new ArrayList<>();
        for (RotationSheet.Presence p : spells) {
            ins.add(new SheetDocument.TimeCell(p.in()).text());
            outs.add(p.out() == null ? "—" : new SheetDocument.TimeCell(p.out()).text());
        }
        return List.of(SheetDocument.text(String.join(" ", ins)), SheetDocument.text(String.join(" ", outs)));
    }

    private String marks(List<RotationSheet.Mark> marks) {
        List<String> out = new ArrayList<>();
        for (RotationSheet.Mark m : marks) {
            String time = new SheetDocument.TimeCell(m.time()).text();
            out.add(switch (m.kind()) {
                case TURN -> time;
                case MAKE_UP -> words.format("mark.makeUp", time);
                case VOIDED -> words.format("mark.voided", time);
                case PASS_KEEP -> words.text("mark.passKeep");
                case FORFEIT -> words.text("mark.forfeit");
            });
        }
        return String.join(" ", out);
    }

    /** Uncounted receptions by type, with a column for each type that occurred; null when there were none. */
    private SheetDocument.Table uncounted(RotationSheet.Block block) {
        Set<VisitType> types = EnumSet.noneOf(VisitType.class);
        block.lines().forEach(l -> types.addAll(l.uncounted().keySet()));
        if (types.isEmpty()) {
            return null;
        }
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(words.text("col.consultant"), Fit.AUTO));
        types.forEach(t -> columns.add(new Column(words.type(t), Fit.AUTO)));
        columns.add(new Column(words.text("col.total"), Fit.AUTO));
        List<List<Cell>> rows = new ArrayList<>();
        for (RotationSheet.Line line : block.lines()) {
            if (line.uncountedTotal() == 0) {
                continue;
            }
            List<Cell> row = new ArrayList<>();
            row.add(SheetDocument.text(line.consultant()));
            types.forEach(t -> row.add(SheetDocument.number(line.uncounted().getOrDefault(t, 0))));
            row.add(SheetDocument.number(line.uncountedTotal()));
            rows.add(row);
        }
        return new SheetDocument.Table(words.format("uncounted.caption", caption(block)), columns, rows, 1);
    }

    private SheetDocument.Table adjustments(List<RotationSheet.AdjustmentLine> lines) {
        List<Column> columns = List.of(
                new Column(words.text("adjust.col.at"), Fit.CENTER),
                new Column(words.text("adjust.col.kind"), Fit.AUTO),
                new Column(words.text("adjust.col.detail"), Fit.AUTO),
                new Column(words.text("adjust.col.reason"), Fit.FILL));
        List<List<Cell>> rows = new ArrayList<>();
        for (RotationSheet.AdjustmentLine line : lines) {
            Action.Adjustment a = line.adjustment();
            rows.add(List.of(SheetDocument.time(line.at()),
                    SheetDocument.text(words.text("adjust." + a.getClass().getSimpleName())),
                    SheetDocument.text(detail(a)), SheetDocument.text(a.reason())));
        }
        if (rows.isEmpty()) {
            rows.add(List.of(new SheetDocument.BlankCell(), SheetDocument.text(words.text("none")),
                    new SheetDocument.BlankCell(), new SheetDocument.BlankCell()));
        }
        return new SheetDocument.Table(words.text("adjust.caption"), columns, rows, 1);
    }

    private String detail(Action.Adjustment a) {
        return switch (a) {
            case Action.Reorder r -> words.format("adjust.detail.reorder", groupName(r.group()),
                    channel(r.channel()), String.join("、", r.order()));
            case Action.GrantCredit g -> words.format("adjust.detail.credit", g.consultant(), channel(g.channel()));
            case Action.TakeCredit t -> words.format("adjust.detail.credit", t.consultant(), channel(t.channel()));
            case Action.MovePointer m -> words.format("adjust.detail.pointer", groupName(m.group()),
                    channel(m.channel()), m.consultant());
            case Action.AssignTo t -> words.format("adjust.detail.assign", t.ref(), t.consultant(),
                    words.text(t.counted() ? "adjust.counted" : "adjust.uncounted"));
            case Action.Disqualify d -> words.format("adjust.detail.consultant", d.consultant());
            case Action.Reinstate r -> words.format("adjust.detail.consultant", r.consultant());
            case Action.Transfer t -> words.format("adjust.detail.transfer", Phones.mask(Phones.normalise(t.phone())),
                    t.to() == null ? words.text("adjust.pool") : t.to());
            case Action.TransferAll t -> words.format("adjust.detail.transfer", t.from(),
                    t.to().isEmpty() ? words.text("adjust.pool") : String.join("、", t.to()));
        };
    }

    private String groupName(String group) {
        return group == null ? words.text("group.default") : words.group(group);
    }

    /** A null channel in an adjustment means the walk-in rotation, as the engine reads it. */
    private String channel(Channel channel) {
        return words.channel(channel == null ? Channel.WALK_IN : channel);
    }
}
