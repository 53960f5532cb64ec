package com.rotadesk.app.desk;

import com.rotadesk.model.Action;
import com.rotadesk.model.Channel;
import javafx.application.Platform;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.util.Duration;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.BooleanSupplier;

/**
 * {@code --train}: a scripted morning on the board just rendered, for the ahead-of-time cache the build records
 * (JDK 25 {@code -XX:AOTCacheOutput}): a returning client by the last four digits, a new visitor, the visitor leaving,
 * the lane switch (F7), the floor display. Each step goes through the desk's own keys and dialogs, so the classes
 * the cache holds are the ones a real start and a real first check-in load.
 */
final class TrainingMorning {
    /** How long one step may wait for the store's answer (50 ms polls). */
    private static final int TRIES = 200;

    private final DeskWindow window;
    private final Stage stage;
    private final DeskService service;
    private final Runnable done;
    private final Deque<Step> steps = new ArrayDeque<>();

    /** One thing done, then what it waits for. */
    private record Step(Runnable act, BooleanSupplier until) {
    }

    TrainingMorning(DeskWindow window, Stage stage, DeskService service, Runnable done) {
        this.window = window;
        this.stage = stage;
        this.service = service;
        this.done = done;
    }

    void run() {
        checkIn("5678", "");
        checkIn("13700009999", "训练客户");
        // the new visitor leaves (F4 on a card with one reception asks nothing; this one may have two)
        steps.add(new Step(() -> window.board().snapshot().visits().stream()
                .filter(v -> "训练客户".equals(v.registration().name())).findFirst()
                .ifPresent(v -> window.commands().submit(new Action.EndVisit(service.now(), v.ref()))),
                () -> window.board().toldText().contains("训练客户")));
        steps.add(new Step(() -> key(window.scene(), KeyCode.F7), () -> true));
        steps.add(new Step(() -> key(window.scene(), KeyCode.F7), () -> true));
        steps.add(new Step(() -> window.commands().showFloor(), () -> window.floor().showing()));
        steps.add(new Step(() -> window.commands().showFloor(), () -> !window.floor().showing()));
        next();
    }

    /** F2, the phone (and name) typed, the rules' answer awaited, Enter. */
    private void checkIn(String phone, String name) {
        CheckInDialog[] dialog = {null};
        steps.add(new Step(() -> {
            dialog[0] = new CheckInDialog(stage, window.texts(), service, Channel.WALK_IN, window.board().group(),
                    window.board().snapshot().roster(), (actions, board) -> window.commands().done(actions, board));
            dialog[0].show();
            dialog[0].typeForScreenshot(phone, name, "");
        }, () -> dialog[0].settled()));
        steps.add(new Step(() -> key(dialog[0].stage().getScene(), KeyCode.ENTER), () -> !dialog[0].stage().isShowing()));
    }

    private void next() {
        Step step = steps.poll();
        if (step == null) {
            done.run();
            return;
        }
        int[] tries = {0};
        Timeline poll = new Timeline();
        poll.getKeyFrames().add(new KeyFrame(Duration.millis(50), e -> {
            if (step.until().getAsBoolean() || ++tries[0] >= TRIES) {
                poll.stop();
                next();
            }
        }));
        poll.setCycleCount(Timeline.INDEFINITE);
        // outside the animation pulse: a step may open a dialog
        Platform.runLater(() -> {
            step.act().run();
            poll.play();
        });
    }

    /** A key pressed where the scene's keys go: its accelerators and default button answer as to a receptionist. */
    private static void key(Scene scene, KeyCode code) {
        Node target = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot();
        Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false));
        Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_RELEASED, "", "", code, false, false, false, false));
    }
}
