package com.rotadesk.persistence;

import org.jooq.DSLContext;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Supplier;

/**
 * A test's office ({@link StoreTarget}): made before each test in its temporary folder, or as a new office on the
 * test server, and dropped after it. {@code @RegisterExtension final TestOffice target = new TestOffice(() -> folder);}
 */
final class TestOffice implements BeforeEachCallback, AfterEachCallback {
    private final Supplier<Path> folder;
    private StoreTarget current;

    TestOffice(Supplier<Path> folder) {
        this.folder = folder;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        current = StoreTarget.of(folder.get());
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        current.close();
    }

    StoreTarget target() {
        return current;
    }

    OfficeStore open() {
        return current.open();
    }

    VerifyReport verify(List<ChainHead> paper) {
        return current.verify(paper);
    }

    Connection jdbc() throws SQLException {
        return current.jdbc();
    }

    DSLContext dsl(Connection c) {
        return current.dsl(c);
    }

    void sql(String... statements) throws SQLException {
        current.sql(statements);
    }

    boolean h2() {
        return current.h2();
    }

    String headAnchor() {
        return current.headAnchor();
    }
}
