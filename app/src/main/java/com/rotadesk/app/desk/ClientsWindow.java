package com.rotadesk.app.desk;

import com.rotadesk.app.clients.ClientWords;
import com.rotadesk.persistence.ClientRow;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Office → Clients (Ctrl+K): the whole register searched as the manager types (a name's start, a consultant, a
 * phone's first digits or last four), each client with its owner, where it stands (protected until, public since,
 * deal), its last contact and visits; the public pool with the day each client became public. Enter opens the
 * selected client's timeline, Ctrl+T transfers it (or hands the selected public clients out), Ctrl+I imports an old
 * register. Only the latest answer to what was typed is shown.
 */
final class ClientsWindow {
    /** Rows a search shows at most: the manager narrows down by typing more. */
    static final int LIMIT = 200;

    private final ClientsDesk desk;
    private final ClientWords w;
    private final Stage stage = new Stage();
    private final TextField search = new TextField();
    private final TableView<ClientRow> all = new TableView<>();
    private final TableView<ClientRow> pool = new TableView<>();
    private final TabPane tabs = new TabPane();
    private final CheckBox fullPhones;
    private final Label status = new Label();
    /** What the manager's last transfer or export did: stays while the register is read again. */
    private final Label said = new Label();
    /** The number of the latest question: an older answer arriving late is dropped. */
    private int asked;
    private boolean settled;

    ClientsWindow(ClientsDesk desk) {
        this.desk = desk;
        this.w = desk.words();
        stage.initOwner(desk.owner());
        stage.setTitle(w.get("clients.title"));
        search.setPromptText(w.get("clients.search.prompt"));
        search.getStyleClass().add("clients-search");
        search.textProperty().addListener((o, was, now) -> look());
        fullPhones = new CheckBox(w.get("clients.fullPhones"));
        fullPhones.setFocusTraversable(false);
        fullPhones.selectedProperty().addListener((o, was, now) -> {
            all.refresh();
            pool.refresh();
        });
        columns(all, false);
        columns(pool, true);
        all.getStyleClass().addAll("clients-table", "all-table");
        pool.getStyleClass().addAll("clients-table", "pool-table");
        pool.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        all.setPlaceholder(new Label(w.get("clients.none")));
        pool.setPlaceholder(new Label(w.get("clients.none")));
        Tab allTab = new Tab(w.get("clients.tab.all"), all);
        Tab poolTab = new Tab(w.get("clients.tab.pool"), pool);
        allTab.setClosable(false);
        poolTab.setClosable(false);
        tabs.getTabs().addAll(allTab, poolTab);
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> look());

        Button timeline = button("clients.timeline", this::openTimeline);
        Button transfer = button("clients.transfer", () -> transfer());
        Button leaving = button("clients.transferAll", this::leaving);
        Button importer = button("clients.import", this::importRegister);
        Button export = button("clients.export", this::export);
        Button close = button("clients.close", stage::close);
        close.setCancelButton(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(10, search, fullPhones);
        HBox.setHgrow(search, Priority.ALWAYS);
        top.getStyleClass().add("clients-top");
        status.getStyleClass().add("clients-status");
        said.getStyleClass().add("clients-said");
        HBox buttons = new HBox(8, timeline, transfer, leaving, importer, export, spacer, close);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        VBox bottom = new VBox(6, new HBox(16, status, gap, said), buttons);
        BorderPane root = new BorderPane(tabs);
        root.setTop(top);
        root.setBottom(bottom);
        BorderPane.setMargin(tabs, new Insets(8, 0, 8, 0));
        root.setPadding(new Insets(12));
        root.getStyleClass().add("clients");
        Scene scene = new Scene(root, 1100, 680);
        scene.getStylesheets().addAll(Theme.stylesheet(), ClientsDesk.class.getResource("clients.css").toExternalForm());
        stage.setScene(scene);
        keys(scene);
    }

    Stage stage() {
        return stage;
    }

    void show() {
        stage.show();
        focusSearch();
        look();
    }

    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /** True once the latest question was answered (screenshots wait for it). */
    boolean settled() {
        return settled;
    }

    /** The public pool's tab (screenshots, Ctrl+Tab by hand). */
    void showPool() {
        tabs.getSelectionModel().select(1);
    }

    /** Types a search as the manager would (screenshots). */
    void typeForScreenshot(String text) {
        search.setText(text);
    }

    private Button button(String key, Runnable run) {
        Button b = new Button(w.get(key));
        b.setOnAction(e -> run.run());
        b.setFocusTraversable(false);
        return b;
    }

