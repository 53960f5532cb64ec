package com.rotadesk.persistence;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderNameCase;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * One office's journal stream on a PostgreSQL server (decision 0008): connecting as the office's schema, migrating
 * it, the head row every append locks, the notification that wakes the other desks, and the server's catalogue of
 * offices with their erasure ledger.
 */
final class ServerStream {
    private static final Logger LOG = LoggerFactory.getLogger(ServerStream.class);
    /** The schema of the server's catalogue: its offices and their erasure ledger. */
    static final String CATALOGUE = "rotadesk";
    /** How long a connection attempt may take before the server counts as away. */
    static final int CONNECT_SECONDS = 5;
    /**
     * How long one statement may wait for an answer on an open connection. Long enough for the slowest statement a
     * desk sends (a rebuild's batch, a migration's copy), short enough that a server that vanished without closing
     * the connection is noticed.
     */
    static final int SOCKET_SECONDS = 120;

    private final ServerOffice office;

    ServerStream(ServerOffice office) {
        this.office = office;
    }

    ServerOffice office() {
        return office;
    }

    /** A new connection whose unqualified names are the office's schema. */
    Connection connect() throws SQLException {
        return connect(office.schema(), office.viewOnly());
    }

    /**
     * The follower's connection: a short socket timeout, so a heartbeat the server does not answer tells within
     * seconds that it is away.
     */
    Connection connectFollower() throws SQLException {
        return connect(office.schema(), true, FOLLOWER_SOCKET_SECONDS);
    }

    /** The follower's socket timeout. */
    static final int FOLLOWER_SOCKET_SECONDS = 5;

    private Connection connect(String schema, boolean readOnly) throws SQLException {
        return connect(schema, readOnly, SOCKET_SECONDS);
    }

    private Connection connect(String schema, boolean readOnly, int socketSeconds) throws SQLException {
        Properties p = new Properties();
        if (office.user() != null) {
            p.setProperty("user", office.user());
        }
        if (office.password() != null) {
            p.setProperty("password", office.password());
        }
        p.setProperty("currentSchema", schema);
        p.setProperty("connectTimeout", Integer.toString(CONNECT_SECONDS));
        p.setProperty("socketTimeout", Integer.toString(socketSeconds));
        p.setProperty("tcpKeepAlive", "true");
        p.setProperty("ApplicationName", "RotaDesk " + office.office());
        if (readOnly) {
            // every statement in a read-only transaction: the server refuses a write whatever the role may do
            p.setProperty("readOnly", "true");
            p.setProperty("readOnlyMode", "always");
        }
        Connection c = DriverManager.getConnection(office.url(), p);
        c.setAutoCommit(true);
        return c;
    }

    /** A connection to the catalogue only (listing the offices). */
    Connection connectCatalogue() throws SQLException {
        return connect(CATALOGUE, office.viewOnly());
    }

    /**
     * The dialect chosen at run time. The generated code names tables and columns as H2 folds them (upper case);
     * rendered in lower case they are the names PostgreSQL folded the same migrations to.
     */
    static DSLContext dsl(Connection c) {
        return DSL.using(c, SQLDialect.POSTGRES, new Settings().withRenderNameCase(RenderNameCase.LOWER));
    }

    /**
     * Brings the catalogue and the office's schema to this RotaDesk's version (Flyway takes the server's own lock, so
     * two desks starting at once migrate once) and records the office in the catalogue.
     */
    void migrate() {
        // a desk opens an office that is almost always current: asking Flyway what is pending is one pass over the
        // schema's history, where migrate() after it would be a second, with Flyway's lock, on every start
        Flyway catalogue = Migrations.catalogue(office).load();
        if (Migrations.unfinished(catalogue.info())) {
            catalogue.migrate();
        }
        Flyway schema = Migrations.office(office).load();
        MigrationInfoService info = schema.info();
        refuseNewer(info);
        if (Migrations.unfinished(info)) {
            schema.migrate();
        }
        try (Connection c = connect()) {
            dsl(c).execute("INSERT INTO " + CATALOGUE + ".office (code, schema_name) VALUES (?, ?)"
                    + " ON CONFLICT (code) DO NOTHING", office.office(), office.schema());
        } catch (SQLException e) {
            throw failure(e, "cannot record the office " + office.office() + " in the server's catalogue");
        }
    }

    /**
     * For a board that only reads: the office must exist at this RotaDesk's schema (a desk that writes creates and
     * upgrades it; this one cannot).
     */
    void requireCurrent() {
        var info = Migrations.office(office).load().info();
        if (info.current() == null) {
            throw new StoreException(StoreException.Problem.NO_OFFICE, "the server " + ServerOffice.shown(office.url())
                    + " holds no office " + office.office() + ": open it once from a desk that may write",
                    null, office.describe(), null);
        }
        refuseNewer(info);
        if (info.pending().length > 0) {
            throw new StoreException(StoreException.Problem.SCHEMA_BEHIND, "the office " + office.office()
                    + " on the server is at an older version: open it once from a desk that may write, which upgrades it",
                    null, office.describe(), null);
        }
    }

