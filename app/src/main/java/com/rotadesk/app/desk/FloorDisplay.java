package com.rotadesk.app.desk;

import com.rotadesk.model.Channel;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.StageStyle;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import com.rotadesk.model.Visit;

/**
 * The board for the sales floor: large, read-only, borderless, no visitor names or phones (privacy);
 * follows the desk live. F11 toggles full screen, Esc closes it.
 */
final class FloorDisplay {
    private final Texts t;
    private final Clock clock;
    private final Stage stage = new Stage(StageStyle.UNDECORATED);
    private final Label next = new Label();
    private final Label why = new Label();
    private final FlowPane cards = new FlowPane(18, 18);
    private final Label waiting = new Label();
    private final Scene scene;
    /** What moves when a minute passes. */
    private final List<Consumer<LocalDateTime>> timers = new ArrayList<>();

    FloorDisplay(Texts t, Clock clock) {
        this.t = t;
        this.clock = clock;
        Label caption = new Label(t.get("floor.next"));
        caption.getStyleClass().add("floor-caption");
        next.getStyleClass().add("floor-next");
        why.getStyleClass().add("floor-why");
        waiting.getStyleClass().add("floor-waiting");
        // one line for "next up: who, why", so the cards get the screen's height
        javafx.scene.layout.HBox head = new javafx.scene.layout.HBox(28, caption, next, why);
        head.getStyleClass().add("floor-head");
        VBox root = new VBox(head, cards, waiting);
        root.getStyleClass().add("floor");
        scene = new Scene(root, 1600, 900);
        scene.getStylesheets().add(Theme.stylesheet());
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.F11) {
                stage.setFullScreen(!stage.isFullScreen());
            } else if (e.getCode() == KeyCode.ESCAPE && !stage.isFullScreen()) {
                stage.close();
            }
        });
        stage.setTitle(t.get("floor.title"));
        stage.setScene(scene);
    }

    Scene scene() {
        return scene;
    }

    boolean showing() {
        return stage.isShowing();
    }

    void show() {
        stage.show();
    }

    void close() {
        stage.close();
    }

    void update(BoardSnapshot s, String group) {
        if (s == null || group == null) {
            return;
        }
        BoardSnapshot.Lane lane = s.lanes().get(BoardSnapshot.key(group, Channel.WALK_IN));
        if (lane == null) {
            return;
        }
        String nextUp = lane.next() == null ? null : lane.next().consultant();
        next.setText(nextUp == null ? "—" : nextUp);
        why.setText(nextUp == null ? t.get("board.nobody") : t.reason(lane.next().reason()));
        LocalDateTime now = LocalDateTime.now(clock);
        timers.clear();
        List<javafx.scene.Node> nodes = new ArrayList<>();
        for (BoardSnapshot.Card c : lane.cards()) {
            CardView view = new CardView(c, t, now, c.name().equals(nextUp), false);
            timers.add(view::tick);
            nodes.add(view.node());
        }
        cards.getChildren().setAll(nodes);
        List<Visit> line = s.waiting().stream().filter(v -> v.channel() == Channel.WALK_IN
                && (v.group() == null || v.group().equals(group))).toList();
        // minutes only: no visitor names on a screen the whole sales floor can read
        Consumer<LocalDateTime> minutes = at -> {
            List<String> w = new ArrayList<>();
            line.forEach(v -> w.add(t.get("floor.minutes", Math.max(0, Duration.between(v.arrival(), at).toMinutes()))));
            waiting.setText(t.get("floor.waiting", w.isEmpty() ? "—" : String.join("   ", w)));
        };
        minutes.accept(now);
        timers.add(minutes);
    }

    /** A minute passed: only the minutes move. */
    void tick() {
        LocalDateTime now = LocalDateTime.now(clock);
        timers.forEach(timer -> timer.accept(now));
    }
}
