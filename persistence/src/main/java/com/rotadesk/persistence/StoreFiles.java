package com.rotadesk.persistence;


import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * The database file's life outside a running store: refusing a missing or empty database in a folder that held an
 * office, building a new one aside and moving it into place only when complete, and upgrading a copy aside (after
 * a backup) so that a kill during a migration leaves the old database untouched.
 */
final class StoreFiles {
    private StoreFiles() {
    }

    static Path db(Path folder) {
        return folder.resolve(OfficeStore.DB_NAME + ".mv.db");
    }

    /** True when the folder shows an office lived here: a head record, a ledger or a backup. */
    static boolean heldAnOffice(Path folder) {
        return Files.exists(HeadRecord.of(folder)) || Files.exists(Ledger.of(folder))
                || !Backups.list(folder).isEmpty();
    }

    /** The database is missing or empty: the folder is damaged, never silently a new office. */
    static StoreException damaged(Path folder, String what) {
        Optional<Path> newest = Backups.newest(folder);
        return new StoreException(StoreException.Problem.CORRUPT, "the database in " + folder + " " + what
                + newest.map(p -> ": restore the newest backup, rotadesk restore " + p).orElse(": no backup was found"),
                null, null, newest.orElse(null));
    }

    /** Refuses a folder whose database is missing (with traces of an office) or empty; true when there is one. */
    static boolean check(Path folder) {
        Path db = db(folder);
        if (!Files.exists(db)) {
            if (heldAnOffice(folder)) {
                throw damaged(folder, "is missing");
            }
            return false;
        }
        try {
            if (Files.size(db) == 0) {
                throw damaged(folder, "is empty (0 bytes)");
            }
        } catch (IOException e) {
            throw Failures.of(e, "cannot read " + db, folder);
        }
        return true;
    }

    /** Makes sure the folder has a database at the current schema. Call with the folder's lock held. */
    static void prepare(Path folder) {
        if (!check(folder)) {
            buildAside(folder);
        } else if (pending(OfficeStore.url(folder))) {
            upgradeAside(folder);
        }
    }

    private static void buildAside(Path folder) {
        Path scratch = Leftovers.scratch(folder, ".build-");
        try {
            migrate(scratch);
            Files.move(db(scratch), db(folder), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw Failures.of(e, "cannot create the RotaDesk database in " + folder, folder);
        } finally {
            Leftovers.deleteTree(scratch);
        }
    }

    /**
     * Backs the database up as it is, migrates a copy, and moves the copy over the original only when every
     * migration finished. A failed or killed migration leaves the original as it was (and the backup beside it).
     */
    private static void upgradeAside(Path folder) {
        Path live = db(folder);
        Optional<ChainHead> head = OfficeStore.headOf(live);
        if (head.isEmpty()) {
            throw Failures.of(new SQLException("not a RotaDesk database", "", 90030),
                    "cannot open the RotaDesk database in " + folder, folder);
        }
        Backups.ofFile(live, folder, head.get(), Ledger.erasures(folder).size());
        Path scratch = Leftovers.scratch(folder, ".upgrade-");
        try {
            Files.copy(live, db(scratch));
            migrate(scratch);
            Files.move(db(scratch), live, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            throw Failures.of(e, "cannot upgrade the RotaDesk database in " + folder
                    + " (it is as it was, and backed up)", folder);
        } finally {
            Leftovers.deleteTree(scratch);
        }
    }

    /** Migrates the database in {@code dir} to the current schema and closes it, its file complete on disk. */
    static void migrate(Path dir) throws IOException {
        String url = OfficeStore.url(dir);
        Migrations.h2(url).load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw Failures.of(e, "cannot close the new database", dir);
        }
        Leftovers.force(db(dir));
        OwnerOnly.set(db(dir));
    }

    /**
     * True when the database at {@code url} lacks a migration this RotaDesk has. A folder is almost always current,
     * and Flyway's answer costs its classes and a scan of the class path, a second of a cold start: so the schema's
     * history is read first, and Flyway asked only when it does not show this build's newest migration applied and
     * none failed (a folder behind, a failed upgrade, a history that cannot be read: Flyway says what is wrong).
     */
    static boolean pending(String url) {
        if (atNewest(url)) {
            return false;
        }
        // a failed migration is "pending" too: the upgrade's migrate() then refuses it with Flyway's own message
        return Migrations.unfinished(Migrations.h2(url).load().info());
    }

    /** True when the history shows this build's newest migration applied and none failed (repairs' deletions aside). */
    static boolean atNewest(String url) {
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\""
                        + " WHERE \"version\" IS NOT NULL AND \"type\" <> 'DELETE'")) {
            boolean newest = false;
            while (r.next()) {
                if (!r.getBoolean(2)) {
                    return false;
                }
                newest |= Migrations.NEWEST_H2.equals(r.getString(1));
            }
            return newest;
        } catch (SQLException e) {
            return false;
        }
    }

    /** A read-only view of a database file: reads nothing into it, writes nothing to it. */
    static String readOnlyUrl(Path dbFile) {
        String base = dbFile.toAbsolutePath().toString();
        return "jdbc:h2:file:" + base.substring(0, base.length() - ".mv.db".length())
                + ";ACCESS_MODE_DATA=r;DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0";
    }

    /** The office identity in a database file, or null when it has none (before V7) or cannot be read. */
    static String officeIn(Path dbFile) {
        if (!Files.isRegularFile(dbFile)) {
            return null;
        }
        try (Connection c = DriverManager.getConnection(readOnlyUrl(dbFile), "sa", "");
                Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id FROM office_identity")) {
            return r.next() ? r.getString(1) : null;
        } catch (SQLException e) {
            return null;
        }
    }
}
