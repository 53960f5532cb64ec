package com.rotadesk.persistence;

import org.jooq.DSLContext;
import org.jooq.Loader;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableRecord;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static com.rotadesk.persistence.jooq.Tables.CLIENT;
import static com.rotadesk.persistence.jooq.Tables.CLIENT_VERSION;
import static com.rotadesk.persistence.jooq.Tables.CONSULTANT_DAY;
import static com.rotadesk.persistence.jooq.Tables.DAY_CLIENT;
import static com.rotadesk.persistence.jooq.Tables.DAY_OPENING;
import static com.rotadesk.persistence.jooq.Tables.EARLIER_CORRECTION;
import static com.rotadesk.persistence.jooq.Tables.JOURNAL;
import static com.rotadesk.persistence.jooq.Tables.JOURNAL_ROW;
import static com.rotadesk.persistence.jooq.Tables.OFFICE_IDENTITY;
import static com.rotadesk.persistence.jooq.Tables.PERSON;
import static com.rotadesk.persistence.jooq.Tables.SETTING;
import static com.rotadesk.persistence.jooq.Tables.VISIT;

/**
 * Moves an office between a data folder and a server ({@code rotadesk migrate}, decision 0008): every row as it is
 * (the journal with its hashes, its rows and the person rows they commit to, the read tables, the settings, the
 * office's identity), the erasure ledger, and the head; then the copy is verified where it landed, against the head
 * the source recorded. The source is only read: a data folder is opened read-only, a server office is read in one
 * snapshot while its desks go on working.
 */
public final class OfficeCopy {
    /** Tables in the order their references need (person rows before the journal, the journal before its rows). */
    private static final List<Table<? extends TableRecord<?>>> TABLES = List.of(PERSON, JOURNAL, JOURNAL_ROW,
            OFFICE_IDENTITY, VISIT, CONSULTANT_DAY, CLIENT, CLIENT_VERSION, DAY_CLIENT, DAY_OPENING, SETTING,
            EARLIER_CORRECTION);
    private static final int BATCH = 1_000;

    private OfficeCopy() {
    }

    /**
     * What was copied, and the copy's verification.
     *
     * @param rows    rows copied, all tables
     * @param entries journal entries
     * @param head    where the copy's chain ends (the source's head)
     * @param report  verify of the copy where it landed
     */
    public record Copied(long rows, long entries, ChainHead head, VerifyReport report) {
    }

    /**
     * Copies the office in a data folder into a new office on a server, leaving the folder untouched. Refuses a
     * folder whose journal is broken, and a server office that already holds entries.
     */
    public static Copied toServer(Path folder, ServerOffice target) {
        OfficeStore.requireOffice(folder);
        if (target.viewOnly()) {
            throw new StoreException(StoreException.Problem.VIEW_ONLY, "a view-only role cannot receive an office");
        }
        VerifyReport source = OfficeStore.verify(folder, List.of());
        if (!source.intact()) {
            throw new StoreException(StoreException.Problem.TAMPERED, "the journal in " + folder + " is broken at entry "
                    + source.firstBroken() + " (" + source.reason() + "): it was not copied; restore a backup first");
        }
        ServerStream stream = new ServerStream(target);
        Path file = StoreFiles.db(folder);
        Path copy = null;
        try {
            if (StoreFiles.pending(StoreFiles.readOnlyUrl(file))) {
                // an office from an older RotaDesk: its copy outside the folder is upgraded and read instead
                copy = Files.createTempDirectory("rotadesk-migrate-");
                Files.copy(file, StoreFiles.db(copy));
                StoreFiles.migrate(copy);
                file = StoreFiles.db(copy);
            }
            stream.migrate();
            long rows;
            try (Connection from = DriverManager.getConnection(StoreFiles.readOnlyUrl(file), "sa", "");
                    Connection to = stream.connect()) {
                DSLContext src = org.jooq.impl.DSL.using(from, org.jooq.SQLDialect.H2);
                DSLContext dst = ServerStream.dsl(to);
                rows = dst.transactionResult(cfg -> {
                    DSLContext tx = cfg.dsl();
                    ChainHead locked = stream.lockHead(tx);
                    long held = tx.fetchCount(JOURNAL);
                    if (held > 0 || locked.seq() > 0) {
                        throw new StoreException(StoreException.Problem.IO, "the server already holds office "
                                + target.office() + " (" + held + " journal entries): nothing was copied; name another"
                                + " with --office", null, target.describe(), null);
                    }
                    tx.deleteFrom(OFFICE_IDENTITY).execute();
                    long n = copyTables(src, tx);
                    stream.moveHead(tx, locked, source.head());
                    return n;
                });
            }
            for (Ledger.Line line : Ledger.read(folder)) {
                if (line instanceof Ledger.Erasure) {
                    try (Connection c = stream.connect()) {
                        stream.appendLedger(ServerStream.dsl(c), line);
                    }
                }
            }
            VerifyReport landed = OfficeStore.verify(target, List.of(source.head()));
            return new Copied(rows, source.entries(), source.head(), landed);
        } catch (IOException | SQLException | RuntimeException e) {
            throw stream.failure(e, "cannot copy the office in " + folder + " to the server");
        } finally {
            if (copy != null) {
                Leftovers.deleteTree(copy);
            }
        }
    }

