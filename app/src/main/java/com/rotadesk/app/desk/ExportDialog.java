package com.rotadesk.app.desk;

import com.rotadesk.app.sheets.DateRange;
import com.rotadesk.app.sheets.DayRangeExport;
import com.rotadesk.app.sheets.SheetFormat;
import com.rotadesk.app.sheets.SheetOptions;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Exports the sheets of a date range into a folder in one go (Ctrl+E): from and to, the formats, the folder; then
 * "day 3 of 7" with Cancel, and how many files went where. The files are the command line's, name for name.
 */
final class ExportDialog {
    private final Texts t;
    private final DeskService service;
    private final SheetWork work;
    private final Consumer<Path> remember;
    private final Stage stage = new Stage();
    private final DatePicker from;
    private final DatePicker to;
    private final CheckBox pdf;
    private final CheckBox xlsx;
    private final CheckBox csv;
    private final TextField folder = new TextField();
    private final Button choose;
    private final Button start;
    private final Button cancel;
    private final ProgressBar bar = new ProgressBar(0);
    private final Label progress = new Label();
    private final Label message = new Label();
    /** The days with records, marked in both calendars once the store has answered. */
    private final Set<LocalDate> withData = new HashSet<>();
    /** Set on the FX thread, read by the export between days. */
    private volatile boolean cancelRequested;
    private boolean running;

