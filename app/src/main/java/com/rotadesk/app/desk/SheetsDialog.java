package com.rotadesk.app.desk;

import com.rotadesk.app.sheets.DaySheets;
import com.rotadesk.app.sheets.SheetKind;
import com.rotadesk.app.sheets.SheetOptions;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The daily sheets of any day (Ctrl+P on the board): a calendar with the days that have records marked, the
 * sheet, and its pages exactly as they print. Ctrl+P here prints them, Ctrl+E exports, Alt+←/→ go to the
 * previous or next day with records, Ctrl+1…5 choose the sheet.
 */
final class SheetsDialog {
    /** The choices of sheet, in the order of the list; the last prints all four. */
    private static final List<List<SheetKind>> CHOICES = List.of(List.of(SheetKind.ROTATION),
            List.of(SheetKind.VISITS), List.of(SheetKind.CALLS), List.of(SheetKind.SUMMARY),
            SheetKind.DAILY);

    /** One sheet by its name ({@code sheets.kind.visits}), or all four. */
    private String kindsName(List<SheetKind> kinds) {
        return kinds.size() == 1 ? t.get("sheets.kind." + kinds.getFirst().suffix()) : t.get("sheets.kind.all");
    }

    private final Texts t;
    private final DeskService service;
    private final SheetWork work;
    private final SheetPrinter printer;
    private final Consumer<LocalDate> export;
    private final Stage stage = new Stage();
    private final DatePicker date;
    private final ToggleGroup sheets = new ToggleGroup();
    private final VBox pages = new VBox(18);
    private final ScrollPane scroll = new ScrollPane(pages);
    private final Label heading = new Label();
    private final Label status = new Label();
    private final Label message = new Label();
    private final ProgressIndicator spinner = new ProgressIndicator();
    private final Button print;
    /** The days the journal holds (empty until the store answers). */
    private final TreeSet<LocalDate> withData = new TreeSet<>();
    /** True once the store has said which days it holds. */
    private boolean daysKnown;
    private LocalDate loadedDay;
    private CompletableFuture<DaySheets> loaded;
    /** The newest request: a slow past day answering late must not replace what was asked after it. */
    private int generation;
    private SheetWork.Preview shown;
    private boolean printing;

