package com.rotadesk.app.clients;

import com.rotadesk.model.Action;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One line of a register read into a row the import can take (R29), or the value that made it unreadable. The
 * source and notes columns are shown, not kept: R29 keeps name, phone, owner, dates and the deal.
 *
 * @param place     where the line is in the file
 * @param row       the row for the engine (null when the line could not be read)
 * @param problem   what could not be read (null when the line could be)
 * @param lastFromFirst the line had no last contact, so its first registration counts as it
 * @param toPool    the line names the public pool as its owner (a register RotaDesk exported)
 */
public record PlannedRow(String place, Action.ImportRow row, ReadProblem problem, boolean lastFromFirst,
        boolean toPool, String source, String notes, Seen seen) {

    /** The line's name, phone and owner as read, to show a line the import cannot take (null: nothing read). */
    public record Seen(String name, String phone, String owner) {
    }

    /** What the register calls the public pool in the owner's column (RotaDesk's export writes the first). */
    public static final List<String> POOL_NAMES = List.of("公客池", "公客", "公共客户", "公池", "pool", "public pool");
    private static final Set<String> POOL = Set.copyOf(POOL_NAMES);
    /** The longest name and phone the record keeps (the person table's columns). */
    static final int MAX_NAME = 64;
    static final int MAX_PHONE = 32;

    /** A value the line holds that is not what its column should (a date that is no date). */
    public record ReadProblem(RegisterField field, String value) {
    }

    /** True for an owner cell that names the public pool. */
    static boolean poolName(String owner) {
        return owner != null && POOL.contains(owner.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * The register's lines as rows, in file order; {@code unknown} is what becomes of owners who are not the
     * office's consultants (lines naming the pool always go to it).
     */
    static List<PlannedRow> plan(RegisterTable table, ColumnMapping mapping, Action.UnknownOwner unknown) {
        List<PlannedRow> out = new ArrayList<>();
        for (RegisterTable.Sheet sheet : table.sheets()) {
            Columns c = new Columns(sheet, mapping);
            for (RegisterTable.Line line : sheet.lines()) {
                out.add(read(line, c, table.date1904(), unknown));
            }
        }
        return out;
    }

    /** The sheet's columns of each field. */
    private record Columns(List<Integer> name, List<Integer> phone, List<Integer> owner, List<Integer> first,
            List<Integer> last, List<Integer> deal, List<Integer> source, List<Integer> notes) {
        Columns(RegisterTable.Sheet s, ColumnMapping m) {
            this(m.columns(s, RegisterField.NAME), m.columns(s, RegisterField.PHONE), m.columns(s, RegisterField.OWNER),
                    m.columns(s, RegisterField.FIRST), m.columns(s, RegisterField.LAST), m.columns(s, RegisterField.DEAL),
                    m.columns(s, RegisterField.SOURCE), m.columns(s, RegisterField.NOTES));
        }
    }

    private static PlannedRow read(RegisterTable.Line line, Columns c, boolean date1904, Action.UnknownOwner unknown) {
        String name = first(line, c.name());
        String phone = Cells.phone(first(line, c.phone()));
        String owner = first(line, c.owner());
        String source = first(line, c.source());
        String notes = first(line, c.notes());
        LocalDate first;
        LocalDate last;
        Cells.Deal deal;
        try {
            first = Cells.date(first(line, c.first()), date1904);
        } catch (Cells.Unreadable u) {
            return unreadable(line, RegisterField.FIRST, u, source, notes, new Seen(name, phone, owner));
        }
        try {
            last = Cells.date(first(line, c.last()), date1904);
        } catch (Cells.Unreadable u) {
            return unreadable(line, RegisterField.LAST, u, source, notes, new Seen(name, phone, owner));
        }
        try {
            deal = Cells.deal(first(line, c.deal()), date1904);
        } catch (Cells.Unreadable u) {
            return unreadable(line, RegisterField.DEAL, u, source, notes, new Seen(name, phone, owner));
        }
        // what the record cannot keep is said here, so that one odd line never stops the whole import
        if (name != null && name.length() > MAX_NAME) {
            return new PlannedRow(line.place(), null, new ReadProblem(RegisterField.NAME, name), false, false, source,
                    notes, new Seen(null, phone, owner));
        }
        if (owner != null && owner.length() > MAX_NAME) {
            return new PlannedRow(line.place(), null, new ReadProblem(RegisterField.OWNER, owner), false, false,
                    source, notes, new Seen(name, phone, null));
        }
        String digits = com.rotadesk.model.Phones.normalise(phone);
        if (digits != null && digits.length() > MAX_PHONE) {
            return new PlannedRow(line.place(), null, new ReadProblem(RegisterField.PHONE, phone), false, false,
                    source, notes, new Seen(name, null, owner));
        }
        boolean lastFromFirst = last == null && first != null;
        if (lastFromFirst) {
            // a register with only the registration date: that is the last contact it knows of
            last = first;
        }
        LocalDate dealDate = deal == null ? null : deal.date() != null ? deal.date() : last != null ? last : first;
        boolean toPool = poolName(owner);
        Action.ImportRow row = new Action.ImportRow(phone, name, owner, first, last, dealDate,
                toPool ? Action.UnknownOwner.POOL : unknown);
        return new PlannedRow(line.place(), row, null, lastFromFirst, toPool, source, notes, null);
    }

    private static PlannedRow unreadable(RegisterTable.Line line, RegisterField field, Cells.Unreadable u, String source,
            String notes, Seen seen) {
        return new PlannedRow(line.place(), null, new ReadProblem(field, u.value()), false, false, source, notes, seen);
    }

    /** The first value among the field's columns, read as text. */
    private static String first(RegisterTable.Line line, List<Integer> columns) {
        for (int col : columns) {
            String v = Cells.text(line.cell(col));
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** This row going to the pool or not, for another choice of what becomes of unknown owners. */
    PlannedRow withUnknown(Action.UnknownOwner unknown) {
        if (row == null || toPool) {
            return this;
        }
        Action.ImportRow r = row;
        return new PlannedRow(place, new Action.ImportRow(r.phone(), r.name(), r.owner(), r.first(), r.last(),
                r.deal(), unknown), problem, lastFromFirst, toPool, source, notes, seen);
    }
}
