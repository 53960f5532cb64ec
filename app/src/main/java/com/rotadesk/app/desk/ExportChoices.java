package com.rotadesk.app.desk;

import com.rotadesk.app.sheets.DateRange;
import com.rotadesk.app.sheets.SheetFormat;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;

/** What an export dialog asks before it writes: a range of days, the formats ticked, a folder that can be used. */
final class ExportChoices {
    private ExportChoices() {
    }

    /** The days typed (as typed, even before Enter), or null with the reason told in words. */
    static DateRange range(Texts t, DatePicker from, DatePicker to, Consumer<String> problem) {
        java.time.LocalDate first = DayPicker.commit(from);
        java.time.LocalDate last = DayPicker.commit(to);
        if (first == null || last == null) {
            problem.accept(t.get("export.noDates"));
            return null;
        }
        if (last.isBefore(first)) {
            problem.accept(t.get("export.toBeforeFrom", DayPicker.words(t, last), DayPicker.words(t, first)));
            return null;
        }
        return new DateRange(first, last);
    }

    /** The formats ticked, or null with the reason told when none is. */
    static Set<SheetFormat> formats(Texts t, CheckBox pdf, CheckBox xlsx, CheckBox csv, Consumer<String> problem) {
        Set<SheetFormat> formats = EnumSet.noneOf(SheetFormat.class);
        if (pdf.isSelected()) {
            formats.add(SheetFormat.PDF);
        }
        if (xlsx.isSelected()) {
            formats.add(SheetFormat.XLSX);
        }
        if (csv.isSelected()) {
            formats.add(SheetFormat.CSV);
        }
        if (formats.isEmpty()) {
            problem.accept(t.get("export.noFormat"));
            return null;
        }
        return formats;
    }

    /**
     * The folder typed or chosen, created when missing; null (with the reason told) when it cannot be used.
     *
     * @param noFolderKey what to say when nothing is typed
     */
    static Path folder(Texts t, String typed, String noFolderKey, Consumer<String> problem) {
        String text = typed.strip();
        if (text.isEmpty()) {
            problem.accept(t.get(noFolderKey));
            return null;
        }
        Path dir;
        try {
            dir = Path.of(text).toAbsolutePath();
            Files.createDirectories(dir);
        } catch (InvalidPathException | IOException e) {
            problem.accept(t.get("export.cannotCreate", text));
            return null;
        }
        if (!Files.isWritable(dir)) {
            problem.accept(t.get("export.notWritable", dir));
            return null;
        }
        return dir;
    }
}
