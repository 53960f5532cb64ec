package com.rotadesk.app.desk;

import com.rotadesk.model.Action;
import com.rotadesk.model.Channel;
import com.rotadesk.model.PassReason;
import com.rotadesk.model.Phones;
import com.rotadesk.model.Registration;
import com.rotadesk.model.Rejection;
import com.rotadesk.model.Visit;
import com.rotadesk.model.VisitSource;
import com.rotadesk.model.VisitType;
import com.rotadesk.persistence.PhoneMatch;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;

/**
 * The check-in dialog (F2) and the call dialog (F3): phone first with live lookup, the engine's proposal with its
 * reason, Enter confirms, Alt+N / Alt+D reject the proposal and show the next one in place.
 */
final class CheckInDialog {
    private final Texts t;
    private final DeskService service;
    private final Channel channel;
    private final String group;
    private final List<String> consultants;
    private final BiConsumer<List<? extends Action>, BoardSnapshot> onDone;
    private final Stage stage = new Stage();
    private final TextField phone = new TextField();
    private final ListView<PhoneMatch> matches = new ListView<>();
    private final TextField name = new TextField();
    private final Spinner<Integer> party = new Spinner<>(1, 50, 1);
    private final ComboBox<VisitSource> source = new ComboBox<>();
    /** The receptionist's note (备注: 中介带看, 看3号楼), printed in the register; optional, one line. */
    private final TextField notes = new TextField();
    private final ComboBox<VisitType> type = new ComboBox<>();
    private final ComboBox<String> named = new ComboBox<>();
    private final Label warning = new Label();
    /** ControlsFX marks the phone and name fields themselves, beside the sentence under them. */
    private final ValidationSupport validation = new ValidationSupport();
    private final HBox household = new HBox();
    private final Label householdText = new Label();
    private final ToggleButton familyYes;
    private final ToggleButton familyNo;
    private final ProposalLines lines;
    private final Button confirm;
    private final Button notHere;
    private final Button declines;
    private final List<Rejection> rejections = new ArrayList<>();
    private final String ref;
    private Boolean family;
    /**
     * The client the phone stands for: taken automatically only for exactly the last four digits of a single match
     * or a whole number, otherwise only when the receptionist picks a suggestion (↓ or a click). Any edit of the
     * phone drops it, so a partial number never silently becomes somebody else's.
     */
    private PhoneMatch chosen;
    /** The name the chosen client filled in; it goes again with the choice, unless the receptionist changed it. */
    private String filledName;
    /** What the phone field refused (non-digits) at the last keystroke, shown until the next. */
    private String refused;
    /** The note was cut at its longest ({@link Registration#MAX_NOTES}) at the last keystroke. */
    private boolean notesCut;
    /** An implausible phone was confirmed once: the next Enter saves it as it stands (R16). */
    private boolean incompleteArmed;
    private Visit trial;
    private int lookups;
    /** Store calls (lookups, trials) not answered yet: the screenshot waits until the dialog has settled. */
    private int inFlight;

