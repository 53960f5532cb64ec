package com.rotadesk.app.desk;

import com.rotadesk.model.Action;
import com.rotadesk.model.PassReason;
import com.rotadesk.model.Rejection;
import com.rotadesk.model.Visit;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * F6: a waiting visitor is received now (R9). Shows whom the rules give the visitor to and why; as at check-in,
 * Enter confirms and "not here" (Alt+N) / "declines" (Alt+D) turn the proposal down and show the next (R7);
 * Alt+L marks the visitor gone. Nothing is confirmed until Enter.
 */
final class WaitingDialog {
    private final Stage stage = new Stage();
    private final Texts t;
    private final DeskService service;
    private final Visit waiting;
    private final BiConsumer<List<? extends Action>, BoardSnapshot> onDone;
    private final List<Rejection> rejections = new ArrayList<>();
    private final ProposalLines lines;
    private final Button confirm;
    private final Button notHere;
    private final Button declines;
    private final Button cancel;
    private Visit trial;

    WaitingDialog(Window owner, Texts t, DeskService service, Visit waiting,
            BiConsumer<List<? extends Action>, BoardSnapshot> onDone) {
        this.t = t;
        this.service = service;
        this.waiting = waiting;
        this.onDone = onDone;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(t.get("waiting.title"));
        long minutes = Math.max(0, Duration.between(waiting.arrival(), service.now()).toMinutes());
        Label who = new Label(t.get("waiting.who", ActionText.visitor(t, waiting, null), t.type(waiting.type()),
                minutes));
        who.getStyleClass().add("who");
        confirm = new Button(t.get("checkin.confirm"));
        notHere = new Button(t.get("checkin.notHere"));
        declines = new Button(t.get("checkin.declines"));
        lines = new ProposalLines(t, service.folder(), confirm, notHere, declines);
        Button gone = new Button(t.get("waiting.goneKey"));
        cancel = new Button(t.get("checkin.cancel"));
        confirm.setDefaultButton(true);
        cancel.setCancelButton(true);
        confirm.setOnAction(e -> confirm());
        notHere.setOnAction(e -> reject(PassReason.ABSENT));
        declines.setOnAction(e -> reject(PassReason.DECLINED));
        gone.setOnAction(e -> submit(new Action.EndVisit(service.now(), waiting.ref())));
        cancel.setOnAction(e -> stage.close());
        for (Button b : List.of(confirm, notHere, declines)) {
            b.setDisable(true);
        }
        HBox buttons = new HBox(8, confirm, notHere, declines, gone, cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        // whole words on every button, in English too: the dialog widens instead of cutting them
        for (Button b : List.of(confirm, notHere, declines, gone, cancel)) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        buttons.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox root = new VBox(10, who, lines.node(), buttons);
        root.getStyleClass().addAll("checkin", "waiting-dialog");
        root.setPrefWidth(620);
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Theme.stylesheet());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.ALT_DOWN), notHere::fire);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.D, KeyCombination.ALT_DOWN), declines::fire);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.L, KeyCombination.ALT_DOWN), gone::fire);
        stage.setScene(scene);
        refresh();
    }

    Stage stage() {
        return stage;
    }

    void show() {
        // shared mode: another desk's action may change whom the rules propose; the dialog asks again at once
        Runnable stop = service.onBoardChanged(() -> Platform.runLater(this::refresh));
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> stop.run());
        stage.show();
        Dialogs.keepOnScreen(stage);
        cancel.requestFocus();
    }

    /** True once the rules' answer is shown (for screenshots). */
    boolean settled() {
        return trial != null;
    }

    private Action.Assign draft() {
        return new Action.Assign(service.now(), waiting.ref(), rejections);
    }

    /** Asks the rules whom they give the visitor to now, after the rejections so far; nothing is kept. */
    private void refresh() {
        lines.ask(service.trial(draft()), visit -> {
            trial = visit;
            if (visit == null) {
                return;
            }
            boolean received = visit.consultant() != null;
            lines.show(visit.consultant(), received ? t.reason(visit.reason())
                    + (visit.counted() ? " · " + t.get("visit.counted") : "") : t.get("waiting.stillWaits"), rejections,
                    // with nobody turned down and nobody free, confirming would change nothing: the visitor waits on
                    received || !rejections.isEmpty(), ProposalLines.walks(visit));
            // the focus belongs on confirming, never on "left" where a stray Space would end the visit
            (confirm.isDisabled() ? cancel : confirm).requestFocus();
            stage.sizeToScene();
        });
    }

    private void reject(PassReason reason) {
        if (trial != null && trial.consultant() != null) {
            rejections.add(new Rejection(trial.consultant(), reason));
            trial = null;
            lines.asking();
            refresh();
        }
    }

    private void confirm() {
        if (trial != null && !confirm.isDisabled()) {
            submit(draft());
        }
    }

    private void submit(Action action) {
        confirm.setDisable(true);
        service.submit(action).whenComplete((board, error) -> Platform.runLater(() -> {
            if (error != null) {
                // the reason stays in view, and Enter tries again (after a full disk was cleared, say)
                lines.failed(error);
                confirm.setDisable(false);
                if (lines.staleRefused()) {
                    refresh();
                }
                return;
            }
            stage.close();
            onDone.accept(List.of(action), board);
        }));
    }
}
