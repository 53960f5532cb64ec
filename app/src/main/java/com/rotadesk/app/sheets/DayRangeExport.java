package com.rotadesk.app.sheets;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every day of a date range exported into one folder, day by day: the one path the command line and the desk share,
 * so that both write the same files under the same names. Days without records are passed over.
 */
public final class DayRangeExport {
    private final SheetExporter exporter;

    /** Exports with this exporter. */
    public DayRangeExport(SheetExporter exporter) {
        this.exporter = exporter;
    }

    /** Where a day's sheets come from (the store replays the journal to the end of that day). */
    @FunctionalInterface
    public interface Days {
        /** The day's sheets; a failure is reported as that day's. */
        DaySheets sheetsOf(LocalDate day);
    }

    /** Told before each day of the range, and asked between days whether to stop. */
    public interface Progress {
        /** Nobody listening, never cancelled. */
        Progress NONE = new Progress() {
        };

        /** Day {@code number} of {@code total} (the range's calendar days, from 1) is next. */
        default void day(int number, int total, LocalDate day) {
        }

        /** True when the user has cancelled: the days already written stay, the rest is not started. */
        default boolean cancelled() {
            return false;
        }
    }

    /**
     * What was written.
     *
     * @param days      how many days had records and were written
     * @param files     the files written, in order
     * @param cancelled whether the export stopped early at the user's request
     */
    public record Result(int days, List<Path> files, boolean cancelled) {
        /** Copies the list. */
        public Result {
            files = List.copyOf(files);
        }
    }

    /**
     * Exports every day of {@code range} that {@code withData} holds.
     *
     * @throws SheetExportException when a day cannot be built or written; the days before it stay written
     */
    public Result export(DateRange range, Set<LocalDate> withData, Days days, Path folder, Set<SheetFormat> formats,
            SheetOptions options, Progress progress) throws SheetExportException {
        List<Path> files = new ArrayList<>();
        int exported = 0;
        int number = 0;
        for (LocalDate day : range.days()) {
            if (progress.cancelled()) {
                return new Result(exported, files, true);
            }
            progress.day(++number, range.length(), day);
            if (!withData.contains(day)) {
                continue;
            }
            DaySheets sheets;
            try {
                sheets = days.sheetsOf(day);
            } catch (RuntimeException e) {
                throw new SheetExportException("Could not build the sheets of " + day + ": " + e.getMessage(), e);
            }
            files.addAll(exporter.export(sheets, folder, formats, options));
            exported++;
        }
        return new Result(exported, files, false);
    }
}