    SheetsDialog(Window owner, Texts t, DeskService service, SheetWork work, SheetPrinter printer,
            Consumer<LocalDate> export) {
        this.t = t;
        this.service = service;
        this.work = work;
        this.printer = printer;
        this.export = export;
        stage.initOwner(owner);
        stage.setTitle(t.get("sheets.title"));
        date = DayPicker.create(t, withData);
        date.getStyleClass().add("sheets-date");
        date.valueProperty().addListener((o, was, day) -> load());

        Label dateLabel = new Label(t.get("sheets.date"));
        dateLabel.setLabelFor(date);
        Label marked = new Label(t.get("sheets.marked"));
        marked.getStyleClass().add("sheets-hint");
        marked.setWrapText(true);
        VBox choices = new VBox(8);
        for (int i = 0; i < CHOICES.size(); i++) {
            RadioButton r = new RadioButton(kindsName(CHOICES.get(i)) + "   Ctrl+" + (i + 1));
            r.setUserData(CHOICES.get(i));
            r.setToggleGroup(sheets);
            choices.getChildren().add(r);
        }
        sheets.getToggles().getFirst().setSelected(true);
        sheets.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                load();
            }
        });
        print = new Button(t.get("sheets.print"));
        print.setOnAction(e -> print());
        print.setMaxWidth(Double.MAX_VALUE);
        Button exportButton = new Button(t.get("sheets.export"));
        exportButton.setOnAction(e -> exportDay());
        exportButton.setMaxWidth(Double.MAX_VALUE);
        Button close = new Button(t.get("sheets.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        close.setMaxWidth(Double.MAX_VALUE);
        message.getStyleClass().add("sheets-message");
        message.setWrapText(true);
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        Label keys = new Label(t.get("sheets.keys"));
        keys.getStyleClass().add("sheets-hint");
        keys.setWrapText(true);
        Region grow = new Region();
        VBox.setVgrow(grow, Priority.ALWAYS);
        Label sheetLabel = new Label(t.get("sheets.sheet"));
        VBox side = new VBox(10, dateLabel, date, marked, sheetLabel, choices, print, exportButton, message, grow,
                keys, close);
        side.getStyleClass().add("sheets-side");
        side.setPrefWidth(300);
        side.setMinWidth(300);

        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(status.textProperty().isNotEmpty());
        heading.getStyleClass().add("sheets-heading");
        status.getStyleClass().add("sheets-status");
        HBox top = new HBox(12, heading, spinner, status);
        top.getStyleClass().add("sheets-top");
        pages.getStyleClass().add("sheets-pages");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("sheets-scroll");
        BorderPane right = new BorderPane(scroll);
        right.setTop(top);
        BorderPane root = new BorderPane(right);
        root.setLeft(side);
        root.getStyleClass().add("sheets");
        BorderPane.setMargin(side, new Insets(0));

        // never larger than the screen: a 1366×768 desk PC still shows the close button and the keys
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1280, screen.getWidth() - 40), Math.min(860, screen.getHeight() - 40));
        scene.getStylesheets().addAll(Theme.stylesheet(), SheetsDesk.stylesheet());
        var acc = scene.getAccelerators();
        acc.put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), this::print);
        acc.put(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), this::exportDay);
        acc.put(new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN), () -> step(-1));
        acc.put(new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN), () -> step(1));
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5};
        for (int i = 0; i < digits.length; i++) {
            int choice = i;
            acc.put(new KeyCodeCombination(digits[i], KeyCombination.SHORTCUT_DOWN),
                    () -> sheets.getToggles().get(choice).setSelected(true));
        }
        stage.setScene(scene);
        // back from the board, where check-ins went on: today's pages are drawn again before they can be printed
        stage.focusedProperty().addListener((o, was, focused) -> {
            if (focused && shown != null && service.now().toLocalDate().equals(date.getValue())) {
                load();
            }
        });
    }

    /** Opens on {@code day}: the calendar's marks first (a quick answer), then the day's sheet. */
    SheetsDialog show(LocalDate day) {
        stage.show();
        date.requestFocus();
        status.setText(t.get("sheets.loading", DayPicker.words(t, day)));
        service.days().whenComplete((days, error) -> Platform.runLater(() -> {
            if (days != null) {
                withData.addAll(days);
                daysKnown = true;
                DayPicker.refreshMarks(date);
            }
            date.setValue(day);
        }));
        return this;
    }

    Stage stage() {
        return stage;
    }

    /** True once the preview shows what is asked (the screenshot and the tests wait for it). */
    boolean settled() {
        return shown != null && status.getText().isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<SheetKind> kinds() {
        return (List<SheetKind>) sheets.getSelectedToggle().getUserData();
    }

    private void load() {
        LocalDate day = date.getValue();
        if (day == null) {
            return;
        }
        int asked = ++generation;
        message.setText("");
        // until the new pages are drawn, Ctrl+P must not print the old ones under the new choice
        shown = null;
        if (daysKnown && !withData.contains(day)) {
            pages.getChildren().setAll(new Label(t.get("sheets.noRecords", DayPicker.words(t, day))));
            heading.setText(DayPicker.words(t, day));
            status.setText("");
            return;
        }
        // today goes on while the dialog is open: its records are read again every time, never kept
        if (!day.equals(loadedDay) || day.equals(service.now().toLocalDate())) {
            // a past day is replayed from its opening: the slow step, done once for all the sheets of the day
            loadedDay = day;
            loaded = service.sheetsAt(day);
            status.setText(t.get("sheets.loading", DayPicker.words(t, day)));
        } else {
            status.setText(t.get("sheets.drawing"));
        }
        work.preview(loaded, kinds(), new SheetOptions(t.locale(), false)).whenComplete((preview, error) ->
                Platform.runLater(() -> {
                    if (asked != generation) {
                        return;
                    }
                    status.setText("");
                    if (error != null) {
                        loadedDay = null;
                        shown = null;
                        pages.getChildren().clear();
                        message.setText(SheetFailures.describe(t, error, service.folder(), null));
                        return;
                    }
                    show(preview);
                }));
    }

    private void show(SheetWork.Preview preview) {
        shown = preview;
        String names = kindsName(preview.kinds());
        heading.setText(t.get("sheets.heading", names, DayPicker.words(t, preview.day()), preview.images().size()));
        List<StackPane> views = preview.images().stream().map(image -> {
            ImageView view = new ImageView(image);
            view.setPreserveRatio(true);
            view.setSmooth(true);
            // a page is never drawn wider than it is at the preview's resolution, nor wider than the pane
            view.fitWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                    () -> Math.min(image.getWidth(), Math.max(200, scroll.getViewportBounds().getWidth() - 48)),
                    scroll.viewportBoundsProperty()));
            StackPane page = new StackPane(view);
            page.getStyleClass().add("sheet-page");
            page.setMaxWidth(Region.USE_PREF_SIZE);
            return page;
        }).toList();
        pages.getChildren().setAll(views);
        scroll.setVvalue(0);
    }

    private void step(int direction) {
        LocalDate day = date.getValue() == null ? service.now().toLocalDate() : date.getValue();
        LocalDate next = direction < 0 ? withData.lower(day) : withData.higher(day);
        if (next != null) {
            date.setValue(next);
        }
    }

    private void exportDay() {
        export.accept(date.getValue());
    }

    /** Ctrl+P: the sheets previewed, through the system's print dialog. */
    private void print() {
        if (printing) {
            return;
        }
        if (shown == null) {
            message.setText(t.get("sheets.notReady"));
            return;
        }
        message.setText("");
        printing = true;
        printer.print(shown.sheets(), stage, (page, total) -> Platform.runLater(
                () -> status.setText(t.get("sheets.printing", page, total)))).whenComplete((outcome, error) ->
                Platform.runLater(() -> {
                    printing = false;
                    status.setText("");
                    SheetPrinter.Outcome o = outcome == null ? SheetPrinter.Outcome.FAILED : outcome;
                    message.setText(switch (o) {
                        case PRINTED -> t.get("sheets.printed");
                        case CANCELLED -> "";
                        case NO_PRINTER -> t.get("sheets.noPrinter");
                        case FAILED -> t.get("sheets.printFailed");
                    });
                }));
    }
}
