package com.rotadesk.app.desk;

import com.rotadesk.model.Action;
import com.rotadesk.model.Channel;
import com.rotadesk.model.Event;
import com.rotadesk.model.Phones;
import com.rotadesk.model.Registration;
import com.rotadesk.model.Visit;
import com.rotadesk.model.VisitSource;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionException;
import java.util.function.BiConsumer;

/**
 * R28 at the desk: a confirmed visit's or call's name, phone, party size, source and notes corrected, with a reason;
 * completing an incomplete registration is the same dialog. The fields open with the visit's values; before Enter
 * the dialog shows what the engine decides for the correction as it stands (whose client each phone is, the
 * rotation unchanged), or its refusal in words. Nothing is confirmed until Enter.
 */
final class CorrectionDialog {
    /** Stands in for the reason while the receptionist has not typed it yet, so the outcome shows meanwhile. */
    private static final String REASON_PENDING = "…";

    private final Stage stage = new Stage();
    private final Texts t;
    private final DeskService service;
    private final Visit visit;
    /** The visit's day when it is an earlier day's (R28 "at any time"), or null for today's. */
    private final java.time.LocalDate day;
    private final BiConsumer<Action, DeskService.Confirmed> onDone;
    private final TextField phone = new TextField();
    private final TextField name = new TextField();
    private final Spinner<Integer> party;
    private final ComboBox<VisitSource> source = new ComboBox<>();
    private final TextField notes = new TextField();
    private final TextField reason = new TextField();
    private final Label warning = new Label();
    private final VBox decision = new VBox(4);
    private final Button confirm;
    /** The engine's R18: who owns a client the decision names (until the engine answers, the recorded owner). */
    private java.util.function.BiFunction<com.rotadesk.model.Client, java.time.LocalDateTime, String> ownerRule =
            (c, at) -> c.owner();
    /** What the phone field refused at the last keystroke (non-digits), until the next one. */
    private String refused;
    private boolean notesCut;
    /** The engine's events for the correction as it stands; null while asking, or when it refuses. */
    private List<Event> decided;
    private int asked;
    private int inFlight;

    CorrectionDialog(Window owner, Texts t, DeskService service, Visit visit,
            BiConsumer<Action, DeskService.Confirmed> onDone) {
        this(owner, t, service, visit, null, onDone);
    }

