package com.rotadesk.persistence;

import org.jooq.DSLContext;
import org.jooq.conf.ParamCastMode;
import org.jooq.conf.SettingsTools;

/** Queries with an IN list of bind values that H2 should look up in an index. */
final class InLists {
    private InLists() {
    }

    /**
     * The context for such a query. By default jOOQ writes each value of the list as {@code CAST(? AS
     * VARCHAR(32))}, and H2 then no longer looks the values up in the index but scans the table (seconds on ten
     * years of client versions). Only there: elsewhere H2 needs the casts (a MERGE's USING values).
     */
    static DSLContext indexed(DSLContext db) {
        return db.configuration().derive(SettingsTools.clone(db.settings()).withParamCastMode(ParamCastMode.NEVER)).dsl();
    }
}
