package com.rotadesk.app.desk;

import com.rotadesk.model.Action;
import com.rotadesk.model.Channel;
import com.rotadesk.model.OfficeProfile;
import com.rotadesk.model.Registration;
import com.rotadesk.model.Visit;
import com.rotadesk.model.VisitSource;
import com.rotadesk.persistence.OfficeStore;
import com.rotadesk.persistence.ServerOffice;
import com.rotadesk.persistence.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two desks' doors to one office on a real PostgreSQL server (skipped when the build names none): a check-in at
 * one reaches the other's board by itself, and a proposal the other desk made stale is refused and asked again,
 * never confirmed as shown.
 */
class SharedDesksTest {
    private static final String SERVER = System.getProperty("rotadesk.test.server", "");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    private final Clock clock = Clock.fixed(DAY.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant(),
            ZoneId.systemDefault());
    private ServerOffice office;

    @BeforeEach
    void server() {
        assumeTrue(!SERVER.isBlank(), "needs a PostgreSQL server: -Drotadesk.test.server=jdbc:postgresql://…");
        office = new ServerOffice(SERVER, null, null, "d" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 24),
                false);
    }

    @AfterEach
    void drop() throws SQLException {
        if (office != null) {
            try (var c = DriverManager.getConnection(SERVER); var s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + office.schema() + " CASCADE");
                s.execute("DELETE FROM rotadesk.office WHERE code = '" + office.office() + "'");
            }
        }
    }

    private static Action.CheckIn checkIn(String ref, int minute) {
        return new Action.CheckIn(DAY.atTime(9, minute), Channel.WALK_IN, ref,
                new Registration("客户" + ref, "1390000" + String.format("%04d", minute), 1, VisitSource.WALK_IN), null,
                null, null, null, List.of());
    }

    private static List<Action> morning() {
        return List.of(new Action.ConfigureOffice(DAY.atTime(7, 0), new OfficeProfile("一号售楼处",
                        List.of(new OfficeProfile.Group("A组", List.of("谢铁峰", "徐娅", "丁伟"))))),
                new Action.StartDay(DAY), new Action.SignIn(DAY.atTime(8, 30), "谢铁峰", null),
                new Action.SignIn(DAY.atTime(8, 31), "徐娅", null), new Action.SignIn(DAY.atTime(8, 32), "丁伟", null));
    }

    @Test
    void aCheckInAtOneDeskShowsOnTheOtherAndAStaleProposalIsAskedAgain() throws Exception {
        try (DeskService east = new DeskService(OfficeStore.open(office), clock, null);
                DeskService west = new DeskService(OfficeStore.open(office), clock, null)) {
            east.submit(morning().toArray(Action[]::new)).get(30, TimeUnit.SECONDS);
            LinkedBlockingQueue<BoardSnapshot> westBoards = new LinkedBlockingQueue<>();
            LinkedBlockingQueue<String> westDialog = new LinkedBlockingQueue<>();
            west.follow(new DeskService.ServerWatch() {
                @Override
                public void board(BoardSnapshot s) {
                    westBoards.add(s);
                }

                @Override
                public void server(LocalDateTime since) {
                }
            });
            Runnable stop = west.onBoardChanged(() -> westDialog.add("refresh"));

            // given the west desk's check-in dialog shows the rules' proposal
            Action.CheckIn draft = checkIn("w1", 2);
            Visit shown = west.trial(draft).get(30, TimeUnit.SECONDS);
            // (asking the rules read the east desk's morning first: that refresh is not the one this test awaits)
            westDialog.clear();

            // when the east desk checks a visitor in to that consultant first
            east.submit(checkIn("e1", 1)).get(30, TimeUnit.SECONDS);

            // then the west board shows it by itself, and the dialog is told to ask again
            BoardSnapshot seen = westBoards.poll(30, TimeUnit.SECONDS);
            while (seen != null && seen.visits().stream().noneMatch(v -> v.ref().equals("e1"))) {
                seen = westBoards.poll(30, TimeUnit.SECONDS);
            }
            assertThat(seen).as("the east desk's visitor on the west board").isNotNull();
            assertThat(westDialog.poll(30, TimeUnit.SECONDS)).isEqualTo("refresh");

            // and confirming the old proposal is refused as stale, nothing written
            Throwable refused = catchThrowable(() -> west.submit(draft).join());
            assertThat(refused).isInstanceOf(CompletionException.class).cause().isInstanceOf(StoreException.class);
            assertThat(((StoreException) refused.getCause()).problem()).isEqualTo(StoreException.Problem.STALE);
            assertThat(west.snapshot().get().visits()).extracting(Visit::ref).containsExactly("e1");

            // and the proposal asked again is the one confirmed
            Visit again = west.trial(draft).get(30, TimeUnit.SECONDS);
            assertThat(again.consultant()).isNotEqualTo(shown.consultant());
            BoardSnapshot after = west.submit(draft).get(30, TimeUnit.SECONDS);
            assertThat(after.visits()).filteredOn(v -> v.ref().equals("w1")).singleElement()
                    .satisfies(v -> assertThat(v.consultant()).isEqualTo(again.consultant()));
            stop.run();
        }
    }

    @Test
    void aSecondDeskStartingTheSameDayJustShowsIt() throws Exception {
        try (DeskService east = new DeskService(OfficeStore.open(office), clock, null);
                DeskService west = new DeskService(OfficeStore.open(office), clock, null)) {
            east.submit(morning().toArray(Action[]::new)).get(30, TimeUnit.SECONDS);
            BoardSnapshot s = west.submit(new Action.StartDay(DAY)).get(30, TimeUnit.SECONDS);
            assertThat(s.date()).isEqualTo(DAY);
            assertThat(s.everyone()).hasSize(3);
        }
    }
}
