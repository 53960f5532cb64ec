package com.rotadesk.persistence;

import com.rotadesk.model.Action;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code rotadesk migrate}: an office in a data folder moves to a server and back, row for row, with its erasures;
 * the chain verifies where it lands, the board is the same, and the source is left as it was.
 */
class OfficeCopyTest {
    @TempDir
    Path folder;
    @TempDir
    Path back;
    private ServerOffice office;

    @BeforeEach
    void server() {
        assumeTrue(StoreTarget.onServer(), "needs a PostgreSQL server: -Drotadesk.test.server=jdbc:postgresql://…");
        office = StoreTarget.newOffice();
    }

    @AfterEach
    void dropOffice() throws SQLException {
        if (office != null) {
            StoreTarget.Server.drop(office);
        }
    }

    @Test
    void anOfficeMovesToTheServerAndBackWithItsJournalPeopleAndErasures() throws Exception {
        // given an office of a few days in a data folder, with one visitor erased on request
        List<Action> days = CrashWriter.journal().subList(0, 400);
        String board;
        String erased;
        try (OfficeStore store = OfficeStore.open(folder)) {
            days.forEach(store::submit);
            erased = store.engine().visits().stream().map(v -> v.registration().phone()).filter(p -> p != null)
                    .findFirst().orElseThrow();
            assertThat(store.erase(erased, LocalDateTime.of(2026, 12, 1, 10, 0))).isPositive();
            board = Fingerprint.of(store.engine());
        }
        String files = TrustTest.fingerprint(folder);

        // when it is copied to the server
        OfficeCopy.Copied up = OfficeCopy.toServer(folder, office);

        // then the chain verifies there up to the folder's head, the board is the same, the folder untouched
        assertThat(up.report().findings()).isEmpty();
        assertThat(up.report().anchors()).anyMatch(a -> a.contains("the anchor given") && a.contains("matches"));
        assertThat(TrustTest.fingerprint(folder)).isEqualTo(files);
        try (OfficeStore server = OfficeStore.open(office)) {
            assertThat(Fingerprint.of(server.engine())).isEqualTo(board);
            assertThat(server.head()).isEqualTo(up.head());
            assertThat(server.lookup(erased, LocalDateTime.of(2026, 12, 1, 11, 0), 5)).isEmpty();
            assertThat(server.rebuild().consistent()).as("the copied read tables equal a rebuild").isTrue();
        }
        assertThat(Ledger.erasures(new ServerStream(office).ledger(dsl()))).hasSize(1);
        assertThatThrownBy(() -> OfficeCopy.toServer(folder, office)).isInstanceOf(StoreException.class)
                .hasMessageContaining("already holds office");

        // and back into a new folder (a RotaDesk backup of the server office)
        OfficeCopy.Copied down = OfficeCopy.toFolder(office, back);
        assertThat(down.report().findings()).isEmpty();
        assertThat(down.head()).isEqualTo(up.head());
        assertThat(Ledger.erasures(back)).hasSize(1);
        try (OfficeStore copy = OfficeStore.open(back)) {
            assertThat(Fingerprint.of(copy.engine())).isEqualTo(board);
        }
        assertThatThrownBy(() -> OfficeCopy.toFolder(office, back)).isInstanceOf(StoreException.class)
                .hasMessageContaining("already holds an office");
    }

    private org.jooq.DSLContext dsl() throws SQLException {
        return ServerStream.dsl(new ServerStream(office).connect());
    }
}
