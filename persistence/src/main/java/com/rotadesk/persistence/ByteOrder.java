package com.rotadesk.persistence;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Text compared in byte order, as a prefix's range needs. H2 compares strings so already; on a server the column is
 * read {@code COLLATE "C"}, whatever the database's collation: under glibc's zh_CN.UTF-8 (a server installed in
 * Chinese) '王建国' sorts after '王' followed by U+FFFF, and the range "starts with 王" held nothing. The server's
 * indexes for these searches are in the same order (V8_1, V9_1).
 */
final class ByteOrder {
    private ByteOrder() {
    }

    /** {@code field} in byte order for the database {@code db} speaks to. */
    static Field<String> of(DSLContext db, Field<String> field) {
        return db.dialect().family() == SQLDialect.POSTGRES ? DSL.field("{0} COLLATE \"C\"", String.class, field)
                : field;
    }
}
