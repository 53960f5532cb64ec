package com.rotadesk.app.desk;

import com.rotadesk.model.Channel;
import com.rotadesk.model.Visit;
import com.rotadesk.model.VisitState;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * {@code --smoke} and {@code --screenshot FILE.png [--view main|checkin|checkin-notes|correct|correct-earlier|waiting|
 * privacy|floor|
 * settings|sheets|export|review|whatif|clients[:TEXT]|pool|transfer|timeline[:PHONE]|import:FILE]}
 * on the headless platform: render the board once (and write it), then exit 0; any failure exits 1 with a one-line
 * reason.
 */
final class HeadlessRun {
    private static final Logger LOG = LoggerFactory.getLogger(HeadlessRun.class);
    /** How long a screenshot waits for the check-in dialog's lookup and proposal. */
    private static final int SETTLE_TRIES = 100;

    private final DeskOptions options;
    private final DeskService service;
    private final DeskWindow window;
    private final Stage stage;
    private final StartupTimer timer;

    HeadlessRun(DeskOptions options, DeskService service, DeskWindow window, Stage stage, StartupTimer timer) {
        this.options = options;
        this.service = service;
        this.window = window;
        this.stage = stage;
        this.timer = timer;
    }

    /** Ends the JavaFX platform and the process. */
    static void exit(int code) {
        Platform.exit();
        System.exit(code);
    }

