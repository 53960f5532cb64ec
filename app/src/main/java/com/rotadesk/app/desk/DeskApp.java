package com.rotadesk.app.desk;

import com.rotadesk.app.sheets.SheetExporter;
import com.rotadesk.app.sheets.SheetFormat;
import com.rotadesk.app.sheets.SheetOptions;
import com.rotadesk.model.Action;
import com.rotadesk.model.ActionRejectedException;
import com.rotadesk.model.Channel;
import com.rotadesk.model.ConsultantStatus;
import com.rotadesk.model.OfficeProfile;
import com.rotadesk.persistence.DataFolder;
import com.rotadesk.persistence.OfficeStore;
import com.rotadesk.persistence.StoreException;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.controlsfx.control.ToggleSwitch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** The desk's JavaFX application: opens the data folder, shows the board, wires the keys. */
public final class DeskApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(DeskApp.class);

    private Clock clock = Clock.systemDefaultZone();
    private DeskOptions options;
    private Texts t;
    private DeskService service;
    private Stage stage;
    private BoardView board;
    private FloorDisplay floor;
    private ConsultantMenu menus;
    private final Label clockLabel = new Label();
    private final Label officeLabel = new Label();
    private final ToggleSwitch surge = new ToggleSwitch();
    private boolean updatingSurge;
    private Timeline ticker;
    private java.util.Locale locale;

    /** The theme, for every scene of the desk. */
    static String stylesheet() {
        return DeskApp.class.getResource("desk.css").toExternalForm();
    }

    @Override
    public void start(Stage primary) {
        this.stage = primary;
        options = DeskOptions.parse(getParameters().getRaw().toArray(String[]::new));
        clock = options.clock();
        locale = options.locale();
        t = new Texts(options.locale());
        loadFonts();
        surge.selectedProperty().addListener((o, a, b) -> {
            if (!updatingSurge) {
                run(service.submit(new Action.Surge(service.now(), b)), this::update);
            }
        });
        Path folder = DataFolder.resolve(options.dataDir());
        Label opening = new Label(folder.toString());
        primary.setTitle(t.get("app.title"));
        primary.setScene(new Scene(new VBox(20, new Label(t.get("app.title")), opening), 480, 160));
        if (!options.headless()) {
            primary.show();
        }
        CompletableFuture.supplyAsync(() -> OfficeStore.open(folder)).whenComplete((store, error) ->
                Platform.runLater(() -> {
                    if (error != null) {
                        fail(error instanceof CompletionException ? error.getCause() : error, folder);
                        return;
                    }
                    service = new DeskService(store, clock);
                    opened();
                }));
    }

    private void loadFonts() {
        for (String f : List.of("NotoSansSC_400Regular.ttf", "NotoSansSC_700Bold.ttf")) {
            try (var in = DeskApp.class.getResourceAsStream("/com/rotadesk/app/fonts/" + f)) {
                if (Font.loadFont(in, 14) == null) {
                    LOG.warn("font {} did not load: Chinese may show as boxes", f);
                }
            } catch (java.io.IOException e) {
                LOG.warn("font {} missing", f, e);
            }
        }
    }

    private void opened() {
        service.isEmpty().thenAccept(empty -> Platform.runLater(() -> {
            if (empty && options.demo()) {
                startDemo();
            } else if (empty && !options.headless()) {
                welcome();
            } else {
                startToday();
            }
        }));
    }

    /** A new calendar day starts the rotation afresh (or carried over, by policy). */
    private void startToday() {
        service.snapshot().thenAccept(s -> Platform.runLater(() -> {
            LocalDate today = LocalDate.now(clock);
            if (s.date() == null || s.date().isBefore(today)) {
                if (s.date() == null && s.office().isEmpty()) {
                    showBoard(s);
                    return;
                }
                run(service.submit(new Action.StartDay(today)), this::showBoard);
            } else {
                showBoard(s);
            }
        }));
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
        d.getDialogPane().getStylesheets().add(stylesheet());
        Optional<ButtonType> choice = d.showAndWait();
        if (choice.isPresent() && choice.get() == demo) {
            startDemo();
        } else if (choice.isPresent()) {
            setupOffice();
        } else {
            Platform.exit();
        }
    }

    private void startDemo() {
        List<Action> morning = DemoOffice.morning(options.locale().getLanguage().equals("zh") ? "演示售楼处"
                : "Demo Sales Office", t.get("setup.defaultGroup"), service.now());
        run(service.submit(morning.toArray(Action[]::new)), this::showBoard);
    }

    private void setupOffice() {
        officeDialog(null).ifPresent(profile -> run(service.submit(new Action.ConfigureOffice(service.now(), profile),
                new Action.StartDay(LocalDate.now(clock))), this::showBoard));
    }

    /** Office → Consultants and groups: the same form, filled with the office as it is. */
    private void editOffice() {
        service.profile().thenAccept(current -> Platform.runLater(() -> officeDialog(current).ifPresent(profile ->
                run(service.submit(new Action.ConfigureOffice(service.now(), profile)), this::update))));
    }

    /**
     * The office's name, groups and consultants (one group per block: the group's name on its first line, its
     * consultants on the following lines, blocks separated by an empty line).
     */
    private Optional<OfficeProfile> officeDialog(OfficeProfile current) {
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(t.get("welcome.setup"));
        TextField office = new TextField(current == null ? "" : current.name());
        TextField group = new TextField(current == null ? t.get("setup.defaultGroup")
                : current.groups().getFirst().name());
        TextArea names = new TextArea(current == null ? ""
                : String.join("\n", current.groups().getFirst().consultants()));
        names.setPrefRowCount(8);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.addRow(0, new Label(t.get("setup.office")), office);
        grid.addRow(1, new Label(t.get("setup.group")), group);
        grid.addRow(2, new Label(t.get("setup.consultants")), names);
        d.getDialogPane().setContent(grid);
        ButtonType done = new ButtonType(t.get("setup.done"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(done, ButtonType.CANCEL);
        Button ok = (Button) d.getDialogPane().lookupButton(done);
        ok.disableProperty().bind(office.textProperty().isEmpty().or(names.textProperty().isEmpty())
                .or(group.textProperty().isEmpty()));
        d.getDialogPane().getStylesheets().add(stylesheet());
        if (d.showAndWait().filter(b -> b == done).isEmpty()) {
            if (current == null) {
                welcome();
            }
            return Optional.empty();
        }
        List<String> consultants = Arrays.stream(names.getText().split("\\R")).map(String::strip)
                .filter(s -> !s.isEmpty()).distinct().toList();
        List<OfficeProfile.Group> groups = new ArrayList<>();
        groups.add(new OfficeProfile.Group(group.getText().strip(), consultants));
        if (current != null) {
            // further groups are kept as they are; this form edits the first group
            current.groups().stream().skip(1).forEach(groups::add);
        }
        return Optional.of(new OfficeProfile(office.getText().strip(), groups));
    }

    private void showBoard(BoardSnapshot s) {
        menus = new ConsultantMenu(t, service, () -> board, actions -> run(service.submit(actions), this::update));
        board = new BoardView(t, clock, menus::menuFor, header());
        floor = new FloorDisplay(t, clock);
        Scene scene = new Scene((javafx.scene.Parent) board.root(), 1600, 900);
        scene.getStylesheets().add(stylesheet());
        keys(scene);
        stage.setScene(scene);
        stage.setTitle(t.get("app.title"));
        update(s);
        if (ticker != null) {
            ticker.stop();
        }
        ticker = new Timeline(new KeyFrame(Duration.seconds(20), e -> {
            clockLabel.setText(java.time.LocalTime.now(clock).format(DateTimeFormatter.ofPattern("HH:mm")));
            board.tick();
            if (floor.showing()) {
                floor.update(board.snapshot(), board.group());
            }
        }));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
        if (options.headless()) {
            headless(scene);
            return;
        }
        stage.setMaximized(true);
        stage.show();
        // the board, not the search field, has the keys at start: F2 is the first thing a receptionist presses
        Platform.runLater(() -> board.root().requestFocus());
        logFirstFrame(scene);
        stage.setOnCloseRequest(e -> close());
        service.backupIfDue();
    }

    private void logFirstFrame(Scene scene) {
        long launched = Long.parseLong(System.getProperty("rotadesk.launchNanos", "0"));
        Runnable[] once = {null};
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            if (launched > 0) {
                LOG.info("first board frame {} ms after launch", (System.nanoTime() - launched) / 1_000_000);
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    private void headless(Scene scene) {
        stage.show();
        Platform.runLater(() -> {
            try {
                long launched = Long.parseLong(System.getProperty("rotadesk.launchNanos", "0"));
                scene.snapshot(null);
                LOG.info("first board frame {} ms after launch", (System.nanoTime() - launched) / 1_000_000);
                if (options.screenshot() != null) {
                    Scene target = switch (options.view()) {
                        case "floor" -> {
                            floor.update(board.snapshot(), board.group());
                            yield floor.scene();
                        }
                        case "checkin" -> checkInForScreenshot();
                        default -> scene;
                    };
                    if (options.view().equals("checkin")) {
                        // the dialog's lookup and proposal arrive from the store thread
                        Timeline later = new Timeline(new KeyFrame(Duration.millis(1500), e -> {
                            writeAndExit(target, 0);
                        }));
                        later.play();
                        return;
                    }
                    writeAndExit(target, 0);
                    return;
                }
                System.out.println("smoke ok: " + service.folder());
                service.close();
                exit(0);
            } catch (RuntimeException e) {
                LOG.error("headless run failed", e);
                exit(1);
            }
        });
    }

    private void writeAndExit(Scene target, int code) {
        try {
            Screenshots.write(target, options.screenshot());
            System.out.println("screenshot written: " + options.screenshot().toAbsolutePath());
            service.close();
            exit(code);
        } catch (java.io.IOException e) {
            System.err.println("rotadesk: cannot write " + options.screenshot() + ": " + e.getMessage());
            exit(1);
        }
    }

    private Scene checkInForScreenshot() {
        CheckInDialog dialog = new CheckInDialog(stage, t, service, Channel.WALK_IN, board.group(), consultants(),
                this::update);
        dialog.show();
        dialog.typeForScreenshot("5678", "");
        return dialog.stage().getScene();
    }

    private static void exit(int code) {
        Platform.exit();
        System.exit(code);
    }

    private javafx.scene.Node header() {
        officeLabel.getStyleClass().add("office");
        clockLabel.getStyleClass().add("clock");
        clockLabel.setText(java.time.LocalTime.now(clock).format(DateTimeFormatter.ofPattern("HH:mm")));
        Label date = new Label(LocalDate.now(clock).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                .withLocale(locale)));
        date.getStyleClass().add("clock");
        Label surgeLabel = new Label(t.get("board.surge"));
        surge.setFocusTraversable(false);
        Button undo = new Button(t.get("board.undo"));
        undo.setFocusTraversable(false);
        undo.setOnAction(e -> undo());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(officeLabel, date, clockLabel, spacer, surgeLabel, surge, undo);
        bar.getStyleClass().add("header");
        return new VBox(menuBar(), bar);
    }

    private MenuBar menuBar() {
        MenuItem export = new MenuItem(t.get("menu.exportToday"));
        export.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        export.setOnAction(e -> exportToday());
        MenuItem quit = new MenuItem(t.get("menu.quit"));
        quit.setOnAction(e -> close());
        MenuItem floorItem = new MenuItem(t.get("menu.floor"));
        floorItem.setOnAction(e -> showFloor());
        MenuItem language = new MenuItem(t.get("menu.language"));
        language.setOnAction(e -> switchLanguage());
        MenuItem signIn = new MenuItem(t.get("menu.signIn"));
        signIn.setOnAction(e -> signInOut());
        MenuItem settings = new MenuItem(t.get("menu.settings"));
        settings.setOnAction(e -> settings());
        MenuItem officeItem = new MenuItem(t.get("menu.officeSetup"));
        officeItem.setOnAction(e -> editOffice());
        MenuBar bar = new MenuBar(new Menu(t.get("menu.file"), null, export, quit),
                new Menu(t.get("menu.view"), null, floorItem, language),
                new Menu(t.get("menu.office"), null, signIn, officeItem, settings));
        bar.setFocusTraversable(false);
        return bar;
    }

    private void keys(Scene scene) {
        var acc = scene.getAccelerators();
        acc.put(new KeyCodeCombination(KeyCode.F2), () -> checkIn(Channel.WALK_IN));
        acc.put(new KeyCodeCombination(KeyCode.F3), () -> checkIn(Channel.PHONE));
        acc.put(new KeyCodeCombination(KeyCode.F4), () -> forSelected(menus::endReception, ConsultantStatus.RECEIVING));
        acc.put(new KeyCodeCombination(KeyCode.F5), () -> forSelected(menus::toggleAway, null));
        acc.put(new KeyCodeCombination(KeyCode.F8), this::signInOut);
        acc.put(new KeyCodeCombination(KeyCode.F11), this::showFloor);
        acc.put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), this::undo);
        acc.put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> board.search().requestFocus());
        // the card's menu from the keyboard, as on any desktop: Shift+F10 or the context-menu key
        acc.put(new KeyCodeCombination(KeyCode.F10, KeyCombination.SHIFT_DOWN), this::cardMenu);
        acc.put(new KeyCodeCombination(KeyCode.CONTEXT_MENU), this::cardMenu);
    }

    private void cardMenu() {
        String selected = board.selected();
        if (selected != null) {
            board.cardNode(selected).ifPresent(card -> {
                var bounds = card.localToScreen(card.getBoundsInLocal());
                menus.menuFor(selected).show(card, bounds.getMinX() + 20, bounds.getMinY() + 20);
            });
        }
    }

    private void forSelected(java.util.function.Consumer<String> act, ConsultantStatus only) {
        String selected = board.selected();
        if (selected != null) {
            act.accept(selected);
            return;
        }
        List<String> choices = board.snapshot().everyone().stream()
                .filter(c -> only == null ? c.status() != ConsultantStatus.SIGNED_OUT
                        && c.status() != ConsultantStatus.DISQUALIFIED : c.status() == only)
                .map(c -> c.name()).toList();
        if (choices.isEmpty()) {
            return;
        }
        ChoiceDialog<String> d = new ChoiceDialog<>(choices.getFirst(), choices);
        d.setTitle(t.get("app.title"));
        d.setHeaderText(t.get("signin.prompt"));
        d.showAndWait().ifPresent(act);
    }

    private List<String> consultants() {
        BoardSnapshot s = board.snapshot();
        List<String> names = new ArrayList<>();
        s.everyone().forEach(c -> names.add(c.name()));
        return names;
    }

    private void checkIn(Channel channel) {
        if (board == null) {
            return;
        }
        new CheckInDialog(stage, t, service, channel, board.group(), consultants(), b -> {
            update(b);
            board.root().requestFocus();
        }).show();
    }

    private void signInOut() {
        service.snapshot().thenAccept(s -> Platform.runLater(() -> {
            List<String> roster = new ArrayList<>();
            service.profileConsultants().forEach(roster::add);
            s.everyone().forEach(c -> {
                if (!roster.contains(c.name())) {
                    roster.add(c.name());
                }
            });
            List<String> labels = new ArrayList<>();
            for (String name : roster) {
                ConsultantStatus st = s.everyone().stream().filter(c -> c.name().equals(name)).findFirst()
                        .map(c -> c.status()).orElse(ConsultantStatus.SIGNED_OUT);
                labels.add(name + "  (" + t.status(st) + ")");
            }
            if (labels.isEmpty()) {
                return;
            }
            ChoiceDialog<String> d = new ChoiceDialog<>(labels.getFirst(), labels);
            d.setTitle(t.get("signin.title"));
            d.setHeaderText(t.get("signin.prompt"));
            d.showAndWait().ifPresent(label -> {
                String name = roster.get(labels.indexOf(label));
                ConsultantStatus st = s.everyone().stream().filter(c -> c.name().equals(name)).findFirst()
                        .map(c -> c.status()).orElse(ConsultantStatus.SIGNED_OUT);
                Action a = st == ConsultantStatus.SIGNED_OUT ? new Action.SignIn(service.now(), name, null)
                        : new Action.SignOut(service.now(), name);
                run(service.submit(a), this::update);
            });
        }));
    }

    private void undo() {
        List<Action> undoable = board.snapshot().undoable();
        if (undoable.isEmpty()) {
            info(t.get("undo.nothing"));
            return;
        }
        // the last few actions, newest first, so the receptionist sees what an undo (and the next one) takes back
        StringBuilder recent = new StringBuilder();
        for (int i = undoable.size() - 1; i >= Math.max(0, undoable.size() - 5); i--) {
            recent.append(i == undoable.size() - 1 ? "▶ " : "   ").append(ActionText.of(t, undoable.get(i))).append('\n');
        }
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, t.get("undo.confirm", ActionText.of(t, undoable.getLast()))
                + "\n\n" + t.get("undo.recent") + "\n" + recent, ButtonType.OK, ButtonType.CANCEL);
        a.setTitle(t.get("undo.title"));
        a.setHeaderText(null);
        a.showAndWait().filter(b -> b == ButtonType.OK)
                .ifPresent(b -> run(service.submit(new Action.Undo(service.now())), this::update));
    }

    private void settings() {
        service.policy().thenAccept(policy -> Platform.runLater(() ->
                SettingsDialog.ask(t, policy, service).ifPresent(change -> run(service.submit(change), this::update))));
    }

    /** Chinese and English at a keystroke: the board is rebuilt in the other language, nothing else changes. */
    private void switchLanguage() {
        locale = locale.getLanguage().equals("zh") ? java.util.Locale.ENGLISH : java.util.Locale.SIMPLIFIED_CHINESE;
        t = new Texts(locale);
        if (floor != null && floor.showing()) {
            floor.close();
        }
        BoardSnapshot s = board.snapshot();
        showBoard(s);
    }

    private void showFloor() {
        floor.update(board.snapshot(), board.group());
        floor.show();
    }

    private void exportToday() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(t.get("menu.exportToday"));
        java.io.File dir = chooser.showDialog(stage);
        if (dir == null) {
            return;
        }
        SheetOptions sheetOptions = new SheetOptions(locale, false);
        run(service.exportToday(SheetExporter.standard(), dir.toPath(), EnumSet.allOf(SheetFormat.class), sheetOptions),
                files -> info(t.get("export.done", files.size(), dir)));
    }

    private void update(BoardSnapshot s) {
        officeLabel.setText(s.office());
        updatingSurge = true;
        surge.setSelected(s.surge());
        updatingSurge = false;
        board.show(s);
        if (floor != null && floor.showing()) {
            floor.update(s, board.group());
        }
    }

    private <T> void run(CompletableFuture<T> work, java.util.function.Consumer<T> then) {
        work.whenComplete((value, error) -> Platform.runLater(() -> {
            if (error != null) {
                Throwable cause = error instanceof CompletionException ? error.getCause() : error;
                LOG.warn("action failed", cause);
                info(describe(t, cause, service));
                if (board != null) {
                    service.snapshot().thenAccept(s -> Platform.runLater(() -> update(s)));
                }
                return;
            }
            then.accept(value);
        }));
    }

    /** A failure in the user's language; never a stack trace. */
    static String describe(Texts t, Throwable cause, DeskService service) {
        if (cause instanceof ActionRejectedException r) {
            return t.get("error.refused", r.getMessage());
        }
        if (cause instanceof StoreException s) {
            return t.get("error." + s.problem().name(), service == null ? "" : service.folder());
        }
        return t.get("error.refused", String.valueOf(cause.getMessage()));
    }

    private void info(String text) {
        if (options.headless()) {
            System.err.println("rotadesk: " + text);
            exit(1);
            return;
        }
        Alert a = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
        a.setTitle(t.get("error.title"));
        a.setHeaderText(null);
        a.showAndWait();
    }

    private void fail(Throwable error, Path folder) {
        String text = error instanceof StoreException s ? t.get("error." + s.problem().name(), folder)
                : t.get("error.IO", folder);
        LOG.error("cannot open {}", folder, error);
        if (options.headless()) {
            System.err.println("rotadesk: " + error.getMessage());
            exit(1);
            return;
        }
        Alert a = new Alert(Alert.AlertType.ERROR, text, ButtonType.OK);
        a.setTitle(t.get("error.title"));
        a.setHeaderText(null);
        a.showAndWait();
        exit(1);
    }

    private void close() {
        Platform.exit();
    }

    /** Releases the data folder (with the exit backup) however the desk ends. */
    @Override
    public void stop() {
        if (service != null && !options.headless()) {
            service.close();
        }
    }
}
