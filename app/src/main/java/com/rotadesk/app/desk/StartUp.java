package com.rotadesk.app.desk;

import com.rotadesk.model.Action;
import com.rotadesk.model.OfficeProfile;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What happens once the data folder is open: on the first run a welcome (the demo office or setting up one's
 * own); otherwise today's board, starting the day first when the journal's last day is before today.
 */
final class StartUp {
    private final Texts t;
    private final DeskOptions options;
    private final Clock clock;
    private final DeskService service;
    private final Feedback feedback;
    private final Consumer<BoardSnapshot> showBoard;

    StartUp(Texts t, DeskOptions options, Clock clock, DeskService service, Feedback feedback,
            Consumer<BoardSnapshot> showBoard) {
        this.t = t;
        this.options = options;
        this.clock = clock;
        this.service = service;
        this.feedback = feedback;
        this.showBoard = showBoard;
    }

    /** Decides between the welcome, the demo and today's board. Call on the FX thread. */
    void begin() {
        feedback.run(service.isEmpty(), empty -> {
            if (service.viewOnly()) {
                // the manager's PC or the lobby TV: the office as the reception desks keep it, nothing started here
                feedback.run(service.snapshot(), showBoard);
            } else if (empty && options.demo()) {
                startDemo();
            } else if (empty && !options.headless()) {
                welcome();
            } else {
                startToday();
            }
        });
    }

    /** A new calendar day starts the rotation afresh (or carried over, by policy). */
    private void startToday() {
        feedback.run(service.snapshot(), s -> {
            LocalDate today = LocalDate.now(clock);
            boolean configured = s.date() != null || !s.office().isEmpty();
            if (configured && (s.date() == null || s.date().isBefore(today))) {
                feedback.run(service.submit(new Action.StartDay(today)), showBoard);
            } else {
                showBoard.accept(s);
            }
        });
    }

    private void welcome() {
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(t.get("welcome.title"));
        Label big = new Label(t.get("welcome.title"));
        big.getStyleClass().add("big");
        Label text = new Label(t.get("welcome.text"));
        text.setWrapText(true);
        VBox box = new VBox(big, text);
        box.getStyleClass().add("welcome");
        box.setPrefWidth(520);
        d.getDialogPane().setContent(box);
        ButtonType demo = new ButtonType(t.get("welcome.demo"));
        ButtonType setup = new ButtonType(t.get("welcome.setup"));
        d.getDialogPane().getButtonTypes().addAll(demo, setup);
        Dialogs.desk(d, t, null);
        Optional<ButtonType> choice = d.showAndWait();
        if (choice.isEmpty()) {
            Platform.exit();
        } else if (choice.get() == demo) {
            startDemo();
        } else {
            setupOffice();
        }
    }

    private void startDemo() {
        List<Action> morning = DemoOffice.morning(t.get("demo.office"), t.get("setup.defaultGroup"), service.now());
        feedback.run(service.submit(morning.toArray(Action[]::new)), showBoard);
    }

    private void setupOffice() {
        Optional<OfficeProfile> profile = OfficeForm.ask(t, null, null);
        if (profile.isEmpty()) {
            welcome();
            return;
        }
        feedback.run(service.submit(new Action.ConfigureOffice(service.now(), profile.get()),
                new Action.StartDay(LocalDate.now(clock))), showBoard);
    }
}