    /** Shows the window off-screen, renders the first frame, then writes the screenshot or reports the smoke run. */
    void run() {
        stage.setWidth(options.size().getWidth());
        stage.setHeight(options.size().getHeight());
        stage.show();
        window.board().focus();
        Platform.runLater(() -> {
            try {
                window.scene().snapshot(null);
                timer.firstFrame();
                if (options.train()) {
                    new TrainingMorning(window, stage, service, () -> {
                        System.out.println("training ok: " + service.folder());
                        service.close();
                        exit(0);
                    }).run();
                    return;
                }
                if (options.screenshot() == null) {
                    System.out.println("smoke ok: " + service.folder());
                    service.close();
                    exit(0);
                    return;
                }
                switch (options.view()) {
                    case "floor" -> {
                        window.commands().showFloor();
                        write(window.floor().scene());
                    }
                    case "settings" -> service.policy().thenAccept(policy -> Platform.runLater(() -> write(
                            SettingsDialog.showForScreenshot(window.texts(), policy, stage).getDialogPane().getScene())));
                    case "checkin" -> {
                        CheckInDialog dialog = new CheckInDialog(stage, window.texts(), service, Channel.WALK_IN,
                                window.board().group(), window.board().snapshot().roster(), (a, s) -> { });
                        dialog.show();
                        dialog.typeForScreenshot("5678", "", "");
                        // the dialog's lookup and proposal come back from the store's thread
                        whenTrue(dialog::settled, () -> write(dialog.stage().getScene()));
                    }
                    case "checkin-notes" -> {
                        CheckInDialog dialog = new CheckInDialog(stage, window.texts(), service, Channel.WALK_IN,
                                window.board().group(), window.board().snapshot().roster(), (a, s) -> { });
                        dialog.show();
                        dialog.typeForScreenshot("13900002468", chinese() ? "陈先生" : "Mr Chen",
                                chinese() ? "中介带看，看3号楼" : "brought by an agent, viewing building 3");
                        whenTrue(dialog::settled, () -> write(dialog.stage().getScene()));
                    }
                    case "correct" -> correctionExample();
                    case "correct-earlier" -> earlierCorrectionExample();
                    case "privacy" -> {
                        PrivacyDialog dialog = new PrivacyDialog(stage, window.texts(), service, b -> { });
                        dialog.show();
                        dialog.typeForScreenshot("13812345678");
                        whenTrue(dialog::settled, () -> write(dialog.stage().getScene()));
                    }
                    case "waiting" -> {
                        var oldest = window.board().oldestWaiting();
                        if (oldest == null) {
                            System.err.println("rotadesk: nobody is waiting on the board's lane today");
                            exit(1);
                            return;
                        }
                        WaitingDialog dialog = new WaitingDialog(stage, window.texts(), service, oldest, (a, s) -> { });
                        dialog.show();
                        whenTrue(dialog::settled, () -> write(dialog.stage().getScene()));
                    }
                    case "sheets" -> {
                        // drawing the first sheet loads the PDF fonts: allow it more than the check-in's settling
                        SheetsDialog sheets = window.commands().sheets().open();
                        whenTrue(sheets::settled, () -> write(sheets.stage().getScene()), SETTLE_TRIES * 6);
                    }
                    case "export" -> write(window.commands().sheets().exportToday().stage().getScene());
                    case "review", "review-fairness", "review-arrivals" -> {
                        MonthReviewWindow review = window.commands().reviews().review();
                        review.tab(List.of("review", "review-fairness", "review-arrivals").indexOf(options.view()));
                        whenTrue(review::settled, () -> write(review.stage().getScene()), SETTLE_TRIES * 6);
                    }
                    case "whatif", "whatif-fairness", "whatif-differences", "whatif-skipped" -> window.commands().reviews()
                            .whatIf(w -> {
                        w.tab(List.of("whatif", "whatif-fairness", "whatif-differences", "whatif-skipped")
                                .indexOf(options.view()));
                        // the example the screenshot shows: a make-up cap of 2 and busy passes that forfeit
                        w.policies().set("makeUpCap", "2");
                        w.policies().set("busyPass", "forfeit");
                        w.run();
                        whenTrue(w::settled, () -> write(w.stage().getScene()), SETTLE_TRIES * 6);
                    });
                    case "clients" -> clients(null);
                    case "pool" -> {
                        ClientsWindow clients = window.commands().clientsDesk().open();
                        clients.showPool();
                        whenTrue(clients::settled, () -> write(clients.stage().getScene()), SETTLE_TRIES * 2);
                    }
                    case "transfer" -> {
                        ClientsWindow clients = window.commands().clientsDesk().open();
                        whenTrue(clients::settled, () -> {
                            TransferDialog dialog = clients.transfer();
                            if (dialog == null) {
                                System.err.println("rotadesk: the office has no client to transfer");
                                exit(1);
                                return;
                            }
                            whenTrue(dialog::settled, () -> write(dialog.stage().getScene()));
                        }, SETTLE_TRIES * 2);
                    }
                    default -> {
                        if (options.view().startsWith("clients:")) {
                            clients(options.view().substring("clients:".length()));
                        } else if (options.view().startsWith("timeline")) {
                            timeline(options.view().startsWith("timeline:")
                                    ? options.view().substring("timeline:".length()) : null);
                        } else if (options.view().startsWith("import:")) {
                            ImportDialog dialog = window.commands().clientsDesk().open().openImport();
                            dialog.readForScreenshot(java.nio.file.Path.of(options.view().substring("import:".length())));
                            whenTrue(dialog::settled, () -> write(dialog.stage().getScene()), SETTLE_TRIES * 6);
                        } else {
                            write(window.scene());
                        }
                    }
                }
            } catch (RuntimeException e) {
                LOG.error("headless run failed", e);
                exit(1);
            }
        });
    }

    /** The clients window, searched for {@code typed} (null: the latest contacts), once it has answered. */
    private void clients(String typed) {
        ClientsWindow clients = window.commands().clientsDesk().open();
        if (typed != null) {
            clients.typeForScreenshot(typed);
        }
        whenTrue(clients::settled, () -> write(clients.stage().getScene()), SETTLE_TRIES * 2);
    }

