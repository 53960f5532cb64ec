package com.rotadesk.app.desk;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.ToggleSwitch;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The top of the main window: the menus, then the office, date and time, the surge switch and undo. */
final class HeaderBar {
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final Texts t;
    private final Clock clock;
    private final Label office = new Label();
    private final Label date = new Label();
    private final Label time = new Label();
    private final ToggleSwitch surge = new ToggleSwitch();
    private final VBox root;
    /** True while the switch is set from the store's answer, so that setting it does not submit again. */
    private boolean showing;

    /** What the menus call. */
    record Handlers(DeskCommands commands, BoardView board, Runnable switchLanguage, Runnable quit) {
    }

    HeaderBar(Texts t, Clock clock, Handlers h) {
        this.t = t;
        this.clock = clock;
        office.getStyleClass().add("office");
        date.getStyleClass().add("clock");
        time.getStyleClass().add("clock");
        Label surgeLabel = new Label(t.get("board.surge"));
        surge.setFocusTraversable(false);
        surge.selectedProperty().addListener((o, was, on) -> {
            if (!showing) {
                h.commands().surge(on);
            }
        });
        Button undo = new Button(t.get("board.undo"));
        undo.setFocusTraversable(false);
        undo.setOnAction(e -> h.commands().undo());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(office, date, time, spacer, surgeLabel, surge, undo);
        bar.getStyleClass().add("header");
        root = new VBox(menuBar(h), bar);
        tick();
    }

    Node root() {
        return root;
    }

    /** The office's name and the surge switch as the store has them. */
    void show(BoardSnapshot s) {
        office.setText(s.office());
        showing = true;
        surge.setSelected(s.surge());
        showing = false;
    }

    /** A new minute (or a new day, for a desk left open overnight). */
    void tick() {
        date.setText(LocalDate.now(clock).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                .withLocale(t.locale())));
        time.setText(LocalTime.now(clock).format(HH_MM));
    }

    /**
     * The menus, each with a mnemonic (Alt+F, Alt+R, Alt+V, Alt+O; F10 opens the first): every action of the desk is
     * in one of them, with its key beside it.
     */
    private MenuBar menuBar(Handlers h) {
        DeskCommands c = h.commands();
        MenuItem export = item("menu.exportToday", c::exportToday);
        export.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        MenuItem sheets = item("menu.sheets", c::dailySheets);
        sheets.setAccelerator(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN));
        // the manager's office words live in their own bundle (app/clients)
        com.rotadesk.app.clients.ClientWords words = new com.rotadesk.app.clients.ClientWords(t.locale());
        MenuItem clients = new MenuItem(words.get("menu.clients"));
        clients.setOnAction(e -> c.clients());
        clients.setAccelerator(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN));
        MenuItem importRegister = new MenuItem(words.get("menu.importRegister"));
        importRegister.setOnAction(e -> c.importRegister());
        MenuItem transferAll = new MenuItem(words.get("menu.transferAll"));
        transferAll.setOnAction(e -> c.transferAll());
        Menu file = new Menu(t.get("menu.file"), null, sheets, export, new SeparatorMenuItem(),
                item("menu.quit", h.quit()));
        Menu reception = new Menu(t.get("menu.reception"), null,
                item("menu.checkIn", () -> c.checkIn(com.rotadesk.model.Channel.WALK_IN)),
                item("menu.call", () -> c.checkIn(com.rotadesk.model.Channel.PHONE)),
                item("menu.leaves", c::visitorLeaves), item("menu.away", c::awayOrBack),
                item("menu.receiveWaiting", c::receiveWaiting), new SeparatorMenuItem(),
                item("menu.signIn", c::signInOut), item("menu.surge", c::toggleSurge), new SeparatorMenuItem(),
                item("menu.undo", c::undo));
        Menu view = new Menu(t.get("menu.view"), null, item("menu.lane", h.board()::switchLane),
                item("menu.group", h.board()::nextGroup), item("menu.visits", h.board()::focusVisits),
                item("menu.search", () -> h.board().search().requestFocus()), new SeparatorMenuItem(),
                item("menu.floor", c::showFloor), item("menu.language", h.switchLanguage()));
        Menu office = new Menu(t.get("menu.office"), null, clients, importRegister, transferAll,
                new SeparatorMenuItem(), item("menu.officeSetup", c::editOffice),
                item("menu.settings", c::settings), item("menu.privacy", c::privacy), new SeparatorMenuItem(),
                item("menu.review", c::monthReview), item("menu.whatIf", c::whatIf));
        MenuBar bar = new MenuBar(file, reception, view, office);
        bar.setFocusTraversable(false);
        // a menu closed (Esc, or an item chosen) gives the keys back to the board, not to the menu bar
        for (Menu m : bar.getMenus()) {
            m.setOnHidden(e -> javafx.application.Platform.runLater(h.board()::focus));
            m.setOnShown(e -> javafx.application.Platform.runLater(() -> firstItem(m)));
        }
        return bar;
    }

    /**
     * Highlights a menu's first item once it is open, so that Alt+O, Enter chooses it (JavaFX opens a menu with no
     * item chosen): the ↓ the receptionist would otherwise press first, sent to the open menu.
     */
    private static void firstItem(Menu m) {
        for (javafx.stage.Window w : javafx.stage.Window.getWindows()) {
            if (w instanceof javafx.scene.control.ContextMenu popup && popup.isShowing()
                    && popup.getItems().equals(m.getItems()) && popup.getScene() != null) {
                javafx.scene.Node target = popup.getScene().getFocusOwner() != null ? popup.getScene().getFocusOwner()
                        : popup.getScene().getRoot();
                javafx.event.Event.fireEvent(target, new javafx.scene.input.KeyEvent(
                        javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", KeyCode.DOWN, false, false, false, false));
            }
        }
    }

    private MenuItem item(String key, Runnable run) {
        MenuItem m = new MenuItem(t.get(key));
        m.setOnAction(e -> run.run());
        return m;
    }
}
