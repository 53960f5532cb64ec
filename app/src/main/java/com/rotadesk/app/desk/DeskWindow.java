package com.rotadesk.app.desk;

import com.rotadesk.model.Channel;
import javafx.animation.PauseTransition;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.util.Duration;

import java.time.Clock;
import java.time.LocalTime;

/**
 * The main window in one language: header and menus, the board, the floor display, the keys and the minute
 * ticker. Switching language builds a new one from the same board.
 */
final class DeskWindow {
    private final Texts t;
    private final Clock clock;
    private final BoardView board;
    private final FloorDisplay floor;
    private final HeaderBar header;
    private final DeskCommands commands;
    private final Scene scene;
    private PauseTransition ticker;
    private final Label serverStatus = new Label();

    /**
     * @param replaces the window this one replaces (another language's), whose size it takes; null for the first
     */
    DeskWindow(Stage stage, Scene replaces, Texts t, Clock clock, DeskService service, Feedback feedback,
            Runnable switchLanguage, Runnable quit) {
        this.t = t;
        this.clock = clock;
        ConsultantMenu[] menus = {null};
        board = new BoardView(t, clock, name -> menus[0].menuFor(name), visit -> commands().waitingMenu(visit),
                visit -> commands().visitMenu(visit));
        floor = new FloorDisplay(t, clock);
        menus[0] = new ConsultantMenu(t, service, () -> board, actions -> commands().submit(actions),
                stage, visit -> commands().correct(visit));
        commands = new DeskCommands(t, stage, service, feedback, board, menus[0], floor, this::update);
        header = new HeaderBar(t, clock, new HeaderBar.Handlers(commands, board, switchLanguage, quit));

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(16, 16);
        HBox working = new HBox(6, spinner, new Label(t.get("board.working")));
        working.getStyleClass().add("working");
        working.visibleProperty().bind(feedback.busyProperty());
        board.statusBar().getChildren().add(working);
        serverStatus.getStyleClass().add("server-status");
        serverStatus.managedProperty().bind(serverStatus.visibleProperty());
        serverStatus.setVisible(false);
        board.statusBar().getChildren().add(serverStatus);

        BorderPane root = new BorderPane(board.root());
        root.setTop(header.root());
        // a new language's window takes the old one's place at its size: a scene of its own size would push the key
        // bar off a maximized window's bottom; the first one fits the screen it opens on
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        scene = new Scene(root, replaces != null ? replaces.getWidth() : Math.min(1600, screen.getWidth()),
                replaces != null ? replaces.getHeight() : Math.min(900, screen.getHeight()));
        scene.getStylesheets().add(Theme.stylesheet());
        keys();
    }

    DeskCommands commands() {
        return commands;
    }

    Texts texts() {
        return t;
    }

    Scene scene() {
        return scene;
    }

    BoardView board() {
        return board;
    }

    FloorDisplay floor() {
        return floor;
    }

    /** Shows what the store answered, on the board, the header and the floor display. */
    void update(BoardSnapshot s) {
        header.show(s);
        board.show(s);
        if (floor.showing()) {
            floor.update(s, board.group());
        }
    }

    /**
     * Shared mode: which server the board follows, or that it is away ({@code warning}); null hides the line (an
     * office in a data folder).
     */
    void serverStatus(String text, boolean warning) {
        serverStatus.setText(text == null ? "" : text);
        serverStatus.setVisible(text != null);
        serverStatus.getStyleClass().removeAll("server-away");
        if (warning) {
            serverStatus.getStyleClass().add("server-away");
        }
    }

    /** Starts the minute ticker: times move on the minute, without rebuilding the board. */
    void start() {
        // the first window is built while the folder opens (minutes before, after a first run's welcome)
        header.tick();
        scheduleTick();
    }

    /** Stops the ticker and closes the floor display (the window is being replaced or closed). */
    void dispose() {
        if (ticker != null) {
            ticker.stop();
        }
        floor.close();
    }

    private void scheduleTick() {
        LocalTime now = LocalTime.now(clock);
        // on the minute (plus a hair, so that the clock has surely turned), not every 60 s from start-up
        long toNextMinute = 60_000 - (now.getSecond() * 1_000L + now.getNano() / 1_000_000) + 20;
        ticker = new PauseTransition(Duration.millis(toNextMinute));
        ticker.setOnFinished(e -> {
            header.tick();
            board.tick();
            if (floor.showing()) {
                floor.tick();
            }
            scheduleTick();
        });
        ticker.play();
    }

    private void keys() {
        var acc = scene.getAccelerators();
        acc.put(new KeyCodeCombination(KeyCode.F2), () -> commands.checkIn(Channel.WALK_IN));
        acc.put(new KeyCodeCombination(KeyCode.F3), () -> commands.checkIn(Channel.PHONE));
        acc.put(new KeyCodeCombination(KeyCode.F4), commands::visitorLeaves);
        acc.put(new KeyCodeCombination(KeyCode.F5), commands::awayOrBack);
        acc.put(new KeyCodeCombination(KeyCode.F6), commands::receiveWaiting);
        acc.put(new KeyCodeCombination(KeyCode.F7), board::switchLane);
        acc.put(new KeyCodeCombination(KeyCode.F8), commands::signInOut);
        acc.put(new KeyCodeCombination(KeyCode.F9), commands::toggleSurge);
        acc.put(new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN), board::nextGroup);
        acc.put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), board::focusVisits);
        acc.put(new KeyCodeCombination(KeyCode.F11), commands::showFloor);
        acc.put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), commands::undo);
        acc.put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> board.search().requestFocus());
        acc.put(new KeyCodeCombination(KeyCode.F10, KeyCombination.SHIFT_DOWN), commands::cardMenu);
        acc.put(new KeyCodeCombination(KeyCode.CONTEXT_MENU), commands::cardMenu);
        // Escape leaves the search field (and any card selection) and gives the keys back to the board
        acc.put(new KeyCodeCombination(KeyCode.ESCAPE), board::focus);
    }
}
