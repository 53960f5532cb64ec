package com.rotadesk.app.desk;

import com.rotadesk.model.Channel;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import com.rotadesk.model.Visit;

/**
 * The board for the sales floor: large, read-only, no visitor names or phones (privacy); follows the desk live.
 * With a second screen it fills that screen, borderless; on the desk's only screen it is an ordinary window beside
 * the board that can be dragged to a projector. Either way the desk keeps the keyboard: a key that reaches the floor
 * window (after a click on it, say) is handed to the desk, except Esc, which closes the floor display.
 */
final class FloorDisplay {
    /** The size the floor display is laid out for; any window shows it scaled to fit. */
    private static final double DESIGN_WIDTH = 1600;
    private static final double DESIGN_HEIGHT = 900;

    private final Texts t;
    private final Clock clock;
    /** Made at each opening: whether it has a border depends on the screens there are then. */
    private Stage stage;
    /** The desk's window, which keeps the keys. */
    private Window desk;
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
        VBox content = new VBox(head, cards, waiting);
        content.getStyleClass().add("floor");
        // laid out for a 1600×900 screen and scaled to the window, so a TV, a projector and the small window on the
        // desk's own screen all show the same board, whole
        content.setPrefSize(DESIGN_WIDTH, DESIGN_HEIGHT);
        content.setMinSize(DESIGN_WIDTH, DESIGN_HEIGHT);
        content.setMaxSize(DESIGN_WIDTH, DESIGN_HEIGHT);
        javafx.scene.layout.Pane root = new javafx.scene.layout.Pane(content);
        root.getStyleClass().add("floor-frame");
        scene = new Scene(root, DESIGN_WIDTH, DESIGN_HEIGHT);
        javafx.scene.transform.Scale fit = new javafx.scene.transform.Scale(1, 1, 0, 0);
        var factor = javafx.beans.binding.Bindings.min(scene.widthProperty().divide(DESIGN_WIDTH),
                scene.heightProperty().divide(DESIGN_HEIGHT));
        fit.xProperty().bind(factor);
        fit.yProperty().bind(factor);
        content.getTransforms().add(fit);
        scene.getStylesheets().add(Theme.stylesheet());
        scene.addEventFilter(KeyEvent.ANY, e -> {
            e.consume();
            if (stage == null || desk == null) {
                return;
            }
            if (e.getCode() == KeyCode.ESCAPE) {
                if (e.getEventType() == KeyEvent.KEY_PRESSED) {
                    stage.close();
                }
                return;
            }
            // the keys belong to the desk: the same key goes to whatever has the desk's keys
            Scene desks = desk.getScene();
            if (desks != null) {
                Node target = desks.getFocusOwner() != null ? desks.getFocusOwner() : desks.getRoot();
                Event.fireEvent(target, e.copyFor(target, target));
                desk.requestFocus();
            }
        });
    }

    Scene scene() {
        return scene;
    }

    boolean showing() {
        return stage != null && stage.isShowing();
    }

    /** Whether the floor display has a screen of its own (it is borderless there). */
    boolean onOwnScreen() {
        return showing() && stage.getStyle() == StageStyle.UNDECORATED;
    }

    /** Opens the floor display: on a screen other than the desk's when there is one; the desk keeps the keys. */
    void show(Window desk) {
        this.desk = desk;
        if (showing()) {
            desk.requestFocus();
            return;
        }
        Screen other = otherScreen(desk);
        if (stage != null) {
            stage.setScene(null);
        }
        stage = new Stage(other != null ? StageStyle.UNDECORATED : StageStyle.DECORATED);
        stage.setTitle(t.get("floor.title"));
        stage.setScene(scene);
        if (other != null) {
            Rectangle2D b = other.getBounds();
            stage.setX(b.getMinX());
            stage.setY(b.getMinY());
            stage.setWidth(b.getWidth());
            stage.setHeight(b.getHeight());
        } else {
            // a small window in the lower right corner, kept above the desk (which has the keys, so would otherwise
            // cover it at once), to be dragged to the TV
            Rectangle2D b = Dialogs.screenOf(desk);
            stage.setWidth(Math.min(960, b.getWidth() * 0.45));
            stage.setHeight(Math.min(560, b.getHeight() * 0.45));
            stage.setX(b.getMaxX() - stage.getWidth());
            stage.setY(b.getMaxY() - stage.getHeight());
            stage.setAlwaysOnTop(true);
        }
        stage.show();
        // showing a window activates it; the receptionist's keys belong to the desk
        desk.requestFocus();
        javafx.application.Platform.runLater(desk::requestFocus);
    }

    /** A screen that does not show the desk's window, or null when the desk has the only one. */
    static Screen otherScreen(Window desk) {
        List<Screen> screens = Screen.getScreens();
        if (screens.size() < 2) {
            return null;
        }
        double cx = desk.getX() + desk.getWidth() / 2;
        double cy = desk.getY() + desk.getHeight() / 2;
        for (Screen s : screens) {
            if (!s.getBounds().contains(cx, cy)) {
                return s;
            }
        }
        return null;
    }

    void close() {
        if (stage != null) {
            stage.close();
        }
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
            CardView view = new CardView(c, t, now, c.name().equals(nextUp), false, true);
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