    /** A visit of {@code day} (null: today); an earlier day's visit is corrected as that day's (R28). */
    CorrectionDialog(Window owner, Texts t, DeskService service, Visit visit, java.time.LocalDate day,
            BiConsumer<Action, DeskService.Confirmed> onDone) {
        this.t = t;
        this.service = service;
        this.visit = visit;
        this.day = day;
        this.onDone = onDone;
        Registration r = visit.registration();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        String title = t.get(visit.incomplete() ? "correct.completeTitle"
                : visit.channel() == Channel.PHONE ? "correct.callTitle" : "correct.title");
        stage.setTitle(day == null ? title : t.get("correct.earlierTitle", t.shortDate(day)) + " · " + title);

        // the visit as it stands, its phone as registered (masked): what the fields below correct
        Label who = new Label(t.get("correct.who", (day == null ? "" : t.shortDate(day) + " ")
                + t.time(visit.arrival()), ActionText.withConsultant(t, visit),
                r.phone() == null ? t.get("visit.incomplete") : Phones.mask(r.phone()),
                visit.type() == null ? "" : t.type(visit.type()),
                t.get(visit.counted() ? "visit.counted" : "visit.uncounted")));
        who.getStyleClass().add("who");
        phone.setText(r.phone() == null || Phones.erased(r.phone()) ? "" : r.phone());
        name.setText(r.name() == null || r.name().startsWith("@") ? "" : r.name());
        party = new Spinner<>(1, 50, r.party());
        source.getItems().setAll(VisitSource.values());
        source.setValue(r.source());
        source.setConverter(new StringConverter<>() {
            @Override
            public String toString(VisitSource s) {
                return s == null ? "" : t.source(s);
            }

            @Override
            public VisitSource fromString(String string) {
                return null;
            }
        });
        notes.setText(r.notes() == null ? "" : r.notes());
        notes.setPromptText(t.get("checkin.notesPrompt"));
        reason.setPromptText(t.get("correct.reasonPrompt"));
        phone.getStyleClass().add("correct-phone");
        name.getStyleClass().add("correct-name");
        notes.getStyleClass().add("correct-notes");
        reason.getStyleClass().add("correct-reason");
        phone.setTextFormatter(DigitsOnly.formatter(t, what -> refused = what, this::refresh));
        notes.setTextFormatter(NotesField.formatter(cut -> {
            if (cut != notesCut) {
                notesCut = cut;
                Platform.runLater(this::refresh);
            }
        }));

        confirm = new Button(t.get("correct.confirm"));
        Button cancel = new Button(t.get("checkin.cancel"));
        confirm.setDefaultButton(true);
        cancel.setCancelButton(true);
        confirm.setOnAction(e -> confirm());
        cancel.setOnAction(e -> stage.close());
        confirm.setDisable(true);
        for (Button b : List.of(confirm, cancel)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }

        GridPane grid = new GridPane();
        grid.getStyleClass().addAll("checkin", "correction");
        int row = 0;
        grid.add(who, 0, row++, 2, 1);
        grid.addRow(row++, new Label(t.get("checkin.phone")), phone);
        grid.addRow(row++, new Label(t.get("checkin.name")), name);
        grid.addRow(row++, new Label(t.get("checkin.party")), party);
        grid.addRow(row++, new Label(t.get("checkin.source")), source);
        grid.addRow(row++, new Label(t.get("checkin.notes")), notes);
        grid.addRow(row++, new Label(t.get("correct.reason")), reason);
        grid.add(warning, 1, row++);
        Label outcome = new Label(t.get("correct.outcome"));
        // beside the first line of the outcome, however many lines follow
        GridPane.setValignment(outcome, javafx.geometry.VPos.TOP);
        grid.addRow(row++, outcome, decision);
        HBox buttons = new HBox(10, confirm, cancel);
        buttons.setMinWidth(Region.USE_PREF_SIZE);
        grid.add(buttons, 0, row, 2, 1);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(90);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setMinWidth(460);
        fields.setPrefWidth(520);
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        warning.setWrapText(true);
        warning.setMaxWidth(520);
        warning.visibleProperty().bind(warning.textProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());
        decision.getStyleClass().add("decision");

        for (TextField f : List.of(phone, name, notes, reason)) {
            f.textProperty().addListener((o, a, b) -> refresh());
        }
        party.valueProperty().addListener((o, a, b) -> refresh());
        source.valueProperty().addListener((o, a, b) -> refresh());
        // a refused keystroke is told until the receptionist moves on; then the line says what is needed next
        phone.focusedProperty().addListener((o, was, now) -> {
            if (!now && refused != null) {
                refused = null;
                refresh();
            }
        });
        notes.focusedProperty().addListener((o, was, now) -> {
            if (!now && notesCut) {
                notesCut = false;
                refresh();
            }
        });

        Scene scene = Dialogs.scene(grid, stage);
        stage.setScene(scene);
        service.ownerRule().thenAccept(rule -> Platform.runLater(() -> {
            ownerRule = rule;
            refresh();
        }));
    }

    Stage stage() {
        return stage;
    }

    /** Shows the dialog with the keys in the field most likely to need them: a missing phone, a missing name. */
    void show() {
        stage.show();
        Dialogs.keepOnScreen(stage);
        TextField first = phone.getText().isEmpty() ? phone : name.getText().isEmpty() ? name : phone;
        first.requestFocus();
        first.end();
    }

    /** True when the engine's answer for what the fields say now is shown (for screenshots and tests). */
    boolean settled() {
        return inFlight == 0 && asked > 0;
    }

    /** Fills the fields as a receptionist would (for screenshots). */
    void typeForScreenshot(String phoneText, String reasonText) {
        phone.setText(phoneText);
        reason.setText(reasonText);
    }

