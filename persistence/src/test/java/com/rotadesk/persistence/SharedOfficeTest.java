package com.rotadesk.persistence;

import com.rotadesk.model.Action;
import com.rotadesk.model.Channel;
import com.rotadesk.model.OfficeProfile;
import com.rotadesk.model.Registration;
import com.rotadesk.model.Visit;
import com.rotadesk.model.VisitSource;
import com.rotadesk.model.engine.OfficeEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Several desks on one office on a real PostgreSQL server (decision 0008); skipped when the build names none. Two
 * entrances, a desk each, confirming at the same moments; a board that follows; a proposal another desk made stale;
 * a board that may only view; and the server stopping in the middle of the day.
 */
class SharedOfficeTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    private static final String EAST = "东门";
    private static final String WEST = "西门";
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

    /** Two entrances with a group each, everyone signed in. */
    private static void morning(OfficeStore store) {
        store.submit(new Action.ConfigureOffice(DAY.atTime(7, 0), new OfficeProfile("两门售楼处", List.of(
                new OfficeProfile.Group(EAST, List.of("谢铁峰", "徐娅")),
                new OfficeProfile.Group(WEST, List.of("丁伟", "李娜"))))));
        store.submit(new Action.StartDay(DAY));
        for (String c : List.of("谢铁峰", "徐娅", "丁伟", "李娜")) {
            store.submit(new Action.SignIn(DAY.atTime(8, 30), c, null));
        }
    }

    private static Action.CheckIn checkIn(LocalDateTime at, String ref, String group, int n) {
        return new Action.CheckIn(at, Channel.WALK_IN, ref,
                new Registration("客户" + ref, "139" + String.format("%08d", n), 1, VisitSource.WALK_IN), null, null,
                null, group, List.of());
    }

    /** The decision the desk showed is the one the rules make now. */
    private static Predicate<OfficeEngine> asShown(Action.CheckIn draft, Visit shown) {
        return e -> {
            Visit now = e.trial(draft);
            return Objects.equals(now.consultant(), shown.consultant()) && Objects.equals(now.reason(), shown.reason());
        };
    }

    @Test
    void twoDesksConfirmingAtTheSameMomentsNeverForkAndEndWithTheSameBoard() throws Exception {
        int perDesk = 40;
        try (OfficeStore east = OfficeStore.open(office); OfficeStore west = OfficeStore.open(office)) {
            morning(east);
            long opening = east.journalSize();
            // one office clock: each desk reads it as it confirms, so their actions interleave in time as at a real
            // office, and either may reach the head first
            AtomicInteger seconds = new AtomicInteger();
            ExecutorService desks = Executors.newFixedThreadPool(2);
            List<Future<?>> running = new ArrayList<>();
            for (var desk : List.of(List.of(east, EAST, "e"), List.of(west, WEST, "w"))) {
                OfficeStore store = (OfficeStore) desk.get(0);
                String group = (String) desk.get(1);
                String prefix = (String) desk.get(2);
                running.add(desks.submit(() -> {
                    for (int i = 0; i < perDesk; i++) {
                        LocalDateTime at = DAY.atTime(9, 0).plusSeconds(seconds.addAndGet(3));
                        store.submit(checkIn(at, prefix + i, group, (prefix.equals("e") ? 0 : 50_000) + i));
                        store.submit(new Action.EndVisit(DAY.atTime(9, 0).plusSeconds(seconds.addAndGet(3)),
                                prefix + i));
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get(5, TimeUnit.MINUTES);
            }
            desks.shutdown();

            east.catchUp();
            west.catchUp();
            assertThat(east.journalSize()).isEqualTo(opening + 4L * perDesk).isEqualTo(west.journalSize());
            assertThat(east.othersApplied()).as("east caught up with west inside the head's lock").isPositive();
            assertThat(west.othersApplied()).as("west caught up with east inside the head's lock").isPositive();
            assertThat(Fingerprint.of(west.engine())).isEqualTo(Fingerprint.of(east.engine()));
            assertThat(east.engine().visits()).hasSize(2 * perDesk);
            VerifyReport report = east.verify();
            assertThat(report.findings()).isEmpty();
            assertThat(report.head()).isEqualTo(east.head()).isEqualTo(west.head());
        }
        try (OfficeStore third = OfficeStore.open(office); OfficeStore view = OfficeStore.open(office.readOnly())) {
            assertThat(Fingerprint.of(view.engine())).isEqualTo(Fingerprint.of(third.engine()));
            assertThat(third.rebuild().consistent()).as("the read tables both desks wrote equal a rebuild").isTrue();
        }
    }

    @Test
    void aDeskThatFollowsTheOfficeAppliesTheOtherDesksEntriesItself() throws Exception {
        try (OfficeStore east = OfficeStore.open(office); OfficeStore west = OfficeStore.open(office)) {
            morning(east);
            CountDownLatch seen = new CountDownLatch(1);
            long[] expected = {Long.MAX_VALUE};
            try (OfficeFollower follower = west.follow(new OfficeFollower.Listener() {
                @Override
                public void wake() {
                    west.catchUp();
                    if (west.journalSize() >= expected[0]) {
                        seen.countDown();
                    }
                }

                @Override
                public void away(StoreException why) {
                }

                @Override
                public void back() {
                }
            })) {
                east.submit(checkIn(DAY.atTime(9, 0), "e1", EAST, 1));
                expected[0] = east.journalSize();
                assertThat(seen.await(30, TimeUnit.SECONDS)).as("the follower woke the other desk").isTrue();
            }
            assertThat(west.engine().visit("e1").consultant()).isEqualTo(east.engine().visit("e1").consultant());
            assertThat(Fingerprint.of(west.engine())).isEqualTo(Fingerprint.of(east.engine()));
        }
    }

    @Test
    void aProposalAnotherDeskMadeStaleIsRefusedAndTheNewOneIsConfirmed() {
        try (OfficeStore east = OfficeStore.open(office); OfficeStore west = OfficeStore.open(office)) {
            morning(east);
            west.catchUp();
            // given the west desk shows a proposal for the east entrance's next visitor
            Action.CheckIn draft = checkIn(DAY.atTime(9, 1), "w1", EAST, 2);
            Visit shown = west.engine().trial(draft);
            assertThat(shown.consultant()).isNotNull();
            long size = east.journalSize();

            // when the east desk gives that consultant a visitor first
            east.submit(checkIn(DAY.atTime(9, 0), "e1", EAST, 1));
            assertThat(east.engine().visit("e1").consultant()).isEqualTo(shown.consultant());

            // then confirming the west desk's proposal as shown is refused, and nothing is written
            assertThatThrownBy(() -> west.submit(draft, asShown(draft, shown))).isInstanceOf(StoreException.class)
                    .satisfies(e -> assertThat(((StoreException) e).problem()).isEqualTo(StoreException.Problem.STALE));
            assertThat(east.catchUp()).isZero();
            assertThat(east.journalSize()).isEqualTo(size + 1);
            // and the west desk's board already has the east desk's visitor; asked again, it proposes someone else
            assertThat(west.engine().visit("e1")).isNotNull();
            Visit again = west.engine().trial(draft);
            assertThat(again.consultant()).isNotEqualTo(shown.consultant());
            west.submit(draft, asShown(draft, again));
            assertThat(west.engine().visit("w1").consultant()).isEqualTo(again.consultant());
            assertThat(west.verify().findings()).isEmpty();
        }
    }

    @Test
    void aViewOnlyBoardFollowsTheOfficeAndCannotChangeIt() throws Exception {
        try (OfficeStore desk = OfficeStore.open(office)) {
            morning(desk);
        }
        try (OfficeStore desk = OfficeStore.open(office); OfficeStore board = OfficeStore.open(office.readOnly())) {
            long size = board.journalSize();
            assertThatThrownBy(() -> board.submit(checkIn(DAY.atTime(9, 0), "v1", EAST, 1)))
                    .isInstanceOf(StoreException.class)
                    .satisfies(e -> assertThat(((StoreException) e).problem()).isEqualTo(StoreException.Problem.VIEW_ONLY));
            assertThatThrownBy(() -> board.erase("13900000001", DAY.atTime(9, 0))).isInstanceOf(StoreException.class);
            desk.submit(checkIn(DAY.atTime(9, 0), "v1", EAST, 1));
            assertThat(board.catchUp()).isEqualTo(1);
            assertThat(board.journalSize()).isEqualTo(size + 1);
            assertThat(Fingerprint.of(board.engine())).isEqualTo(Fingerprint.of(desk.engine()));
        }
        // below the store, the server itself refuses the board's writes
        try (Connection c = new ServerStream(office.readOnly()).connect()) {
            SQLException refused = catchThrowableOfType(SQLException.class,
                    () -> c.createStatement().execute("DELETE FROM journal"));
            assertThat(refused.getSQLState()).isEqualTo("25006");
        }
        if (StoreTarget.VIEW != null) {
            // and so does a read-only role, whatever the client asks for
            ServerOffice role = new ServerOffice(StoreTarget.VIEW, null, null, office.office(), false);
            try (OfficeStore board = OfficeStore.open(role.readOnly())) {
                assertThat(board.journalSize()).isPositive();
            }
            StoreException refused = catchThrowableOfType(StoreException.class, () -> {
                try (OfficeStore writer = OfficeStore.open(role)) {
                    writer.submit(checkIn(DAY.atTime(9, 5), "v2", EAST, 2));
                }
            });
            assertThat(refused.problem()).isEqualTo(StoreException.Problem.VIEW_ONLY);
        }
    }

    @Test
    void whenTheServerStopsMidDayTheDeskRefusesSaysSoAndCarriesOnWhenItIsBack() throws Exception {
        assumeTrue(StoreTarget.CTL != null, "stopping the server needs -Drotadesk.test.server.ctl='pg_ctlcluster 15 NAME'");
        AtomicReference<StoreException> away = new AtomicReference<>();
        CountDownLatch wentAway = new CountDownLatch(1);
        CountDownLatch cameBack = new CountDownLatch(1);
        try (OfficeStore east = OfficeStore.open(office); OfficeStore west = OfficeStore.open(office)) {
            morning(east);
            east.submit(checkIn(DAY.atTime(9, 0), "e1", EAST, 1));
            long confirmed = east.journalSize();
            try (OfficeFollower follower = west.follow(new OfficeFollower.Listener() {
                @Override
                public void wake() {
                    try {
                        west.catchUp();
                    } catch (StoreException e) {
                        // away: the follower says so
                    }
                }

                @Override
                public void away(StoreException why) {
                    away.set(why);
                    wentAway.countDown();
                }

                @Override
                public void back() {
                    cameBack.countDown();
                }
            })) {
                // when the server stops in the middle of the day
                ctl("stop");
                try {
                    StoreException refused = catchThrowableOfType(StoreException.class,
                            () -> east.submit(checkIn(DAY.atTime(9, 10), "e2", EAST, 2)));
                    // then the desk's action is refused with "the server is away", nothing half-done
                    assertThat(refused.problem()).isEqualTo(StoreException.Problem.SERVER_AWAY);
                    assertThat(wentAway.await(30, TimeUnit.SECONDS)).as("the follower noticed").isTrue();
                    assertThat(away.get().problem()).isEqualTo(StoreException.Problem.SERVER_AWAY);
                    assertThat(catchThrowableOfType(StoreException.class, east::engine).problem())
                            .as("no board from a store that cannot read the office").isEqualTo(StoreException.Problem.SERVER_AWAY);
                } finally {
                    ctl("start");
                }
                // and once it is back, the same stores carry on
                assertThat(cameBack.await(60, TimeUnit.SECONDS)).as("the follower is back").isTrue();
                east.submit(checkIn(DAY.atTime(9, 10), "e2", EAST, 2));
                assertThat(east.journalSize()).isEqualTo(confirmed + 1);
                west.catchUp();
                assertThat(Fingerprint.of(west.engine())).isEqualTo(Fingerprint.of(east.engine()));
            }
        }
        try (OfficeStore again = OfficeStore.open(office)) {
            assertThat(again.engine().visit("e1")).isNotNull();
            assertThat(again.engine().visit("e2")).isNotNull();
            assertThat(again.verify().findings()).isEmpty();
        }
    }

    /** {@code CTL stop} or {@code CTL start}: the test server's own control command. */
    private static void ctl(String verb) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(StoreTarget.CTL.split("[ ,]+")));
        command.add(verb);
        if (verb.equals("stop")) {
            command.addAll(List.of("-m", "fast"));
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().transferTo(OutputStream.nullOutputStream());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command)).isZero();
    }
}
