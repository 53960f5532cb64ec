package com.rotadesk.app.desk;

import com.rotadesk.app.clients.ClientOffice;
import com.rotadesk.app.clients.ClientWords;
import com.rotadesk.app.clients.ColumnMapping;
import com.rotadesk.app.clients.ImportPreview;
import com.rotadesk.app.clients.RegisterField;
import com.rotadesk.app.clients.RegisterFileException;
import com.rotadesk.app.clients.RegisterReader;
import com.rotadesk.app.clients.RegisterTable;
import com.rotadesk.model.Action;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * R29: the office's old register from .xlsx or CSV. The file is read (its encoding found), its columns recognised
 * by their usual names and the others offered for mapping; the preview shows every row's fate as the engine decides
 * it (accepted, to the pool, replacing an earlier row, conflict and who registered first, known, refused and why);
 * owners who are not the office's consultants are added to it or their clients sent to the pool, as the manager
 * picks (Alt+A, Alt+O); then Import journals the rows as one action.
 */
final class ImportDialog {
    private final ClientsDesk desk;
    private final ClientWords w;
    private final Runnable imported;
    private final Stage stage = new Stage();
    private final TextField file = new TextField();
    private final Label read = new Label();
    private final FlowPane columns = new FlowPane(12, 6);
    private final Label missing = new Label();
    private final VBox unknownBox = new VBox(4);
    private final Label unknownText = new Label();
    private final RadioButton add;
    private final RadioButton pool;
    private final Label counts = new Label();
    private final ChoiceBox<String> filter = new ChoiceBox<>();
    private final TableView<ImportPreview.Line> rows = new TableView<>();
    private final Label message = new Label();
    private final Button go;
    private RegisterTable table;
    private ColumnMapping mapping;
    private ImportPreview preview;
    /** The number of the latest preview asked for: an older one arriving late is dropped. */
    private int asked;
    private boolean busy;