    private static String text(TextField f) {
        String s = f.getText();
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The correction the fields make: only what differs from the visit as it stands goes in. */
    private Action draft(String why) {
        Registration r = visit.registration();
        String n = text(name);
        String p = Phones.normalise(phone.getText());
        String note = text(notes);
        String newName = n != null && !n.equals(r.name()) ? n : null;
        String newPhone = p != null && !p.equals(r.phone()) ? p : null;
        Integer newParty = party.getValue() != r.party() ? party.getValue() : null;
        VisitSource newSource = source.getValue() != r.source() ? source.getValue() : null;
        // an emptied note is corrected to none ("" clears it; null would leave it as it was)
        String newNotes = Objects.equals(note, r.notes()) ? null : note == null ? "" : note;
        if (day != null) {
            return new Action.CorrectEarlier(service.now(), day, visit.channel(), visit.number(), newName, newPhone,
                    newParty, newSource, newNotes, why);
        }
        return new Action.Correct(service.now(), visit.ref(), newName, newPhone, newParty, newSource, newNotes, why);
    }

    /**
     * What the last keystroke was refused (a letter in the phone, a note past its length), in one line, or null: the
     * fields themselves are fine, so the outcome is still shown and can be confirmed.
     */
    private String notice() {
        return refused != null ? t.get("checkin.digitsOnly", refused)
                : notesCut ? t.get("checkin.notesTooLong", Registration.MAX_NOTES) : null;
    }

    /** The first thing wrong with what the fields say, in one line, or null: nothing can be confirmed until fixed. */
    private String problem() {
        Registration r = visit.registration();
        String p = Phones.normalise(phone.getText());
        if (p == null && r.phone() != null && !Phones.erased(r.phone())) {
            return t.get("correct.keepPhone");
        }
        if (p != null && !p.equals(r.phone()) && !Phones.plausible(p)) {
            return t.get("correct.badPhone");
        }
        if (text(name) == null && r.name() != null && !r.name().startsWith("@")) {
            return t.get("correct.keepName");
        }
        return null;
    }

    private void refresh() {
        String wrong = problem();
        String why = text(reason);
        int mine = ++asked;
        decided = null;
        confirm.setDisable(true);
        if (wrong != null) {
            warning.setText("⚠ " + wrong);
            showLines(List.of(), false);
            return;
        }
        String notice = notice();
        warning.setText(notice != null ? "⚠ " + notice : why == null ? "⚠ " + t.get("correct.needsReason") : "");
        inFlight++;
        service.decide(draft(why == null ? REASON_PENDING : why)).whenComplete((events, error) ->
                Platform.runLater(() -> {
                    inFlight--;
                    if (mine != asked) {
                        return;
                    }
                    if (error != null) {
                        Throwable cause = error instanceof CompletionException ? error.getCause() : error;
                        showLines(List.of(Feedback.describe(t, cause, service.folder())), true);
                        return;
                    }
                    decided = events;
                    showLines(CorrectionWords.lines(t, events, visit, service.now(), ownerRule), false);
                    confirm.setDisable(why == null);
                }));
    }

    private void showLines(List<String> lines, boolean refusal) {
        decision.getChildren().setAll(lines.stream().map(s -> {
            Label l = new Label(s);
            l.setWrapText(true);
            l.setMaxWidth(520);
            l.setMinHeight(Region.USE_PREF_SIZE);
            l.getStyleClass().add(refusal ? "error" : "why");
            return l;
        }).toList());
        if (lines.isEmpty()) {
            decision.getChildren().add(new Label("—"));
        }
        stage.sizeToScene();
    }

    private void confirm() {
        String why = text(reason);
        if (decided == null || why == null || problem() != null) {
            return;
        }
        confirm.setDisable(true);
        Action action = draft(why);
        service.confirm(action).whenComplete((done, error) -> Platform.runLater(() -> {
            if (error != null) {
                Throwable cause = error instanceof CompletionException ? error.getCause() : error;
                showLines(List.of(Feedback.describe(t, cause, service.folder())), true);
                confirm.setDisable(false);
                return;
            }
            stage.close();
            onDone.accept(action, done);
        }));
    }
}
