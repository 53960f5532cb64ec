package com.rotadesk.app.clients;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which field each column of a register holds, by its header: recognised from the usual names (姓名, 电话, 置业顾问…)
 * and set by the manager for the others. Several columns may hold one field (手机 and 座机): the manager's own
 * first, then the better-named, then left to right; the first with a value in a line is read.
 */
public final class ColumnMapping {
    /** By header as compared ({@link RegisterField#normalise}): the field, and the rank of the name recognised. */
    private final Map<String, Choice> columns;

    private record Choice(String header, RegisterField field, int rank, boolean byManager) {
    }

    private ColumnMapping(Map<String, Choice> columns) {
        this.columns = columns;
    }

    /** Every column of the register as its header names it; unknown headers are left alone until mapped. */
    public static ColumnMapping recognise(RegisterTable table) {
        Map<String, Choice> m = new LinkedHashMap<>();
        for (String header : table.headers()) {
            String key = RegisterField.normalise(header);
            if (key.isEmpty() || m.containsKey(key)) {
                continue;
            }
            RegisterField.Recognised r = RegisterField.recognise(header);
            m.put(key, r == null ? new Choice(header, RegisterField.IGNORE, Integer.MAX_VALUE, false)
                    : new Choice(header, r.field(), r.rank(), false));
        }
        return new ColumnMapping(m);
    }

    /**
     * The same mapping with the column named {@code header} holding {@code field} (the manager's choice, read before
     * any recognised column of that field).
     *
     * @throws IllegalArgumentException when the register has no such column
     */
    public ColumnMapping with(String header, RegisterField field) {
        String key = RegisterField.normalise(header);
        Choice was = columns.get(key);
        if (was == null) {
            throw new IllegalArgumentException("the register has no column '" + header + "' (its columns: "
                    + String.join(", ", headers()) + ")");
        }
        Map<String, Choice> m = new LinkedHashMap<>(columns);
        m.put(key, new Choice(was.header(), field, -1, true));
        return new ColumnMapping(m);
    }

    /** The column names, as the file writes them, in order. */
    public List<String> headers() {
        return columns.values().stream().map(Choice::header).toList();
    }

    /** The field a column holds ({@link RegisterField#IGNORE} for one neither recognised nor mapped). */
    public RegisterField fieldOf(String header) {
        Choice c = columns.get(RegisterField.normalise(header));
        return c == null ? RegisterField.IGNORE : c.field();
    }

    /** True when the manager chose the column's field (not recognised from its name). */
    public boolean byManager(String header) {
        Choice c = columns.get(RegisterField.normalise(header));
        return c != null && c.byManager();
    }

    /** True when some column holds the field. */
    public boolean has(RegisterField field) {
        return columns.values().stream().anyMatch(c -> c.field() == field);
    }

    /** The kept fields no column holds (the import refuses every line without a name or a phone, R16). */
    public List<RegisterField> missing() {
        return Set.of(RegisterField.NAME, RegisterField.PHONE, RegisterField.OWNER, RegisterField.LAST).stream()
                .filter(f -> !has(f) && !(f == RegisterField.LAST && has(RegisterField.FIRST)))
                .sorted().toList();
    }

    /** The columns of a sheet that hold the field, the one read first first. */
    List<Integer> columns(RegisterTable.Sheet sheet, RegisterField field) {
        List<Integer> found = new ArrayList<>();
        List<String> headers = sheet.headers();
        for (int i = 0; i < headers.size(); i++) {
            Choice c = columns.get(RegisterField.normalise(headers.get(i)));
            if (c != null && c.field() == field) {
                found.add(i);
            }
        }
        found.sort(Comparator.comparingInt(i -> columns.get(RegisterField.normalise(headers.get(i))).rank()));
        return found;
    }
}
