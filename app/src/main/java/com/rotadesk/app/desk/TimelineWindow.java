package com.rotadesk.app.desk;

import com.rotadesk.app.clients.ClientTimeline;
import com.rotadesk.app.clients.ClientWords;
import com.rotadesk.app.sheets.SheetExportException;
import com.rotadesk.app.sheets.SheetPages;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * R30: one client's whole record, oldest first: each line's time, what it was, the consultant, the rules that
 * decided it and its journal entry. Ctrl+P prints it as the one-page dispute record, Ctrl+S saves that PDF; both
 * carry the chain's anchor of the newest day shown, so the signed paper can be checked later.
 */
final class TimelineWindow {
    private final ClientsDesk desk;
    private final ClientWords w;
    private final String phone;
    private final Stage stage = new Stage();
    private final Label client = new Label();
    private final Label standing = new Label();
    private final Label anchor = new Label();
    private final Label message = new Label();
    private final TableView<ClientTimeline.Line> lines = new TableView<>();
    private final Button print;
    private final Button save;
    private final Button correct;
    private ClientTimeline timeline;
    /** What the status line says once the record is read again (after a correction), or null. */
    private String said;

    /** {@code owner}: the window it opens over, which has the keys again once it closes. */
    TimelineWindow(ClientsDesk desk, javafx.stage.Window owner, String phone) {
        this.desk = desk;
        this.w = desk.words();
        this.phone = phone;
        stage.initOwner(owner);
        stage.setTitle(w.get("timeline.title"));
        client.getStyleClass().add("timeline-client");
        standing.getStyleClass().add("timeline-standing");
        anchor.getStyleClass().add("timeline-anchor");
        message.getStyleClass().add("clients-status");
        message.setText(w.get("timeline.loading"));
        lines.getStyleClass().add("timeline-lines");
        lines.setPlaceholder(new Label(w.get("timeline.loading")));
        columns();
        print = new Button(w.get("timeline.print"));
        print.setOnAction(e -> print());
        save = new Button(w.get("timeline.savePdf"));
        save.setOnAction(e -> save());
        correct = new Button(w.get("timeline.correct"));
        correct.setOnAction(e -> correct());
        correct.setDisable(true);
        lines.getSelectionModel().selectedItemProperty().addListener((o, was, now) ->
                correct.setDisable(visitOf(now) == null));
        Button close = new Button(w.get("clients.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        for (Button b : List.of(print, save, correct, close)) {
            b.setFocusTraversable(false);
        }
        print.setDisable(true);
        save.setDisable(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        VBox top = new VBox(4, client, standing, anchor);
        BorderPane root = new BorderPane(lines);
        root.setTop(top);
        root.setBottom(new VBox(6, message, new HBox(8, print, save, correct, spacer, close)));
        BorderPane.setMargin(lines, new Insets(8, 0, 8, 0));
        root.setPadding(new Insets(12));
        root.getStyleClass().add("timeline");
        Scene scene = new Scene(root, 1180, 640);
        scene.getStylesheets().addAll(Theme.stylesheet(), ClientsDesk.class.getResource("clients.css").toExternalForm());
        var acc = scene.getAccelerators();
        acc.put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), this::print);
        acc.put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::save);
        acc.put(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), this::correct);
        acc.put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        stage.setScene(scene);
    }

    Stage stage() {
        return stage;
    }

    /** True once the record is shown (screenshots and tests wait for it). */
    boolean settled() {
        return timeline != null;
    }

    /** The record shown, or null while it is read. */
    ClientTimeline timeline() {
        return timeline;
    }

    void show() {
        stage.show();
        lines.requestFocus();
        read();
    }

    private void read() {
        desk.readTimeline(phone).whenComplete((t, error) -> Platform.runLater(() -> {
            if (error != null) {
                message.setText(desk.describe(error));
                lines.setPlaceholder(new Label(desk.describe(error)));
                return;
            }
            shown(t);
        }));
    }

    private void shown(ClientTimeline t) {
        timeline = t;
        String name = t.client() == null ? "" : w.name(t.client().name());
        client.setText(w.get("timeline.client", name, w.phone(t.phone(), false)));
        String owner = t.standing().owner() == null ? "" : t.standing().owner() + " · ";
        standing.setText(w.get("timeline.standing", owner + (t.client() == null ? w.get("status.unknown")
                : w.standing(t.standing())))
                + (t.client() != null && t.client().registered() != null ? "　" + w.get("timeline.registered",
                        w.day(t.client().registered())) : ""));
        anchor.setText(t.anchor() == null ? "" : w.get("timeline.anchor", t.anchor(), w.day(t.lastDay())));
        lines.setPlaceholder(new Label(w.get("timeline.empty")));
        lines.getItems().setAll(t.lines());
        message.setText(said == null ? "" : said);
        said = null;
        print.setDisable(t.lines().isEmpty());
        save.setDisable(t.lines().isEmpty());
        if (!t.lines().isEmpty()) {
            lines.getSelectionModel().select(t.lines().size() - 1);
            lines.scrollTo(t.lines().size() - 1);
        }
    }

    private void columns() {
        lines.getColumns().add(column("timeline.col.at", 140, l -> w.minute(l.at())));
        lines.getColumns().add(column("timeline.col.what", 260, l -> {
            String detail = w.detail(l, timeline == null || timeline.client() == null ? null
                    : timeline.client().name(), false);
            return w.kind(l.kind()) + (detail.isEmpty() ? "" : " · " + detail);
        }));
        lines.getColumns().add(column("timeline.col.consultant", 90, l -> l.consultant() == null ? "" : l.consultant()));
        lines.getColumns().add(column("timeline.col.rule", 520, w::rules));
        lines.getColumns().add(column("timeline.col.entry", 80, w::entry));
        lines.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    private TableColumn<ClientTimeline.Line, String> column(String key, double width,
            Function<ClientTimeline.Line, String> value) {
        TableColumn<ClientTimeline.Line, String> c = new TableColumn<>(w.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        // a long reason or several rules wrap: the whole line stays readable, the row grows
        c.setCellFactory(col -> new TableCell<>() {
            private final javafx.scene.text.Text text = new javafx.scene.text.Text();

            {
                text.getStyleClass().add("wrapped");
                text.wrappingWidthProperty().bind(col.widthProperty().subtract(12));
                setPrefHeight(USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty ? null : text);
            }
        });
        return c;
    }

    /** The visit or call a line is about, when the line is one (its channel and number in its day), else null. */
    private static com.rotadesk.model.Event.VisitKey visitOf(ClientTimeline.Line line) {
        return line != null && line.detail() instanceof ClientTimeline.VisitDetail v ? v.visit() : null;
    }

    /**
     * Ctrl+E: the selected visit's registration corrected (R28 "at any time"). An earlier day's visit is corrected
     * here, as that day's; today's is corrected from the visit list, where the void of R14 can follow.
     */
    void correct() {
        ClientTimeline.Line line = lines.getSelectionModel().getSelectedItem();
        com.rotadesk.model.Event.VisitKey key = visitOf(line);
        if (key == null) {
            return;
        }
        Texts t = desk.texts();
        DeskService service = desk.service();
        java.time.LocalDate day = line.at().toLocalDate();
        if (!day.isBefore(service.now().toLocalDate())) {
            message.setText(t.get("refusal.NOT_AN_EARLIER_DAY", t.shortDate(day)));
            return;
        }
        service.withStore(store -> store.engineAt(day).visits().stream()
                .filter(v -> v.channel() == key.channel() && v.number() == key.number()).findFirst().orElse(null))
                .whenComplete((visit, error) -> Platform.runLater(() -> {
                    if (error != null || visit == null) {
                        message.setText(error != null ? desk.describe(error)
                                : t.get("refusal.NO_SUCH_EARLIER_VISIT", t.shortDate(day), key.number()));
                        return;
                    }
                    CorrectionDialog dialog = new CorrectionDialog(stage, t, service, visit, day, (action, done) -> {
                        desk.boardChanged(done.board());
                        said = ActionText.done(t, action, done.board());
                        message.setText(said);
                        read();
                    });
                    dialog.stage().setOnHidden(e -> lines.requestFocus());
                    dialog.show();
                }));
    }

    /** The record's PDF, made on the drawing thread. */
    private CompletableFuture<SheetPages> pages() {
        ClientTimeline t = timeline;
        return CompletableFuture.supplyAsync(() -> {
            try {
                return desk.records().pages(t, w.locale(), false);
            } catch (SheetExportException e) {
                throw new CompletionException(e);
            }
        }, desk.drawing());
    }

    /** Ctrl+P: the system's print dialog, then the record's PDF page by page, as it is filed. */
    private void print() {
        if (timeline == null || timeline.lines().isEmpty()) {
            return;
        }
        pages().whenComplete((pages, error) -> Platform.runLater(() -> {
            if (error != null) {
                message.setText(desk.describe(error));
                return;
            }
            desk.printer().print(List.of(pages), stage, (page, total) -> { })
                    .whenComplete((outcome, failed) -> Platform.runLater(() -> message.setText(failed != null
                            ? desk.describe(failed) : switch (outcome == null ? SheetPrinter.Outcome.FAILED : outcome) {
                                case PRINTED -> desk.texts().get("sheets.printed");
                                case CANCELLED -> "";
                                case NO_PRINTER -> w.get("timeline.noPrinter");
                                case FAILED -> desk.texts().get("sheets.printFailed");
                            })));
        }));
    }

    /** Ctrl+S: the dispute record's PDF where the manager chooses. */
    private void save() {
        if (timeline == null || timeline.lines().isEmpty()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(w.get("timeline.savePdf"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF (*.pdf)", "*.pdf"));
        chooser.setInitialFileName(w.get("timeline.title") + "-" + timeline.phone() + ".pdf");
        java.io.File file = chooser.showSaveDialog(stage);
        if (file != null) {
            saveTo(file.toPath());
        }
    }

    /** Writes the dispute record to {@code file} on the drawing thread. */
    CompletableFuture<Path> saveTo(Path file) {
        ClientTimeline t = timeline;
        CompletableFuture<Path> written = CompletableFuture.supplyAsync(() -> {
            try {
                desk.records().write(t, w.locale(), false, file);
                return file;
            } catch (SheetExportException e) {
                throw new CompletionException(e);
            }
        }, desk.drawing());
        written.whenComplete((f, error) -> Platform.runLater(() -> message.setText(error != null
                ? desk.describe(error) : w.get("timeline.saved", f))));
        return written;
    }
}
