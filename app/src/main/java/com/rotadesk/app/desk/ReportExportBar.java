package com.rotadesk.app.desk;

import com.rotadesk.app.sheets.SheetDocument;
import com.rotadesk.app.sheets.SheetFormat;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Saves the report on screen into a folder: the formats (PDF to print, XLSX with real numbers, CSV), the folder typed
 * or chosen, Export, and where the files went. The files are the command line's, name for name.
 */
final class ReportExportBar {
    /** What to write: the document and its file name, or null when nothing is shown yet. */
    record Report(Supplier<SheetDocument> document, String name) {
    }

    private final Texts t;
    private final ReviewWork work;
    private final DeskService service;
    private final Supplier<Report> report;
    private final TextField folder = new TextField();
    private final CheckBox pdf;
    private final CheckBox xlsx;
    private final CheckBox csv;
    private final Button export;
    private final Button choose;
    private final Label message = new Label();
    private final VBox root;

    ReportExportBar(Texts t, ReviewWork work, DeskService service, Window owner, Path initialFolder,
            Supplier<Report> report) {
        this.t = t;
        this.work = work;
        this.service = service;
        this.report = report;
        folder.setText(initialFolder == null ? "" : initialFolder.toString());
        folder.setPromptText(t.get("export.folderPrompt"));
        folder.getStyleClass().add("report-folder");
        HBox.setHgrow(folder, Priority.ALWAYS);
        choose = new Button(t.get("review.choose"));
        choose.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(t.get("export.folder"));
            File current = folder.getText().isBlank() ? null : new File(folder.getText().strip());
            if (current != null && current.isDirectory()) {
                chooser.setInitialDirectory(current);
            }
            File dir = chooser.showDialog(owner);
            if (dir != null) {
                folder.setText(dir.getPath());
            }
        });
        pdf = new CheckBox(t.get("export.pdf"));
        xlsx = new CheckBox(t.get("export.xlsx"));
        csv = new CheckBox(t.get("export.csv"));
        for (CheckBox c : new CheckBox[] {pdf, xlsx, csv}) {
            c.setSelected(true);
        }
        export = new Button(t.get("review.export"));
        export.getStyleClass().add("report-export");
        export.setOnAction(e -> export());
        message.getStyleClass().add("report-message");
        message.setWrapText(true);
        Label folderLabel = new Label(t.get("export.folder"));
        folderLabel.setLabelFor(folder);
        HBox line = new HBox(10, new Label(t.get("export.formats")), pdf, xlsx, csv, folderLabel, folder, choose, export);
        line.getStyleClass().add("report-bar");
        root = new VBox(6, line, message);
        root.getStyleClass().add("report-export-bar");
    }

    Node root() {
        return root;
    }

    /** Ctrl+O chooses the folder, as in the sheets' export. */
    void keys(javafx.scene.Scene scene) {
        scene.getAccelerators().put(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.O,
                javafx.scene.input.KeyCombination.SHORTCUT_DOWN), choose::fire);
    }

    /** Whether there is something to export. */
    void enable(boolean on) {
        export.setDisable(!on);
    }

    private void export() {
        Report r = report.get();
        if (r == null) {
            return;
        }
        Set<SheetFormat> formats = ExportChoices.formats(t, pdf, xlsx, csv, m -> tell(m, false));
        if (formats == null) {
            return;
        }
        Path dir = ExportChoices.folder(t, folder.getText(), "review.noFolder", m -> tell(m, false));
        if (dir == null) {
            return;
        }
        export.setDisable(true);
        tell(t.get("review.exporting"), false);
        work.export(r.document(), r.name(), dir, formats).whenComplete((files, error) -> Platform.runLater(() -> {
            export.setDisable(false);
            if (error != null) {
                tell(SheetFailures.describe(t, error, service.folder(), dir), false);
            } else {
                tell(t.get("review.exported", files.size(), dir), true);
            }
        }));
    }

    private void tell(String text, boolean done) {
        message.getStyleClass().remove("done");
        if (done) {
            message.getStyleClass().add("done");
        }
        message.setText(text);
    }
}
