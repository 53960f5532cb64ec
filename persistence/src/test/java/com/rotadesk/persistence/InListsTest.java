package com.rotadesk.persistence;

import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.rotadesk.persistence.jooq.Tables.CLIENT_VERSION;
import static org.assertj.core.api.Assertions.assertThat;

class InListsTest {

    @Test
    void anInListsValuesAreBoundWithoutCastsSoH2LooksThemUpInTheIndex() {
        var db = DSL.using(SQLDialect.H2);
        String sql = InLists.indexed(db).selectFrom(CLIENT_VERSION)
                .where(CLIENT_VERSION.PHONE.in(List.of("13800000001", "13800000002"))).getSQL();

        assertThat(sql).containsIgnoringCase("in (?, ?)").doesNotContainIgnoringCase("cast");
    }
}