    ImportDialog(ClientsDesk desk, Window owner, Runnable imported) {
        this.desk = desk;
        this.w = desk.words();
        this.imported = imported;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(w.get("import.title"));
        file.getStyleClass().add("import-file");
        file.setOnAction(e -> readFile());
        HBox.setHgrow(file, Priority.ALWAYS);
        Button browse = new Button(w.get("import.browse"));
        browse.setOnAction(e -> browse());
        Button readButton = new Button(w.get("import.read"));
        readButton.setOnAction(e -> readFile());
        for (Button b : List.of(browse, readButton)) {
            b.setFocusTraversable(false);
        }
        read.getStyleClass().add("import-read");
        missing.getStyleClass().add("import-missing");
        missing.setManaged(false);
        ToggleGroup choice = new ToggleGroup();
        add = new RadioButton(w.get("import.unknown.add") + " (Alt+A)");
        pool = new RadioButton(w.get("import.unknown.pool") + " (Alt+O)");
        add.setToggleGroup(choice);
        pool.setToggleGroup(choice);
        choice.selectedToggleProperty().addListener((o, was, now) -> ask());
        unknownText.setWrapText(true);
        unknownBox.getChildren().addAll(unknownText, new HBox(16, add, pool));
        unknownBox.getStyleClass().add("import-unknown");
        unknownBox.setVisible(false);
        unknownBox.setManaged(false);
        counts.getStyleClass().add("import-counts");
        counts.setWrapText(true);
        filter.getItems().addAll(w.get("import.filter.all"), w.get("import.filter.refused"),
                w.get("import.filter.conflict"), w.get("import.filter.known"));
        filter.getSelectionModel().select(0);
        filter.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> showRows());
        rows.getStyleClass().add("import-rows");
        rows.setPlaceholder(new Label(""));
        previewColumns();
        message.getStyleClass().add("why");
        message.setWrapText(true);
        go = new Button(w.get("import.go"));
        go.setDefaultButton(true);
        go.setDisable(true);
        go.setOnAction(e -> importNow());
        Button close = new Button(w.get("clients.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        close.setFocusTraversable(false);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        VBox top = new VBox(8, new HBox(8, new Label(w.get("import.file")), file, browse, readButton), read,
                new Label(w.get("import.columns")), columns, missing, unknownBox, new HBox(12, counts, spacer, filter));
        BorderPane root = new BorderPane(rows);
        root.setTop(top);
        root.setBottom(new VBox(6, message, new HBox(8, go, close)));
        BorderPane.setMargin(rows, new Insets(8, 0, 8, 0));
        root.setPadding(new Insets(12));
        root.getStyleClass().add("import");
        Scene scene = new Scene(root, 1180, 760);
        scene.getStylesheets().addAll(Theme.stylesheet(), ClientsDesk.class.getResource("clients.css").toExternalForm());
        var acc = scene.getAccelerators();
        acc.put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), this::browse);
        acc.put(new KeyCodeCombination(KeyCode.A, KeyCombination.ALT_DOWN), () -> choose(add));
        acc.put(new KeyCodeCombination(KeyCode.O, KeyCombination.ALT_DOWN), () -> choose(pool));
        acc.put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        stage.setScene(scene);
    }

    Stage stage() {
        return stage;
    }

    ImportDialog show() {
        stage.show();
        file.requestFocus();
        return this;
    }

    /** The preview shown, or null before one is (tests, screenshots). */
    ImportPreview preview() {
        return preview;
    }

    /** True once the file's preview is shown and nothing is being asked. */
    boolean settled() {
        return preview != null && !busy;
    }

    /** Reads a file as if the manager had chosen it (screenshots). */
    void readForScreenshot(Path path) {
        file.setText(path.toString());
        readFile();
    }

    private void choose(RadioButton r) {
        if (unknownBox.isVisible()) {
            r.setSelected(true);
        }
    }

    private void browse() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(w.get("import.title"));
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Excel, CSV", "*.xlsx", "*.csv", "*.txt"),
                new FileChooser.ExtensionFilter("*", "*.*"));
        java.io.File f = chooser.showOpenDialog(stage);
        if (f != null) {
            file.setText(f.getAbsolutePath());
            readFile();
        }
    }

    /** Reads the file off the FX thread, recognises its columns, then asks for the preview. */
    private void readFile() {
        String text = file.getText() == null ? "" : file.getText().strip();
        if (text.isEmpty()) {
            read.setText(w.get("import.needFile"));
            return;
        }
        Path path;
        try {
            path = Path.of(text);
        } catch (java.nio.file.InvalidPathException e) {
            read.setText(w.get("import.badPath", text));
            return;
        }
        busy = true;
        go.setDisable(true);
        read.setText(w.get("import.reading"));
        message.setText("");
        CompletableFuture.supplyAsync(() -> {
            try {
                return new RegisterReader().read(path);
            } catch (RegisterFileException e) {
                throw new CompletionException(e);
            }
        }, desk.drawing()).whenComplete((t, error) -> Platform.runLater(() -> {
            if (error != null) {
                // what was read before is no longer what the manager asked for: nothing of it can be imported
                busy = false;
                table = null;
                preview = null;
                columns.getChildren().clear();
                rows.getItems().clear();
                counts.setText("");
                unknownBox.setVisible(false);
                unknownBox.setManaged(false);
                read.setText(desk.describe(error));
                return;
            }
            table = t;
            mapping = ColumnMapping.recognise(t);
            read.setText(w.get("import.format", t.file(), t.lines().size(), w.format(t.format())));
            showColumns();
            ask();
        }));
    }

    /** Each column with the field it holds; the manager maps the ones not recognised. */
    private void showColumns() {
        columns.getChildren().clear();
        for (String header : mapping.headers()) {
            ComboBox<RegisterField> field = new ComboBox<>();
            field.getItems().setAll(RegisterField.values());
            field.setValue(mapping.fieldOf(header));
            field.setConverter(new StringConverter<>() {
                @Override
                public String toString(RegisterField f) {
                    return f == null ? "" : w.field(f);
                }

                @Override
                public RegisterField fromString(String s) {
                    return null;
                }
            });
            field.getStyleClass().add(mapping.fieldOf(header) == RegisterField.IGNORE && !mapping.byManager(header)
                    ? "import-column-unknown" : "import-column");
            field.setOnAction(e -> {
                mapping = mapping.with(header, field.getValue());
                ask();
            });
            Label name = new Label(header);
            name.getStyleClass().add("import-header");
            columns.getChildren().add(new HBox(4, name, field));
        }
    }

    /** The preview for the file, the mapping and the manager's choice as they are now (only the latest is shown). */
    private void ask() {
        if (table == null) {
            return;
        }
        List<RegisterField> lacking = mapping.missing();
        missing.setText(lacking.isEmpty() ? "" : w.get("import.missing", w.list(lacking.stream().map(w::field)
                .toList())));
        missing.setManaged(!lacking.isEmpty());
        missing.setVisible(!lacking.isEmpty());
        Action.UnknownOwner choice = add.isSelected() ? Action.UnknownOwner.ADD : pool.isSelected()
                ? Action.UnknownOwner.POOL : null;
        int mine = ++asked;
        busy = true;
        go.setDisable(true);
        RegisterTable t = table;
        ColumnMapping m = mapping;
        java.time.LocalDateTime now = desk.service().now();
        desk.ask(office -> office.preview(t, m, choice, now)).whenComplete((p, error) -> Platform.runLater(() -> {
            if (mine != asked) {
                return;
            }
            busy = false;
            if (error != null) {
                message.setText(desk.describe(error));
                return;
            }
            shown(p);
        }));
    }

    private void shown(ImportPreview p) {
        preview = p;
        boolean unknown = !p.unknownOwners().isEmpty();
        unknownBox.setVisible(unknown);
        unknownBox.setManaged(unknown);
        if (unknown) {
            List<String> named = p.unknownOwners().entrySet().stream()
                    .map(e -> e.getKey() + "（" + e.getValue() + "）").toList();
            unknownText.setText(w.get("import.unknownOwners", w.list(named)) + (p.choice() == null ? "　"
                    + w.get("import.unknown.choose") : ""));
        }
        counts.setText(w.counts(p.counts()));
        showRows();
        boolean ready = (!unknown || p.choice() != null) && p.counts().accepted() + p.counts().wins() > 0;
        go.setDisable(!ready);
        if (ready) {
            go.requestFocus();
        } else if (unknown) {
            add.requestFocus();
        }
    }

    /** The preview's lines, all or those the filter picks. */
    private void showRows() {
        if (preview == null) {
            return;
        }
        int f = filter.getSelectionModel().getSelectedIndex();
        rows.getItems().setAll(preview.lines().stream().filter(l -> switch (f) {
            case 1 -> l.fate() == ImportPreview.Fate.REFUSED;
            case 2 -> l.fate() == ImportPreview.Fate.CONFLICT || l.fate() == ImportPreview.Fate.DUPLICATE
                    || l.fate() == ImportPreview.Fate.WINS || l.replacedBy() != null;
            case 3 -> l.fate() == ImportPreview.Fate.KNOWN;
            default -> true;
        }).toList());
    }

    private void previewColumns() {
        rows.getColumns().add(column("import.col.place", 70, ImportPreview.Line::place));
        rows.getColumns().add(column("clients.col.name", 100, l -> l.name() == null ? "" : l.name()));
        rows.getColumns().add(column("clients.col.phone", 130, l -> ImportPreview.shown(l.phone(), false)));
        rows.getColumns().add(column("clients.col.owner", 90, l -> l.owner() == null ? "" : l.owner()));
        rows.getColumns().add(column("import.field.first", 100, l -> day(l.first())));
        rows.getColumns().add(column("import.field.last", 110, l -> day(l.last())));
        rows.getColumns().add(column("import.field.deal", 100, l -> day(l.deal())));
        rows.getColumns().add(column("import.col.fate", 460, l -> w.fate(l, preview == null ? null : preview.choice())));
        rows.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        rows.setRowFactory(v -> new TableRow<>() {
            @Override
            protected void updateItem(ImportPreview.Line item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeIf(c -> c.startsWith("fate-"));
                if (!empty && item != null) {
                    getStyleClass().add("fate-" + item.fate().name().toLowerCase(java.util.Locale.ROOT));
                }
            }
        });
    }

    private String day(LocalDate d) {
        return d == null ? "" : w.day(d);
    }

    private TableColumn<ImportPreview.Line, String> column(String key, double width,
            Function<ImportPreview.Line, String> value) {
        TableColumn<ImportPreview.Line, String> c = new TableColumn<>(w.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    /** Journals the rows as previewed (with the owners added first, if so chosen); shows what the import did. */
    private void importNow() {
        ImportPreview p = preview;
        if (p == null || busy || go.isDisabled()) {
            return;
        }
        busy = true;
        go.setDisable(true);
        message.setText(w.get("import.importing"));
        java.time.LocalDateTime now = desk.service().now();
        desk.ask(office -> office.importRegister(p, now)).whenComplete((r, error) -> Platform.runLater(() -> {
            busy = false;
            if (error != null) {
                message.setText(desk.describe(error));
                go.setDisable(false);
                desk.refreshBoard();
                return;
            }
            done(p, r);
        }));
    }

    private void done(ImportPreview p, ClientOffice.ImportResult r) {
        boolean same = r.lines().stream().map(ImportPreview.Line::fate).toList()
                .equals(p.lines().stream().map(ImportPreview.Line::fate).toList());
        counts.setText(w.counts(r.counts()));
        message.setText(w.get("import.done", r.entry(), r.counts().accepted() + r.counts().wins(),
                r.counts().refused(), r.counts().conflict()) + (same ? "" : " " + w.get("import.changed")));
        preview = new ImportPreview(p.table(), p.mapping(), p.planned(), p.unknownOwners(), p.choice(), r.lines(),
                r.counts(), p.at());
        showRows();
        desk.refreshBoard();
        imported.run();
    }
}
