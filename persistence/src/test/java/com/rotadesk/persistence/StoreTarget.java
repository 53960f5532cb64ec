package com.rotadesk.persistence;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Where a test's office lives. By default an H2 data folder; with {@code rotadesk.store.server=jdbc:postgresql://…}
 * (the build's second run of the store suite, given {@code -Drotadesk.test.server=URL} as {@code .ci/run} does) a new office of its own on that
 * PostgreSQL server, dropped afterwards. The store suite runs unchanged against both; what only a data folder has
 * (files, backups, a full disk) is tested on H2 alone.
 */
abstract sealed class StoreTarget implements AutoCloseable {
    /** The server the store suite runs against, or null for H2 (the build's second run sets it). */
    static final String SERVER = blankToNull(System.getProperty("rotadesk.store.server"));
    /** A read-only role's URL on the same server, or null. */
    static final String VIEW = blankToNull(System.getProperty("rotadesk.store.server.view"));
    /**
     * The command that stops and starts the server ({@code CTL stop}, {@code CTL start}), its words apart by spaces
     * or commas (CI passes it through MAVEN_ARGS, which splits at spaces), or null.
     */
    static final String CTL = blankToNull(System.getProperty("rotadesk.store.server.ctl"));

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** True when this run of the suite is against a PostgreSQL server. */
    static boolean onServer() {
        return SERVER != null;
    }

    /** The office of a test: in {@code folder} (H2), or a new office on the server. */
    static StoreTarget of(Path folder) {
        return SERVER == null ? new Folder(folder) : new Server(newOffice());
    }

    /** A new office code on the test server. */
    static ServerOffice newOffice() {
        byte[] b = new byte[5];
        ThreadLocalRandom.current().nextBytes(b);
        return new ServerOffice(SERVER, null, null, "t" + HexFormat.of().formatHex(b), false);
    }

    abstract OfficeStore open();

    /** {@code verify} as the command line runs it: reads only. */
    abstract VerifyReport verify(List<ChainHead> paper);

    /** A plain connection to the office's tables, for a test that edits them behind RotaDesk's back. */
    abstract Connection jdbc() throws SQLException;

    /** jOOQ over such a connection, in the office's dialect. */
    abstract DSLContext dsl(Connection c);

    /** What the head of the chain is kept in, as verify names it. */
    abstract String headAnchor();

    /** Runs SQL statements against the office's tables. */
    void sql(String... statements) throws SQLException {
        try (Connection c = jdbc(); Statement s = c.createStatement()) {
            for (String st : statements) {
                s.execute(st);
            }
        }
    }

    boolean h2() {
        return this instanceof Folder;
    }

    /** An H2 data folder. */
    static final class Folder extends StoreTarget {
        final Path folder;

        Folder(Path folder) {
            this.folder = folder;
        }

        @Override
        OfficeStore open() {
            return OfficeStore.open(folder);
        }

        @Override
        VerifyReport verify(List<ChainHead> paper) {
            return OfficeStore.verify(folder, paper);
        }

        @Override
        Connection jdbc() throws SQLException {
            return DriverManager.getConnection(OfficeStore.url(folder), "sa", "");
        }

        @Override
        DSLContext dsl(Connection c) {
            return DSL.using(c, SQLDialect.H2);
        }

        @Override
        String headAnchor() {
            return "the head record";
        }

        @Override
        public void close() {
            // the folder is the test's temporary directory
        }
    }

    /** A new office on the test server, dropped when the test ends. */
    static final class Server extends StoreTarget {
        final ServerOffice office;

        Server(ServerOffice office) {
            this.office = office;
        }

        @Override
        OfficeStore open() {
            return OfficeStore.open(office);
        }

        @Override
        VerifyReport verify(List<ChainHead> paper) {
            return OfficeStore.verify(office, paper);
        }

        @Override
        Connection jdbc() throws SQLException {
            return new ServerStream(office).connect();
        }

        @Override
        DSLContext dsl(Connection c) {
            return ServerStream.dsl(c);
        }

        @Override
        String headAnchor() {
            return "the head row";
        }

        @Override
        public void close() throws SQLException {
            drop(office);
        }

        /** Removes an office and its ledger from the test server. */
        static void drop(ServerOffice office) throws SQLException {
            try (Connection c = new ServerStream(office).connect(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + office.schema() + " CASCADE");
                s.execute("DO $$ BEGIN IF to_regclass('rotadesk.office') IS NOT NULL THEN"
                        + " DELETE FROM rotadesk.ledger WHERE office = '" + office.office() + "';"
                        + " DELETE FROM rotadesk.office WHERE code = '" + office.office() + "'; END IF; END $$");
            }
        }
    }
}