    /**
     * A server office migrated by a newer RotaDesk: this one must not write to it (nor read it wrongly). Flyway
     * itself ignores such "future" migrations, so this is asked explicitly.
     */
    private void refuseNewer(MigrationInfoService info) {
        for (var m : info.applied()) {
            if (m.getState().name().startsWith("FUTURE")) {
                throw new StoreException(StoreException.Problem.SCHEMA_AHEAD, "the office " + office.office()
                        + " on the server was upgraded by a newer RotaDesk (schema " + m.getVersion()
                        + "): install the newer RotaDesk on this PC", null, office.describe(), null);
            }
        }
    }

    /** The stream's head, locked until the caller's transaction ends: appends from all desks go one at a time. */
    ChainHead lockHead(DSLContext tx) {
        Record r = tx.fetchOne("SELECT seq, hash FROM office_head WHERE id = 1 FOR UPDATE");
        if (r == null) {
            throw new StoreException(StoreException.Problem.CORRUPT, "the office " + office.office()
                    + " on the server has lost its head row (office_head)");
        }
        return new ChainHead(r.get(0, Long.class), r.get(1, String.class));
    }

    /** The stream's head as committed, read without a lock. */
    ChainHead head(DSLContext db) {
        Record r = db.fetchOne("SELECT seq, hash FROM office_head WHERE id = 1");
        return r == null ? null : new ChainHead(r.get(0, Long.class), r.get(1, String.class));
    }

    /**
     * Moves the head from {@code from} (locked) to the entry just inserted, and wakes every desk that follows the
     * office when the transaction commits (PostgreSQL delivers a notification at commit, never before).
     */
    void moveHead(DSLContext tx, ChainHead from, ChainHead to) {
        int moved = tx.execute("UPDATE office_head SET seq = ?, hash = ? WHERE id = 1 AND seq = ? AND hash = ?",
                to.seq(), to.hash(), from.seq(), from.hash());
        if (moved != 1) {
            throw new StoreException(StoreException.Problem.CORRUPT, "the head of office " + office.office()
                    + " moved while it was locked");
        }
        tx.execute("SELECT pg_notify(?, ?)", channel(), Long.toString(to.seq()));
    }

    /** The notification channel of this office. */
    String channel() {
        return "rotadesk_" + office.schema();
    }

    /** The office's erasure ledger, oldest first, from the server's catalogue. */
    List<Ledger.Line> ledger(DSLContext db) {
        List<String> lines = db.fetch("SELECT line FROM " + CATALOGUE + ".ledger WHERE office = ? ORDER BY line_no",
                office.office()).getValues(0, String.class);
        return Ledger.parse(lines, "the server's erasure ledger of office " + office.office());
    }

    /**
     * Appends a line to the office's ledger in a transaction of its own, committed before the erasure it announces
     * is done (as the ledger file is forced to disk first).
     */
    void appendLedger(DSLContext db, Ledger.Line line) {
        db.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            // the catalogue's row of this office, locked: two desks erasing at once number their lines in turn
            tx.fetch("SELECT code FROM " + CATALOGUE + ".office WHERE code = ? FOR UPDATE", office.office());
            Long last = tx.fetchOne("SELECT MAX(line_no) FROM " + CATALOGUE + ".ledger WHERE office = ?",
                    office.office()).get(0, Long.class);
            tx.execute("INSERT INTO " + CATALOGUE + ".ledger (office, line_no, line) VALUES (?, ?, ?)", office.office(),
                    last == null ? 1 : last + 1, Ledger.text(line));
        });
    }

    /** Every office on the server, by code, from its catalogue; empty when RotaDesk never ran there. */
    List<String> offices() {
        try (Connection c = connectCatalogue()) {
            DSLContext db = dsl(c);
            if (db.fetchOne("SELECT to_regclass(?)", CATALOGUE + ".office").get(0) == null) {
                return List.of();
            }
            return new ArrayList<>(db.fetch("SELECT code FROM " + CATALOGUE + ".office ORDER BY code")
                    .getValues(0, String.class));
        } catch (SQLException | RuntimeException e) {
            throw failure(e, "cannot list the offices on " + ServerOffice.shown(office.url()));
        }
    }

    /** A failure said in terms of the server (away, refused login, no such database) and this office. */
    StoreException failure(Throwable e, String what) {
        StoreException s = Failures.ofServer(e, what, office);
        LOG.debug("{}: {}", what, s.problem(), e);
        return s;
    }
}
