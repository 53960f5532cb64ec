package com.rotadesk.app.cli;

import com.rotadesk.app.headoffice.WeeklyOffices;
import com.rotadesk.persistence.OfficeCopy;
import com.rotadesk.persistence.OfficeStore;
import com.rotadesk.persistence.ServerConfig;
import com.rotadesk.persistence.ServerOffice;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The command line's shared-mode commands (decision 0008): {@code migrate} moves an office from a data folder to a
 * server and back, {@code report-offices} is the head office's weekly summary of every office on a server.
 */
final class ServerCommands {
    private final PrintStream out;
    private final PrintStream err;

    ServerCommands(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /**
     * {@code migrate --data-dir DIR --to URL [--office CODE]}: the folder's office into a new office on the server
     * (the folder is only read); {@code migrate --db URL [--office CODE] --to NEW_DIR}: the server's office into a
     * new data folder.
     */
    int migrate(Path folder, boolean folderGiven, String db, String office, String to) {
        if (to == null) {
            throw new IllegalArgumentException("migrate needs --to: a server (jdbc:postgresql://HOST/DB) or a new folder");
        }
        if (ServerOffice.isServerUrl(to)) {
            if (db != null) {
                throw new IllegalArgumentException("migrate copies a data folder (--data-dir) to a server, or a server"
                        + " (--db) to a new folder: not a server to a server");
            }
            ServerOffice target = ServerConfig.resolve(to, office, false, folder, Map.of()).orElseThrow();
            target = withCredentials(target, folder);
            OfficeCopy.Copied c = OfficeCopy.toServer(folder, target);
            out.println("copied " + folder + " to " + target.describe() + ": " + c.entries() + " journal entries, "
                    + c.rows() + " rows, head " + c.head().text());
            return report(c);
        }
        if (db == null && !folderGiven) {
            throw new IllegalArgumentException("migrate needs --data-dir DIR (to a server) or --db URL (to a new folder)");
        }
        ServerOffice source = ServerConfig.resolve(db, office, false, folder).orElseThrow(
                () -> new IllegalArgumentException("migrate to a folder needs --db URL: the server office to copy"));
        Path target = Path.of(to).toAbsolutePath();
        OfficeCopy.Copied c = OfficeCopy.toFolder(source, target);
        out.println("copied " + source.describe() + " to " + target + ": " + c.entries() + " journal entries, "
                + c.rows() + " rows, head " + c.head().text());
        return report(c);
    }

    /** The credentials of the environment or the folder's server.properties, for an address given as --to. */
    private static ServerOffice withCredentials(ServerOffice target, Path folder) {
        ServerOffice named = ServerConfig.resolve(target.url(), target.office(), false, folder).orElseThrow();
        return new ServerOffice(target.url(), named.user(), named.password(), target.office(), false);
    }

    private int report(OfficeCopy.Copied c) {
        if (c.report().intact()) {
            out.println("verified where it landed: journal intact, " + c.report().entries() + " entries, head "
                    + c.report().head().text());
            c.report().anchors().forEach(line -> out.println("  anchor: " + line));
            return 0;
        }
        err.println("rotadesk: the copy does not verify at entry " + c.report().firstBroken() + ": "
                + c.report().reason());
        return 1;
    }

    /**
     * {@code report-offices --db URL --from D --to D2 [--format csv]}: per office of the server and per week, the
     * visits, calls and deals of the offices' daily summaries. Reads only (each office is opened view-only).
     */
    int reportOffices(Path folder, String db, String from, String to, String format) {
        if (from == null || to == null) {
            throw new IllegalArgumentException("report-offices needs --from YYYY-MM-DD and --to YYYY-MM-DD");
        }
        LocalDate start;
        LocalDate end;
        try {
            start = LocalDate.parse(from);
            end = LocalDate.parse(to);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("dates are YYYY-MM-DD: " + e.getParsedString());
        }
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("--to " + end + " is before --from " + start);
        }
        if (format != null && !format.equals("csv") && !format.equals("text")) {
            throw new IllegalArgumentException("--format is csv or text");
        }
        ServerOffice server = ServerConfig.resolve(db, null, true, folder).orElseThrow(
                () -> new IllegalArgumentException("report-offices needs --db jdbc:postgresql://HOST/DB"));
        List<String> offices = OfficeStore.offices(server);
        if (offices.isEmpty()) {
            err.println("rotadesk: the server " + ServerOffice.shown(server.url()) + " holds no RotaDesk office");
            return 1;
        }
        WeeklyOffices weekly = new WeeklyOffices();
        List<WeeklyOffices.Row> rows = new ArrayList<>();
        for (String code : offices) {
            try (OfficeStore store = OfficeStore.open(server.office(code).readOnly())) {
                String name = store.engine().profile() == null ? code : store.engine().profile().name();
                rows.addAll(weekly.office(code, name, store.days(), start, end, store::engineAt));
            }
        }
        out.print("csv".equals(format) ? WeeklyOffices.csv(rows) : WeeklyOffices.table(rows));
        return 0;
    }
}