    /**
     * @param initialFolder the folder offered (the last one used)
     * @param remember      told the folder of each export started, to offer it next time
     */
    ExportDialog(Window owner, Texts t, DeskService service, SheetWork work, Path initialFolder,
            Consumer<Path> remember) {
        this.t = t;
        this.service = service;
        this.work = work;
        this.remember = remember;
        stage.initOwner(owner);
        stage.setTitle(t.get("export.title"));
        from = DayPicker.create(t, withData);
        to = DayPicker.create(t, withData);
        from.getStyleClass().add("export-from");
        to.getStyleClass().add("export-to");
        // a later "from" drags "to" along: the usual range is a single day or a week forward
        from.valueProperty().addListener((o, was, day) -> {
            if (day != null && (to.getValue() == null || to.getValue().isBefore(day))) {
                to.setValue(day);
            }
        });
        pdf = new CheckBox(t.get("export.pdf"));
        xlsx = new CheckBox(t.get("export.xlsx"));
        csv = new CheckBox(t.get("export.csv"));
        for (CheckBox c : new CheckBox[] {pdf, xlsx, csv}) {
            c.setSelected(true);
        }
        folder.setText(initialFolder == null ? "" : initialFolder.toString());
        folder.setPromptText(t.get("export.folderPrompt"));
        folder.getStyleClass().add("export-folder");
        HBox.setHgrow(folder, Priority.ALWAYS);
        choose = new Button(t.get("export.choose"));
        choose.setOnAction(e -> chooseFolder());
        start = new Button(t.get("export.start"));
        start.setDefaultButton(true);
        start.setOnAction(e -> start());
        cancel = new Button(t.get("export.close"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> cancelOrClose());
        stage.setOnCloseRequest(e -> {
            if (running) {
                e.consume();
                cancelOrClose();
            }
        });

        GridPane form = new GridPane();
        form.getStyleClass().add("export-form");
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        form.getColumnConstraints().addAll(new javafx.scene.layout.ColumnConstraints(), fields);
        int row = 0;
        form.addRow(row++, label("export.from", from), from);
        form.addRow(row++, label("export.to", to), to);
        form.addRow(row++, new Label(t.get("export.formats")), new HBox(16, pdf, xlsx, csv));
        form.addRow(row++, label("export.folder", folder), new HBox(8, folder, choose));
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.getStyleClass().add("export-bar");
        progress.getStyleClass().add("export-progress");
        message.getStyleClass().add("export-message");
        message.setWrapText(true);
        message.setMaxWidth(560);
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        HBox buttons = new HBox(10, start, cancel);
        buttons.getStyleClass().add("export-buttons");
        Label keys = new Label(t.get("export.keys"));
        keys.getStyleClass().add("sheets-hint");
        VBox root = new VBox(14, form, bar, progress, message, buttons, keys);
        root.getStyleClass().add("export");
        root.setPrefWidth(620);

        Scene scene = new Scene(root);
        scene.getStylesheets().addAll(Theme.stylesheet(), SheetsDesk.stylesheet());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                this::chooseFolder);
        // Enter exports from any field (a date just typed, a check box); a focused button does its own job
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isAltDown() && !e.isShortcutDown()
                    && !(scene.getFocusOwner() instanceof Button)) {
                e.consume();
                start();
            }
        });
        stage.setScene(scene);
    }

    private Label label(String key, javafx.scene.Node field) {
        Label l = new Label(t.get(key));
        l.setLabelFor(field);
        return l;
    }

    /** Opens with the range filled in; the "from" field has the keys. */
    ExportDialog show(LocalDate first, LocalDate last) {
        from.setValue(first);
        to.setValue(last);
        stage.show();
        from.requestFocus();
        service.days().thenAccept(days -> Platform.runLater(() -> {
            withData.addAll(days);
            DayPicker.refreshMarks(from);
            DayPicker.refreshMarks(to);
        }));
        return this;
    }

    Stage stage() {
        return stage;
    }

    /** True while an export runs. */
    boolean running() {
        return running;
    }

    private void chooseFolder() {
        if (running) {
            return;
        }
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(t.get("export.folder"));
        File current = folder.getText().isBlank() ? null : new File(folder.getText().strip());
        if (current != null && current.isDirectory()) {
            chooser.setInitialDirectory(current);
        }
        File dir = chooser.showDialog(stage);
        if (dir != null) {
            folder.setText(dir.getPath());
        }
    }

    private void start() {
        if (running) {
            return;
        }
        // a day typed but not yet confirmed (Enter pressed in the field itself) counts as typed
        DateRange range = ExportChoices.range(t, from, to, this::fail);
        if (range == null) {
            return;
        }
        Set<SheetFormat> formats = ExportChoices.formats(t, pdf, xlsx, csv, this::fail);
        if (formats == null) {
            return;
        }
        Path dir = ExportChoices.folder(t, folder.getText(), "export.noFolder", this::fail);
        if (dir == null) {
            return;
        }
        remember.accept(dir);
        running(true);
        cancelRequested = false;
        bar.setProgress(0);
        progress.setText(t.get("export.starting"));
        DayRangeExport.Progress listener = new DayRangeExport.Progress() {
            @Override
            public void day(int number, int total, LocalDate day) {
                Platform.runLater(() -> {
                    bar.setProgress((number - 1.0) / total);
                    progress.setText(t.get("export.day", number, total, DayPicker.words(t, day)));
                });
            }

            @Override
            public boolean cancelled() {
                return cancelRequested;
            }
        };
        service.days().thenCompose(days -> work.export(range, new HashSet<>(days), dir, formats,
                new SheetOptions(t.locale(), false), listener))
                .whenComplete((result, error) -> Platform.runLater(() -> finished(result, error, dir)));
    }

    private void finished(DayRangeExport.Result result, Throwable error, Path dir) {
        running(false);
        progress.setText("");
        if (error != null) {
            fail(SheetFailures.describe(t, error, service.folder(), dir));
            return;
        }
        if (result.cancelled()) {
            fail(t.get("export.cancelled", result.days(), result.files().size(), dir));
        } else if (result.days() == 0) {
            fail(t.get("export.nothing"));
        } else {
            bar.setProgress(1);
            message.getStyleClass().add("done");
            message.setText(t.get("export.done", result.days(), result.files().size(), dir));
        }
        cancel.requestFocus();
    }

    private void cancelOrClose() {
        if (running) {
            cancelRequested = true;
            progress.setText(t.get("export.cancelling"));
        } else {
            stage.close();
        }
    }

    private void running(boolean on) {
        running = on;
        for (var control : new javafx.scene.control.Control[] {from, to, pdf, xlsx, csv, folder, choose, start}) {
            control.setDisable(on);
        }
        cancel.setText(t.get(on ? "export.cancel" : "export.close"));
        message.setText("");
        message.getStyleClass().remove("done");
    }

    private void fail(String text) {
        message.getStyleClass().remove("done");
        message.setText(text);
    }
}