    private void keys(Scene scene) {
        var acc = scene.getAccelerators();
        acc.put(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN), () -> transfer());
        acc.put(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN), this::importRegister);
        acc.put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), this::leaving);
        acc.put(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), this::export);
        acc.put(new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN), () -> tabs.getSelectionModel()
                .select(0));
        acc.put(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN), this::showPool);
        acc.put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), this::focusSearch);
        acc.put(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN), this::focusSearch);
        acc.put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        search.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !table().getItems().isEmpty()) {
                table().requestFocus();
                if (table().getSelectionModel().isEmpty()) {
                    table().getSelectionModel().select(0);
                    table().getFocusModel().focus(0);
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                openTimeline();
                e.consume();
            }
        });
        for (TableView<ClientRow> table : List.of(all, pool)) {
            table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    openTimeline();
                    e.consume();
                }
            });
            table.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2) {
                    openTimeline();
                }
            });
        }
    }

    private TableView<ClientRow> table() {
        return tabs.getSelectionModel().getSelectedIndex() == 1 ? pool : all;
    }

    private boolean onPool() {
        return tabs.getSelectionModel().getSelectedIndex() == 1;
    }

    /** The register as it answers what is typed now; only the latest answer is shown. */
    void look() {
        int mine = ++asked;
        settled = false;
        String typed = search.getText() == null ? "" : search.getText();
        boolean inPool = onPool();
        LocalDateTime now = desk.service().now();
        status.setText(w.get("clients.searching"));
        desk.ask(office -> inPool ? office.pool(typed, now, LIMIT) : office.search(typed, now, LIMIT))
                .whenComplete((rows, error) -> Platform.runLater(() -> {
                    if (mine != asked) {
                        return;
                    }
                    settled = true;
                    if (error != null) {
                        status.setText(desk.describe(error));
                        return;
                    }
                    TableView<ClientRow> table = inPool ? pool : all;
                    table.getItems().setAll(rows);
                    status.setText(rows.isEmpty() ? w.get("clients.none") : rows.size() >= LIMIT
                            ? w.get("clients.countMore", LIMIT) : w.get("clients.count", rows.size()));
                }));
    }

    private void columns(TableView<ClientRow> table, boolean inPool) {
        table.getColumns().add(column("clients.col.name", 110, r -> w.name(r.client().name())));
        table.getColumns().add(column("clients.col.phone", 130, r -> w.phone(r.client().phone(),
                fullPhones.isSelected())));
        table.getColumns().add(column("clients.col.owner", 90, r -> r.standing().owner() != null
                ? r.standing().owner() : r.client().owner() == null ? "" : r.client().owner()));
        if (inPool) {
            table.getColumns().add(column("clients.col.publicSince", 130, r -> w.day(r.standing().publicSince())));
        } else {
            table.getColumns().add(column("clients.col.status", 190, r -> w.standing(r.standing())));
        }
        table.getColumns().add(column("clients.col.lastContact", 130, r -> w.contact(r.client().lastContact())));
        TableColumn<ClientRow, Integer> visits = new TableColumn<>(w.get("clients.col.visits"));
        visits.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().visits()));
        visits.setPrefWidth(80);
        visits.setStyle("-fx-alignment: center-right;");
        table.getColumns().add(visits);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    private TableColumn<ClientRow, String> column(String key, double width, Function<ClientRow, String> value) {
        TableColumn<ClientRow, String> c = new TableColumn<>(w.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** The selected row, or the only/first one when nothing is selected. */
    private ClientRow selected() {
        ClientRow r = table().getSelectionModel().getSelectedItem();
        if (r == null && !table().getItems().isEmpty()) {
            r = table().getItems().getFirst();
        }
        return r;
    }

    private void openTimeline() {
        ClientRow r = selected();
        if (r != null) {
            desk.timeline(stage, r.client().phone());
        }
    }

    /** Ctrl+T: the selected client to another consultant or the pool; on the pool tab, the selected clients handed out. */
    TransferDialog transfer() {
        List<ClientRow> rows = onPool() && !pool.getSelectionModel().getSelectedItems().isEmpty()
                ? List.copyOf(pool.getSelectionModel().getSelectedItems()) : selected() == null ? List.of()
                : List.of(selected());
        if (rows.isEmpty()) {
            status.setText(w.get("clients.noneSelected"));
            return null;
        }
        return TransferDialog.forClients(desk, stage, rows, this::afterTransfer).show();
    }

    /** Ctrl+L, a consultant leaving: every client they own now, dealt to others in turn or to the pool. */
    private void leaving() {
        String owner = selected() == null ? null : selected().standing().owner();
        desk.transferAll(stage, owner, said::setText);
    }

    private void afterTransfer(String what) {
        said.setText(what);
        look();
    }

    private void importRegister() {
        openImport();
    }

    /** Ctrl+I: the import of an old register, over this window. */
    ImportDialog openImport() {
        return desk.openImport(stage);
    }

    /** The whole register to .xlsx or .csv, the columns the import reads. */
    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(w.get("clients.export"));
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Excel (*.xlsx)", "*.xlsx"),
                new FileChooser.ExtensionFilter("CSV (*.csv)", "*.csv"));
        chooser.setInitialFileName(w.locale().getLanguage().equals("zh") ? "客户登记表.xlsx" : "clients.xlsx");
        java.io.File file = chooser.showSaveDialog(stage);
        if (file != null) {
            exportTo(file.toPath());
        }
    }

    /** Writes the register to {@code file} on the store's thread and says how many clients it holds. */
    void exportTo(Path file) {
        Locale locale = w.locale();
        said.setText(w.get("clients.exporting"));
        desk.ask(office -> {
            try {
                return office.export(file, com.rotadesk.app.clients.RegisterWriter.Words.of(locale));
            } catch (com.rotadesk.app.clients.RegisterFileException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }).whenComplete((n, error) -> Platform.runLater(() -> said.setText(error != null ? desk.describe(error)
                : w.get("clients.exported", n, file))));
    }
}
