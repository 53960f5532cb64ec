package com.rotadesk.app.desk;

import com.rotadesk.model.Phones;
import com.rotadesk.persistence.PhoneMatch;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * Office → Personal data: a visitor's name and phone erased on request (the client's right under PIPL, R24's
 * journal keeps the rotation) and the retention setting that erases visitors with no deal after N months.
 * Both are the manager's decisions, so each asks once more before it changes anything.
 */
final class PrivacyDialog {
    private final Stage stage = new Stage();
    private final Texts t;
    private final DeskService service;
    private final Consumer<BoardSnapshot> onErased;
    private final TextField phone = new TextField();
    private final Label found = new Label();
    private final Button erase;
    private final Spinner<Integer> months = new Spinner<>(0, 1200, 0, 6);
    private final Label saved = new Label();
    private final Button save;
    private PhoneMatch match;

    PrivacyDialog(Window owner, Texts t, DeskService service, Consumer<BoardSnapshot> onErased) {
        this.t = t;
        this.service = service;
        this.onErased = onErased;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(t.get("privacy.title"));

        Label eraseTitle = new Label(t.get("privacy.eraseTitle"));
        eraseTitle.getStyleClass().add("section-title");
        Label eraseExplain = new Label(t.get("privacy.eraseExplain"));
        eraseExplain.setWrapText(true);
        phone.setPromptText(t.get("privacy.phonePrompt"));
        phone.getStyleClass().add("privacy-phone");
        phone.textProperty().addListener((o, was, now) -> look(now));
        erase = new Button(t.get("privacy.erase"));
        erase.setDisable(true);
        erase.setOnAction(e -> confirmErase());
        phone.setOnAction(e -> erase.fire());
        found.getStyleClass().add("why");

        Label keepTitle = new Label(t.get("privacy.retentionTitle"));
        keepTitle.getStyleClass().add("section-title");
        Label keepExplain = new Label(t.get("privacy.retentionExplain"));
        keepExplain.setWrapText(true);
        months.setEditable(true);
        months.setPrefWidth(110);
        save = new Button(t.get("privacy.retentionSave"));
        // until the setting in force is read, Save would write the spinner's 0 over it
        save.setDisable(true);
        save.setOnAction(e -> saveRetention());
        Button close = new Button(t.get("button.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        ButtonBar.setButtonData(close, ButtonBar.ButtonData.CANCEL_CLOSE);

        VBox root = new VBox(10, eraseTitle, eraseExplain, new HBox(8, phone, erase), found, new Separator(),
                keepTitle, keepExplain, new HBox(8, months, new Label(t.get("privacy.months")), save), saved,
                new Separator(), new HBox(close));
        root.setPadding(new Insets(16));
        root.setPrefWidth(620);
        root.getStyleClass().addAll("checkin", "privacy");
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Theme.stylesheet());
        stage.setScene(scene);
        service.retentionMonths().thenAccept(m -> Platform.runLater(() -> {
            months.getValueFactory().setValue(m);
            save.setDisable(false);
        }));
    }

    Stage stage() {
        return stage;
    }

    void show() {
        stage.show();
        phone.requestFocus();
    }

    /** Types a phone as the manager would (for screenshots); {@link #settled()} once its visitor is shown. */
    void typeForScreenshot(String phoneText) {
        phone.setText(phoneText);
    }

    /** True once the typed phone's answer is shown. */
    boolean settled() {
        return !found.getText().isEmpty();
    }

    /** Only a whole phone number finds the visitor: erasing is never done on a guess from four digits. */
    private void look(String typed) {
        String digits = Phones.normalise(typed);
        match = null;
        erase.setDisable(true);
        if (digits == null || digits.length() < 7) {
            found.setText("");
            return;
        }
        service.lookup(digits).whenComplete((matches, error) -> Platform.runLater(() -> {
            if (!digits.equals(Phones.normalise(phone.getText()))) {
                return;
            }
            Optional<PhoneMatch> exact = error != null ? Optional.empty()
                    : matches.stream().filter(m -> m.phone().equals(digits)).findFirst();
            match = exact.orElse(null);
            erase.setDisable(match == null);
            found.setText(match == null ? t.get("privacy.notFound") : t.get("privacy.found", name(match),
                    match.owner() == null ? t.get("privacy.noOwner") : match.owner(), match.lastVisit() == null ? "—"
                            : match.lastVisit().format(DateTimeFormatter.ofPattern("yyyy-MM-dd"))));
        }));
    }

    private static String name(PhoneMatch m) {
        return m.name() == null || m.name().isBlank() ? "—" : m.name();
    }

    private void confirmErase() {
        if (match == null) {
            return;
        }
        PhoneMatch who = match;
        if (!ask(t.get("privacy.confirm", name(who), who.phone()))) {
            return;
        }
        erase.setDisable(true);
        found.setText(t.get("privacy.erasing"));
        service.erase(who.phone()).whenComplete((board, error) -> Platform.runLater(() -> {
            if (error != null) {
                found.setText(Feedback.describe(t, unwrap(error), service.folder()));
                return;
            }
            phone.clear();
            found.setText(t.get("privacy.erased", name(who)));
            onErased.accept(board);
        }));
    }

    /** Asks before something that cannot be undone; Cancel is the default, so a stray Enter changes nothing. */
    private boolean ask(String question) {
        Alert sure = new Alert(Alert.AlertType.WARNING, question, ButtonType.OK, ButtonType.CANCEL);
        sure.setTitle(t.get("privacy.title"));
        sure.setHeaderText(null);
        Dialogs.desk(sure, t, stage);
        ((Button) sure.getDialogPane().lookupButton(sure.getDialogPane().getButtonTypes().get(1))).setDefaultButton(true);
        ((Button) sure.getDialogPane().lookupButton(sure.getDialogPane().getButtonTypes().get(0))).setDefaultButton(false);
        return sure.showAndWait().filter(Dialogs::ok).isPresent();
    }

    private void saveRetention() {
        int value = months.getValue();
        // a shorter period erases at once whoever is past it, for good: ask, with Cancel as the default
        if (value > 0 && !ask(t.get("privacy.retentionConfirm", value))) {
            return;
        }
        service.setRetentionMonths(value).whenComplete((erased, error) -> Platform.runLater(() -> {
            if (error != null) {
                saved.setText(Feedback.describe(t, unwrap(error), service.folder()));
                return;
            }
            saved.setText(value == 0 ? t.get("privacy.retentionOff") : t.get("privacy.retentionOn", value, erased));
        }));
    }

    private static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException ? error.getCause() : error;
    }
}
