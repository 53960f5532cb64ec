package com.rotadesk.app.desk;

import com.rotadesk.model.Action;
import com.rotadesk.model.Channel;
import com.rotadesk.model.OfficeProfile;
import com.rotadesk.model.Policy;
import com.rotadesk.model.Registration;
import com.rotadesk.model.VisitSource;
import com.rotadesk.model.engine.OfficeEngine;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The board's minute tick: the minutes move, the cards stay the same nodes (nothing is rebuilt, nothing flickers). */
class BoardViewTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        private final AtomicReference<Instant> now;

        HandClock(LocalDateTime start) {
            now = new AtomicReference<>(start.toInstant(ZoneOffset.ofHours(8)));
        }

        void plusMinutes(long m) {
            now.updateAndGet(i -> i.plusSeconds(60 * m));
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.ofHours(8);
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }

    private static BoardSnapshot morning() {
        OfficeEngine engine = new OfficeEngine(Policy.defaults());
        engine.apply(new Action.ConfigureOffice(DAY.atTime(8, 0), new OfficeProfile("测试售楼处",
                List.of(new OfficeProfile.Group("销售一组", List.of("谢铁峰", "徐娅"))))));
        engine.apply(new Action.StartDay(DAY));
        engine.apply(new Action.SignIn(DAY.atTime(8, 1), "谢铁峰", null));
        engine.apply(new Action.SignIn(DAY.atTime(8, 2), "徐娅", null));
        engine.apply(new Action.CheckIn(DAY.atTime(9, 0), Channel.WALK_IN, "v1",
                new Registration("王建国", "13800005678", 1, VisitSource.WALK_IN), null, null, null, null, List.of()));
        return BoardSnapshot.of(engine);
    }

    @Test
    void aMinuteMovesTheMinutesWithoutNewCards() throws Exception {
        HandClock clock = new HandClock(DAY.atTime(9, 12));
        Texts t = new Texts(Locale.SIMPLIFIED_CHINESE);
        BoardView board = WaitForAsyncUtils.asyncFx(() -> {
            BoardView b = new BoardView(t, clock, name -> new ContextMenu(), visit -> new ContextMenu(), visit -> new ContextMenu());
            b.show(morning());
            return b;
        }).get();
        Node before = board.cardNode("谢铁峰").orElseThrow();
        assertThat(texts(before)).contains("王建国 · 12 分钟");

        clock.plusMinutes(1);
        WaitForAsyncUtils.asyncFx(board::tick).get();

        Node after = board.cardNode("谢铁峰").orElseThrow();
        assertThat(after).isSameAs(before);
        assertThat(texts(after)).contains("王建国 · 13 分钟");
    }

    @Test
    void outsideTheRotationWindowTheBoardSaysNothingCountsWithTheHours() throws Exception {
        HandClock clock = new HandClock(DAY.atTime(17, 29));
        Texts t = new Texts(Locale.SIMPLIFIED_CHINESE);
        BoardView board = WaitForAsyncUtils.asyncFx(() -> {
            BoardView b = new BoardView(t, clock, name -> new ContextMenu(), v -> new ContextMenu(),
                    v -> new ContextMenu());
            b.show(morning());
            return b;
        }).get();
        assertThat(roundLabel(board)).isEqualTo("第 1 轮");

        // 17:30 is outside the default window 08:00-17:30 (R5): the minute tick turns the round into the duty hours
        clock.plusMinutes(1);
        WaitForAsyncUtils.asyncFx(board::tick).get();
        assertThat(roundLabel(board)).isEqualTo("值班时间（不计轮次）· 轮排时间 08:00–17:30");
    }

    private static String roundLabel(BoardView board) {
        return board.root().lookupAll(".round-label").stream().map(n -> ((Label) n).getText())
                .filter(s -> !s.startsWith("今日")).findFirst().orElseThrow();
    }

    @Test
    void aFullOfficeIsDrawnDenseSoTwentyFitASmallScreen() throws Exception {
        Texts t = new Texts(Locale.SIMPLIFIED_CHINESE);
        OfficeEngine engine = new OfficeEngine(Policy.defaults());
        engine.apply(new Action.StartDay(DAY));
        BoardView board = WaitForAsyncUtils.asyncFx(() -> {
            BoardView b = new BoardView(t, Clock.systemDefaultZone(), name -> new ContextMenu(), v -> new ContextMenu(),
                    v -> new ContextMenu());
            b.show(morning());
            return b;
        }).get();
        Node cards = board.cardNode("谢铁峰").orElseThrow().getParent();
        assertThat(cards.getStyleClass()).doesNotContain("dense");

        for (int i = 1; i <= 13; i++) {
            engine.apply(new Action.SignIn(DAY.atTime(8, i), "顾问" + i, null));
        }
        WaitForAsyncUtils.asyncFx(() -> board.show(BoardSnapshot.of(engine))).get();

        assertThat(board.cardNode("顾问13").orElseThrow().getParent().getStyleClass()).contains("dense");
    }

    private static List<String> texts(Node card) {
        return card.lookupAll(".label").stream().map(n -> ((Label) n).getText()).toList();
    }
}
