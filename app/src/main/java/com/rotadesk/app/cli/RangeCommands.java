package com.rotadesk.app.cli;

import com.rotadesk.app.desk.Texts;
import com.rotadesk.app.sheets.DateRange;
import com.rotadesk.app.sheets.RangeReports;
import com.rotadesk.app.sheets.RangeWork;
import com.rotadesk.app.sheets.SheetDocument;
import com.rotadesk.app.sheets.SheetExportException;
import com.rotadesk.app.sheets.SheetFormat;
import com.rotadesk.app.sheets.SheetKind;
import com.rotadesk.app.sheets.SheetOptions;
import com.rotadesk.model.review.PolicyChange;
import com.rotadesk.model.review.Review;
import com.rotadesk.model.review.Simulation;
import com.rotadesk.persistence.OfficeStore;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code report} (the month in review of a date range) and {@code simulate} (the same range under changed
 * policies), for scripts: the desk's Office → Month in review and Office → What if… write the same files.
 */
final class RangeCommands {
    private final PrintStream out;
    private final PrintStream err;

    RangeCommands(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** {@code report --from D [--to D2] [--format pdf,xlsx,csv] --out DIR [--lang zh|en]}. */
    int report(Supplier<OfficeStore> opener, Commands.Arguments a) {
        DateRange range = range(a);
        Set<SheetFormat> formats = formats(a.optionOr("format", "pdf,xlsx,csv"));
        Path dir = outFolder(a);
        if (dir == null) {
            return 1;
        }
        SheetOptions options = new SheetOptions(locale(a), false);
        try (OfficeStore store = opener.get()) {
            Review review = RangeWork.review(range, store::recordedDays, RangeWork.Progress.NONE).orElseThrow();
            if (review.days().isEmpty()) {
                return nothing(store, range);
            }
            RangeReports reports = RangeReports.standard();
            SheetDocument doc = reports.review(review, office(store), options);
            List<Path> files = reports.write(doc, RangeReports.name(SheetKind.REVIEW, range.from(), range.to()), dir,
                    formats);
            out.println("reported " + review.days().size() + " day(s) from " + range.from() + " to " + range.to() + ": "
                    + files.size() + " file(s) in " + dir.toAbsolutePath());
            return 0;
        } catch (SheetExportException e) {
            err.println("rotadesk: " + e.getMessage());
            return 1;
        }
    }

    /** {@code simulate --from D [--to D2] --policy KEY=VALUE... --out DIR [--lang zh|en]}: PDF and CSV. */
    int simulate(Supplier<OfficeStore> opener, Commands.Arguments a) {
        DateRange range = range(a);
        List<String> policy = a.all("policy");
        if (policy.isEmpty()) {
            throw new IllegalArgumentException("simulate needs --policy KEY=VALUE (for example --policy makeUpCap=2)");
        }
        PolicyChange change = PolicyChange.parse(policy);
        Path dir = outFolder(a);
        if (dir == null) {
            return 1;
        }
        Locale locale = locale(a);
        try (OfficeStore store = opener.get()) {
            Simulation s = RangeWork.simulate(range, change, store::recordedDays, RangeWork.Progress.NONE).orElseThrow();
            if (s.days() == 0) {
                return nothing(store, range);
            }
            RangeReports reports = RangeReports.standard();
            SheetDocument doc = reports.simulation(s, office(store), new SheetOptions(locale, false),
                    new Texts(locale).refusalWords());
            List<Path> files = reports.write(doc, RangeReports.name(SheetKind.SIMULATION, range.from(), range.to()), dir,
                    EnumSet.of(SheetFormat.PDF, SheetFormat.CSV));
            out.println("changed: " + change + "; nothing was journaled");
            files.forEach(f -> out.println("  written: " + f.toAbsolutePath()));
            if (s.sameRules()) {
                out.println(s.reproduced()
                        ? "these days ran under exactly these rules: the replay reproduces the record exactly"
                        : "the replay under the rules these days ran with differs from the record");
            }
            out.println(s.summary());
            if (s.sameRules() && !s.reproduced()) {
                err.println("rotadesk: replaying the days under their own rules did not reproduce them: this is a fault"
                        + " of RotaDesk; the details are in the log");
                return 1;
            }
            return 0;
        } catch (SheetExportException e) {
            err.println("rotadesk: " + e.getMessage());
            return 1;
        }
    }

    private int nothing(OfficeStore store, DateRange range) {
        err.println("rotadesk: " + (store.serverOffice() != null ? "the office " + store.serverOffice().office()
                : "the data folder") + " holds no day with records from " + range.from() + " to " + range.to());
        return 1;
    }

    private static String office(OfficeStore store) {
        var profile = store.engine().profile();
        return profile == null ? "" : profile.name();
    }

    private static DateRange range(Commands.Arguments a) {
        String from = a.option("from");
        if (from == null) {
            throw new IllegalArgumentException(a.command() + " needs --from YYYY-MM-DD");
        }
        LocalDate first;
        LocalDate last;
        try {
            first = LocalDate.parse(from);
            last = a.option("to") == null ? first : LocalDate.parse(a.option("to"));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("dates are YYYY-MM-DD: " + e.getParsedString());
        }
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("--to " + last + " is before --from " + first);
        }
        return new DateRange(first, last);
    }

    private static Set<SheetFormat> formats(String text) {
        Set<SheetFormat> formats = EnumSet.noneOf(SheetFormat.class);
        for (String f : text.split(",")) {
            try {
                formats.add(SheetFormat.valueOf(f.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown format '" + f + "' (pdf, xlsx, csv)");
            }
        }
        return formats;
    }

    /** The output folder, created when missing; null (the reason told) when it cannot be. */
    private Path outFolder(Commands.Arguments a) {
        String dir = a.option("out");
        if (dir == null) {
            throw new IllegalArgumentException(a.command() + " needs --out DIR");
        }
        Path path = Path.of(dir);
        try {
            Files.createDirectories(path);
        } catch (IOException e) {
            err.println("rotadesk: cannot create the folder " + dir + ": " + e.getMessage());
            return null;
        }
        return path;
    }

    private static Locale locale(Commands.Arguments a) {
        String lang = a.optionOr("lang", Locale.getDefault().getLanguage().equals("zh") ? "zh" : "en");
        return switch (lang) {
            case "zh" -> Locale.SIMPLIFIED_CHINESE;
            case "en" -> Locale.ENGLISH;
            default -> throw new IllegalArgumentException("--lang is zh or en");
        };
    }
}