    /** A client's timeline (the phone given, or the client with the latest contact), once it is shown. */
    private void timeline(String phone) {
        ClientsDesk desk = window.commands().clientsDesk();
        java.time.LocalDateTime now = service.now();
        desk.ask(office -> phone != null ? phone : office.search("", now, 1).stream().findFirst()
                .map(r -> r.client().phone()).orElse(null)).thenAccept(p -> Platform.runLater(() -> {
                    if (p == null) {
                        System.err.println("rotadesk: the office has no client to show a timeline of");
                        exit(1);
                        return;
                    }
                    TimelineWindow t = desk.timeline(desk.owner(), p);
                    whenTrue(t::settled, () -> write(t.stage().getScene()), SETTLE_TRIES * 4);
                }));
    }

    private boolean chinese() {
        return window.texts().locale().getLanguage().equals("zh");
    }

    /**
     * The correction dialog as R28 is most often needed: the newest counted reception's phone corrected to the phone
     * of a client another consultant received earlier today (on the demo office: the void is offered).
     */
    private void correctionExample() {
        List<Visit> visits = window.board().snapshot().visits();
        Visit target = visits.stream().filter(v -> v.state() == VisitState.RECEIVING && v.counted()
                && v.channel() == Channel.WALK_IN).reduce((a, b) -> b).orElse(null);
        Visit owned = target == null ? null : visits.stream().filter(v -> v.ownershipCreated()
                && v.receivedAt().isBefore(target.receivedAt()) && !v.consultant().equals(target.consultant()))
                .findFirst().orElse(null);
        if (owned == null) {
            System.err.println("rotadesk: no counted reception today whose phone could be another consultant's client");
            exit(1);
            return;
        }
        CorrectionDialog dialog = new CorrectionDialog(stage, window.texts(), service, target, (a, c) -> { });
        dialog.show();
        dialog.typeForScreenshot(owned.registration().phone(), chinese() ? "电话录错" : "phone mistyped");
        whenTrue(dialog::settled, () -> write(dialog.stage().getScene()));
    }

    /**
     * R28 "at any time": the newest earlier day's first received visit, its phone corrected to a number nobody owns
     * (as the client's timeline opens it with Ctrl+E).
     */
    private void earlierCorrectionExample() {
        java.time.LocalDate today = service.now().toLocalDate();
        service.withStore(store -> {
            java.time.LocalDate day = store.days().stream().filter(d -> d.isBefore(today)).reduce((a, b) -> b)
                    .orElse(null);
            Visit v = day == null ? null : store.engineAt(day).visits().stream()
                    .filter(x -> x.consultant() != null && x.registration().phone() != null).findFirst().orElse(null);
            return v == null ? null : java.util.Map.entry(day, v);
        }).whenComplete((found, error) -> Platform.runLater(() -> {
            if (error != null || found == null) {
                System.err.println("rotadesk: no earlier day with a received visit in this folder");
                exit(1);
                return;
            }
            CorrectionDialog dialog = new CorrectionDialog(stage, window.texts(), service, found.getValue(),
                    found.getKey(), (a, c) -> { });
            dialog.show();
            dialog.typeForScreenshot("13900001234", chinese() ? "电话录错" : "phone mistyped");
            whenTrue(dialog::settled, () -> write(dialog.stage().getScene()));
        }));
    }

    private void whenTrue(BooleanSupplier condition, Runnable then) {
        whenTrue(condition, then, SETTLE_TRIES);
    }

    private void whenTrue(BooleanSupplier condition, Runnable then, int maxTries) {
        int[] tries = {0};
        Timeline poll = new Timeline();
        poll.getKeyFrames().add(new KeyFrame(Duration.millis(50), e -> {
            if (condition.getAsBoolean() || ++tries[0] >= maxTries) {
                poll.stop();
                then.run();
            }
        }));
        poll.setCycleCount(Timeline.INDEFINITE);
        poll.play();
    }

    private void write(Scene target) {
        try {
            Screenshots.write(target, options.screenshot());
            System.out.println("screenshot written: " + options.screenshot().toAbsolutePath());
            service.close();
            exit(0);
        } catch (IOException e) {
            System.err.println("rotadesk: cannot write " + options.screenshot() + ": " + e.getMessage());
            exit(1);
        }
    }
}
