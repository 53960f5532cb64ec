package com.rotadesk.app.sheets;

import java.util.List;

/** Turns a day's sheets into documents in one language, in the order they are printed. */
public final class SheetLayouts {

    /** The four documents of the day for these options. */
    public List<SheetDocument> layout(DaySheets sheets, SheetOptions options) {
        SheetWords words = new SheetWords(options);
        RegisterLayout registers = new RegisterLayout(words);
        return List.of(new RotationSheetLayout(words).layout(sheets.rotation(), sheets.anchor()),
                registers.visits(sheets.visits(), sheets.anchor()),
                registers.calls(sheets.calls()), new DailySummaryLayout(words).layout(sheets.summary()));
    }
}