    CheckInDialog(Window owner, Texts t, DeskService service, Channel channel, String group, List<String> consultants,
            BiConsumer<List<? extends Action>, BoardSnapshot> onDone) {
        this.t = t;
        this.service = service;
        this.channel = channel;
        this.group = group;
        this.consultants = consultants;
        this.onDone = onDone;
        this.ref = (channel == Channel.PHONE ? "call-" : "visit-") + System.currentTimeMillis();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(t.get(channel == Channel.PHONE ? "checkin.callTitle" : "checkin.title"));
        familyYes = new ToggleButton(t.get("checkin.family"));
        familyNo = new ToggleButton(t.get("checkin.notFamily"));
        confirm = new Button(t.get("checkin.confirm"));
        notHere = new Button(t.get("checkin.notHere"));
        declines = new Button(t.get("checkin.declines"));
        lines = new ProposalLines(t, service.folder(), confirm, notHere, declines);
        Button cancel = new Button(t.get("checkin.cancel"));
        confirm.setDefaultButton(true);
        cancel.setCancelButton(true);
        confirm.setOnAction(e -> confirm());
        notHere.setOnAction(e -> reject(PassReason.ABSENT));
        declines.setOnAction(e -> reject(PassReason.DECLINED));
        cancel.setOnAction(e -> stage.close());

        source.getItems().setAll(VisitSource.values());
        source.setValue(channel == Channel.PHONE ? VisitSource.PHONE_INVITATION : VisitSource.WALK_IN);
        source.setConverter(converter(s -> s == null ? "" : t.source(s)));
        type.getItems().add(null);
        type.getItems().addAll(VisitType.values());
        type.setConverter(converter(v -> v == null ? autoTypeText() : t.type(v)));
        type.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(VisitType item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null ? autoTypeText() : t.type(item));
            }
        });
        named.getItems().setAll(consultants);
        matches.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(PhoneMatch m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : describe(m));
            }
        });
        matches.setFocusTraversable(false);
        matches.setFixedCellSize(30);

        // R20: "family" is the default answer (the usual case at a sales office): it is selected and focused when
        // the question appears, and the proposal shown is the one Enter confirms
        ToggleGroup answers = new ToggleGroup();
        familyYes.setToggleGroup(answers);
        familyNo.setToggleGroup(answers);
        familyYes.getStyleClass().add("family-yes");
        familyNo.getStyleClass().add("family-no");
        answers.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                // clicking the chosen answer again keeps it; only a new phone clears the question
                if (family != null) {
                    was.setSelected(true);
                }
                return;
            }
            Boolean answer = now == familyYes;
            if (!answer.equals(family)) {
                family = answer;
                refresh();
            }
        });
        household.getChildren().addAll(householdText, familyYes, familyNo);
        // Enter confirms from the answer buttons too (a toggle button would otherwise keep the key to itself)
        for (ToggleButton answer : List.of(familyYes, familyNo)) {
            answer.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    e.consume();
                    confirm();
                }
            });
        }
        household.getStyleClass().add("household");
        household.setVisible(false);
        household.setManaged(false);

        GridPane grid = new GridPane();
        grid.getStyleClass().add("checkin");
        int row = 0;
        grid.addRow(row++, new Label(t.get("checkin.phone")), phone);
        grid.add(matches, 1, row++);
        grid.addRow(row++, new Label(t.get("checkin.name")), name);
        grid.add(household, 1, row++);
        grid.addRow(row++, new Label(t.get("checkin.party")), party);
        grid.addRow(row++, new Label(t.get("checkin.source")), source);
        grid.addRow(row++, new Label(t.get("checkin.notes")), notes);
        grid.addRow(row++, new Label(t.get("checkin.type")), type);
        Label namedLabel = new Label(t.get("checkin.named"));
        grid.addRow(row++, namedLabel, named);
        grid.add(warning, 1, row++);
        // the named consultant only matters for designated and referral visits: hidden otherwise, to keep the
        // dialog short; the warning takes no room when there is nothing to warn about
        namedLabel.visibleProperty().bind(named.disableProperty().not());
        namedLabel.managedProperty().bind(namedLabel.visibleProperty());
        named.visibleProperty().bind(named.disableProperty().not());
        named.managedProperty().bind(named.visibleProperty());
        warning.setWrapText(true);
        warning.setMaxWidth(560);
        warning.visibleProperty().bind(warning.textProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());
        grid.addRow(row++, new Label(t.get("checkin.proposal")), lines.node());
        HBox buttons = new HBox(10, confirm, notHere, declines, cancel);
        // the buttons keep their whole words ("Confirm (Enter)"), in English too: the dialog widens instead
        for (Button b : List.of(confirm, notHere, declines, cancel)) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        buttons.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.add(buttons, 0, row, 2, 1);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(90);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setMinWidth(460);
        fields.setPrefWidth(460);
        fields.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        matches.setVisible(false);
        matches.setManaged(false);
        named.setDisable(true);

        validation.registerValidator(phone, false, (Control c, String text) -> ValidationResult.fromWarningIf(c,
                t.get("checkin.badPhone"), effectivePhone() != null && chosen == null
                        && !Phones.plausible(effectivePhone())));
        validation.registerValidator(name, false, (Control c, String text) -> ValidationResult.fromWarningIf(c,
                t.get("checkin.incomplete"), (text == null || text.isBlank()) && effectivePhone() != null));
        phone.getStyleClass().add("phone-field");
        // digits only: anything else is refused where it was typed, and the dialog says so
        phone.setTextFormatter(DigitsOnly.formatter(t, what -> refused = what, this::refresh));
        name.getStyleClass().add("name-field");
        notes.getStyleClass().add("notes-field");
        notes.setPromptText(t.get("checkin.notesPrompt"));
        notes.setTextFormatter(NotesField.formatter(cut -> {
            if (cut != notesCut) {
                notesCut = cut;
                Platform.runLater(this::refresh);
            }
        }));
        phone.textProperty().addListener((o, a, b) -> phoneTyped(b));
        name.textProperty().addListener((o, a, b) -> {
            // another name may or may not be the household's: the question is asked afresh
            forgetHousehold();
            incompleteArmed = false;
            refresh();
        });
        party.valueProperty().addListener((o, a, b) -> refresh());
        source.valueProperty().addListener((o, a, b) -> refresh());
        type.valueProperty().addListener((o, a, b) -> {
            named.setDisable(b != VisitType.DESIGNATED && b != VisitType.REFERRAL);
            stage.sizeToScene();
            refresh();
        });
        named.valueProperty().addListener((o, a, b) -> refresh());
        phone.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !matches.getItems().isEmpty()) {
                int i = matches.getSelectionModel().getSelectedIndex();
                matches.getSelectionModel().select(Math.min(matches.getItems().size() - 1, i + 1));
                choose(matches.getSelectionModel().getSelectedItem());
                e.consume();
            } else if (e.getCode() == KeyCode.UP && !matches.getItems().isEmpty()) {
                int i = matches.getSelectionModel().getSelectedIndex();
                matches.getSelectionModel().select(Math.max(0, i - 1));
                choose(matches.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        matches.setOnMouseClicked(e -> choose(matches.getSelectionModel().getSelectedItem()));

        Scene scene = Dialogs.scene(grid, stage);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.ALT_DOWN), this::notHere);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.D, KeyCombination.ALT_DOWN), this::declines);
        stage.setScene(scene);
        refresh();
    }

    private void notHere() {
        if (!notHere.isDisabled()) {
            reject(PassReason.ABSENT);
        }
    }

    private void declines() {
        if (!declines.isDisabled()) {
            reject(PassReason.DECLINED);
        }
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
        phone.requestFocus();
    }

    private String autoTypeText() {
        return t.get("checkin.autoType");
    }

    private String describe(PhoneMatch m) {
        String owner = m.owner() == null ? t.get("checkin.matchPublic")
                : m.deal() ? t.get("checkin.matchDeal", m.owner())
                : t.get("checkin.matchOwner", m.owner(), m.protectedUntil().format(DateTimeFormatter.ofPattern("MM-dd")));
        String last = m.lastVisit() == null ? "" : " · " + t.get("checkin.lastVisit",
                m.lastVisit().format(DateTimeFormatter.ofPattern("MM-dd")));
        return t.get("checkin.match", Phones.mask(m.phone()), m.name() == null ? "" : m.name(), owner) + last;
    }

    private void phoneTyped(String text) {
        forgetHousehold();
        incompleteArmed = false;
        String digits = Phones.normalise(text);
        unchoose();
        if (digits == null || digits.length() < 3) {
            matches.getItems().clear();
            showMatches();
            refresh();
            return;
        }
        int mine = ++lookups;
        inFlight++;
        service.lookup(digits).whenComplete((found, error) -> Platform.runLater(() -> {
            inFlight--;
            if (mine != lookups || error != null) {
                return;
            }
            matches.getItems().setAll(found);
            showMatches();
            PhoneMatch taken = taken(found, digits);
            if (taken != null) {
                matches.getSelectionModel().select(taken);
                choose(taken);
            } else {
                refresh();
            }
        }));
    }

    /**
     * The match typing alone may take: the whole number of a client, or exactly the last four digits of the only
     * client found. Anything else (a prefix, a longer part) only lists suggestions.
     */
    static PhoneMatch taken(List<PhoneMatch> found, String digits) {
        for (PhoneMatch m : found) {
            if (m.phone().equals(digits)) {
                return m;
            }
        }
        if (digits.length() == 4 && found.size() == 1 && found.getFirst().phone().endsWith(digits)) {
            return found.getFirst();
        }
        return null;
    }

    /** The phone changed: no client is chosen any more, and a name only the choice had filled in goes too. */
    private void unchoose() {
        if (chosen == null) {
            return;
        }
        chosen = null;
        matches.getSelectionModel().clearSelection();
        if (filledName != null && filledName.equals(name.getText())) {
            name.clear();
        }
        filledName = null;
    }

    private void showMatches() {
        boolean any = !matches.getItems().isEmpty();
        matches.setPrefHeight(Math.min(6, matches.getItems().size()) * 30 + 4);
        matches.setVisible(any);
        matches.setManaged(any);
        stage.sizeToScene();
    }

    private void choose(PhoneMatch m) {
        String before = filledName;
        chosen = m;
        incompleteArmed = false;
        if (m != null && m.name() != null && (name.getText().isBlank() || name.getText().equals(before))) {
            filledName = m.name();
            name.setText(m.name());
        }
        refresh();
    }

    private String effectivePhone() {
        if (chosen != null) {
            return chosen.phone();
        }
        return Phones.normalise(phone.getText());
    }

    private Action.CheckIn draft() {
        String p = effectivePhone();
        String n = name.getText() == null || name.getText().isBlank() ? null : name.getText().strip();
        return new Action.CheckIn(service.now(), channel, ref, new Registration(n, p, party.getValue(), source.getValue(),
                notes.getText()),
                type.getValue(), type.getValue() == VisitType.DESIGNATED || type.getValue() == VisitType.REFERRAL
                        ? named.getValue() : null, family, group, rejections);
    }

    private void refresh() {
        String p = effectivePhone();
        String n = name.getText();
        if (refused != null) {
            warning.setText("⚠ " + t.get("checkin.digitsOnly", refused));
            warning.getStyleClass().setAll("label", "warning");
        } else if (notesCut) {
            warning.setText("⚠ " + t.get("checkin.notesTooLong", Registration.MAX_NOTES));
            warning.getStyleClass().setAll("label", "warning");
        } else if (incompleteArmed) {
            warning.setText("⚠ " + t.get("checkin.confirmIncomplete", p, n == null || n.isBlank()
                    ? t.get("checkin.noName") : t.get("checkin.withName", n.strip())));
            warning.getStyleClass().setAll("label", "warning", "armed");
        } else if (p != null && !Phones.plausible(p) && chosen == null) {
            warning.setText("⚠ " + t.get(matches.getItems().isEmpty() ? "checkin.badPhone" : "checkin.pickMatch"));
            warning.getStyleClass().setAll("label", "warning");
        } else if (p == null || n == null || n.isBlank()) {
            warning.setText("⚠ " + t.get("checkin.incomplete"));
            warning.getStyleClass().setAll("label", "warning");
        } else {
            warning.setText("");
        }
        validation.revalidate();
        Action.CheckIn draft = draft();
        inFlight++;
        CompletableFuture<Visit> question = service.trial(draft);
        question.whenComplete((visit, error) -> Platform.runLater(() -> inFlight--));
        lines.ask(question, visit -> {
            trial = visit;
            if (visit == null) {
                return;
            }
            if (visit.householdConflict() && family == null) {
                askHousehold(visit.registration().phone(), n);
                return;
            }
            lines.show(visit.consultant(), visit.consultant() == null ? t.get("checkin.waits")
                    : t.type(visit.type()) + " · " + t.reason(visit.reason())
                            + (visit.counted() ? " · " + t.get("visit.counted") : ""), rejections, true, ProposalLines.walks(visit));
            stage.sizeToScene();
        });
    }

    /** Shows the household question with "family" chosen and focused, then tries the check-in as family. */
    private void askHousehold(String phoneDigits, String visitor) {
        householdText.setText(t.get("checkin.household", "—", visitor));
        service.clientName(phoneDigits).thenAccept(owner -> Platform.runLater(() ->
                householdText.setText(t.get("checkin.household", owner == null ? "—" : owner, visitor))));
        household.setVisible(true);
        household.setManaged(true);
        family = true;
        familyYes.setSelected(true);
        // the answer takes the focus, unless the receptionist is still typing the visitor's name or phone
        if (!name.isFocused() && !phone.isFocused()) {
            familyYes.requestFocus();
        }
        stage.sizeToScene();
        refresh();
    }

    /** Another phone: the household question no longer applies. */
    private void forgetHousehold() {
        family = null;
        familyYes.setSelected(false);
        familyNo.setSelected(false);
        household.setVisible(false);
        household.setManaged(false);
    }

    private void reject(PassReason reason) {
        if (trial == null || trial.consultant() == null) {
            return;
        }
        rejections.add(new Rejection(trial.consultant(), reason));
        trial = null;
        lines.asking();
        refresh();
    }

    private void confirm() {
        if (trial == null) {
            return;
        }
        String p = effectivePhone();
        if (p != null && chosen == null && !Phones.plausible(p) && !incompleteArmed) {
            // a partial number is saved only on purpose: the first Enter says what would be saved
            incompleteArmed = true;
            refresh();
            return;
        }
        confirm.setDisable(true);
        Action.CheckIn draft = draft();
        service.submit(draft).whenComplete((board, error) -> Platform.runLater(() -> {
            if (error != null) {
                confirm.setDisable(false);
                lines.failed(error);
                if (lines.staleRefused()) {
                    refresh();
                }
                return;
            }
            stage.close();
            onDone.accept(List.of(draft), board);
        }));
    }

    /** True when every lookup and trial asked for has been answered. */
    boolean settled() {
        return inFlight == 0 && trial != null;
    }

    /** Fills the dialog as a receptionist would (for screenshots). */
    void typeForScreenshot(String phoneText, String nameText, String notesText) {
        phone.setText(phoneText);
        name.setText(nameText);
        notes.setText(notesText);
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T object) {
                return f.apply(object);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