    /**
     * Copies an office on a server into a new data folder (a RotaDesk backup of a server office, or the way back to a
     * single desk): one consistent snapshot of the server, built aside and moved into place when complete, with its
     * head record and erasure ledger; then the folder is opened and verified. Refuses a folder that holds an office.
     */
    public static Copied toFolder(ServerOffice source, Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw Failures.of(e, "cannot create the data folder " + folder);
        }
        OwnerOnly.set(folder);
        if (StoreFiles.check(folder) || StoreFiles.heldAnOffice(folder)) {
            throw new StoreException(StoreException.Problem.IO, folder + " already holds an office: copy into a new"
                    + " folder");
        }
        ServerStream stream = new ServerStream(source.readOnly());
        ChainHead head;
        long rows;
        String office;
        List<Ledger.Line> ledger;
        try (InstanceLock lock = InstanceLock.acquire(folder)) {
            stream.requireCurrent();
            Path scratch = Leftovers.scratch(folder, ".build-");
            try {
                StoreFiles.migrate(scratch);
                try (Connection from = stream.connect();
                        Connection to = DriverManager.getConnection(OfficeStore.url(scratch), "sa", "")) {
                    DSLContext src = ServerStream.dsl(from);
                    DSLContext dst = org.jooq.impl.DSL.using(to, org.jooq.SQLDialect.H2);
                    // one snapshot of the office while its desks go on confirming
                    Object[] read = src.transactionResult(cfg -> {
                        DSLContext tx = cfg.dsl();
                        tx.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
                        ChainHead h = stream.head(tx);
                        List<Ledger.Line> l = stream.ledger(tx);
                        long n = dst.transactionResult(c2 -> {
                            c2.dsl().deleteFrom(OFFICE_IDENTITY).execute();
                            return copyTables(tx, c2.dsl());
                        });
                        String id = tx.select(OFFICE_IDENTITY.ID).from(OFFICE_IDENTITY).limit(1)
                                .fetchOne(OFFICE_IDENTITY.ID);
                        return new Object[] {h, n, id, l};
                    });
                    head = (ChainHead) read[0];
                    rows = (Long) read[1];
                    office = (String) read[2];
                    @SuppressWarnings("unchecked")
                    List<Ledger.Line> lines = (List<Ledger.Line>) read[3];
                    ledger = lines;
                    try (var shutdown = to.createStatement()) {
                        // the file complete on disk before it is moved into place
                        shutdown.execute("SHUTDOWN");
                    }
                }
                Leftovers.force(StoreFiles.db(scratch));
                Files.move(StoreFiles.db(scratch), StoreFiles.db(folder), StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Leftovers.deleteTree(scratch);
            }
            for (Ledger.Line line : ledger) {
                Ledger.append(folder, line);
            }
            new HeadRecord(office, head).write(folder);
            OwnerOnly.tree(folder);
        } catch (IOException | SQLException | RuntimeException e) {
            throw stream.failure(e, "cannot copy office " + source.office() + " into " + folder);
        }
        try (OfficeStore store = OfficeStore.open(folder)) {
            VerifyReport report = store.verify();
            return new Copied(rows, report.entries(), head, report);
        }
    }

    /** Every table's rows from one database into another, in batches; returns how many rows. */
    private static long copyTables(DSLContext src, DSLContext dst) {
        long rows = 0;
        for (Table<? extends TableRecord<?>> table : TABLES) {
            rows += copy(src, dst, table);
        }
        return rows;
    }

    private static <R extends TableRecord<R>> long copy(DSLContext src, DSLContext dst,
            Table<? extends TableRecord<?>> raw) {
        @SuppressWarnings("unchecked")
        Table<R> table = (Table<R>) raw;
        long n = 0;
        try (var cursor = src.selectFrom(table).fetchSize(BATCH).fetchLazy()) {
            while (cursor.hasNext()) {
                List<R> batch = new ArrayList<>(cursor.fetchNext(BATCH));
                try {
                    Loader<R> loader = dst.loadInto(table).batchAll().commitNone().onErrorAbort()
                            .loadRecords(batch).fields(table.fields()).execute();
                    if (!loader.errors().isEmpty()) {
                        throw new IllegalStateException("copying " + table.getName() + ": "
                                + loader.errors().getFirst().exception().getMessage(),
                                loader.errors().getFirst().exception());
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
                n += batch.size();
            }
        }
        return n;
    }

}
