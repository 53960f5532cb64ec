package com.rotadesk.app.desk;

import com.rotadesk.model.Channel;
import com.rotadesk.model.Phones;
import com.rotadesk.model.RotationWindow;
import com.rotadesk.model.Visit;
import com.rotadesk.model.VisitState;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

/** The rotation board: the lane chooser, the next-up banner, the cards with the pointer, waiting, today's visits. */
final class BoardView {
    private final Texts t;
    private final Clock clock;
    private final Function<String, ContextMenu> menus;
    private final Function<Visit, ContextMenu> waitingMenus;
    private final Function<Visit, ContextMenu> visitMenus;
    private final BorderPane root = new BorderPane();
    private final Label next = new Label();
    private final Label why = new Label();
    private final HBox banner = new HBox();
    /** More cards than this and they are drawn smaller. */
    private static final int DENSE_FROM = 12;
    private final FlowPane cards = new FlowPane();
    private final HBox waitingLine = new HBox();
    /** The round inside the rotation window (R5); outside it, that nothing counts, with the window's times. */
    private final Label round = new Label();
    private final Label visitsCount = new Label();
    private final ComboBox<String> groupBox = new ComboBox<>();
    private final ToggleButton walkIn;
    private final ToggleButton phone;
    private final ObservableList<Visit> visits = FXCollections.observableArrayList();
    private final FilteredList<Visit> filtered = new FilteredList<>(visits);
    private final TextField search = new TextField();
    private final ListView<Visit> list = new ListView<>(filtered);
    /** The status bar: what the last action did, on the left; the window adds its "saving…" sign on the right. */
    private final HBox statusBar = new HBox();
    private final Label done = new Label();
    private final FlowPane keyBar = new FlowPane();
    private final VBox bottom = new VBox(statusBar, keyBar);
    /** What moves when a minute passes: the cards' and the waiting visitors' minutes. */
    private final List<Consumer<LocalDateTime>> timers = new ArrayList<>();
    private BoardSnapshot snapshot;
    private String selected;

    /**
     * @param menus        a card's menu (right-click, Shift+F10)
     * @param waitingMenus a waiting visitor's menu (a click on the waiting line)
     * @param visitMenus   a visit's menu in today's visits (right-click, Enter or Shift+F10 in the list)
     */
    BoardView(Texts t, Clock clock, Function<String, ContextMenu> menus, Function<Visit, ContextMenu> waitingMenus,
            Function<Visit, ContextMenu> visitMenus) {
        this.t = t;
        this.clock = clock;
        this.menus = menus;
        this.waitingMenus = waitingMenus;
        this.visitMenus = visitMenus;
        walkIn = new ToggleButton(t.get("board.walkIn"));
        phone = new ToggleButton(t.get("board.phone"));
        walkIn.getStyleClass().add("lane-walk-in");
        phone.getStyleClass().add("lane-phone");
        ToggleGroup channels = new ToggleGroup();
        walkIn.setToggleGroup(channels);
        phone.setToggleGroup(channels);
        walkIn.setSelected(true);
        channels.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            } else {
                render();
            }
        });
        walkIn.setFocusTraversable(false);
        phone.setFocusTraversable(false);
        groupBox.setFocusTraversable(false);
        groupBox.valueProperty().addListener((o, a, b) -> render());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        round.getStyleClass().add("round-label");
        visitsCount.getStyleClass().add("round-label");
        groupBox.getStyleClass().add("group-box");
        Label laneKeys = new Label(t.get("board.laneKeys"));
        laneKeys.getStyleClass().add("lane-keys");
        HBox laneBar = new HBox(walkIn, phone, groupBox, laneKeys, spacer, round, visitsCount);
        laneBar.getStyleClass().add("lane-bar");

        Label caption = new Label(t.get("board.next"));
        caption.getStyleClass().add("caption");
        next.getStyleClass().add("who");
        why.getStyleClass().add("why");
        banner.getChildren().addAll(caption, next, why);
        banner.getStyleClass().add("next-banner");
        VBox.setMargin(banner, new Insets(6, 16, 0, 16));

        cards.getStyleClass().add("cards");
        waitingLine.getStyleClass().add("waiting-line");
        ScrollPane cardScroll = new ScrollPane(cards);
        cardScroll.setFitToWidth(true);
        cardScroll.setStyle("-fx-background-color: transparent; -fx-background: transparent;");
        // the waiting line sits right under the cards (where the eye is), not at the foot of the window
        Region rest = new Region();
        VBox center = new VBox(laneBar, banner, cardScroll, waitingLine, rest);
        VBox.setVgrow(cardScroll, Priority.SOMETIMES);
        // the flow wraps at the board's width, so its preferred height is its real height (not 400 px of rows)
        cards.prefWrapLengthProperty().bind(cardScroll.widthProperty().subtract(40));
        VBox.setVgrow(rest, Priority.ALWAYS);

        Label visitsTitle = new Label(t.get("board.visits"));
        visitsTitle.getStyleClass().add("title");
        search.setPromptText(t.get("board.search"));
        search.textProperty().addListener((o, a, b) -> filtered.setPredicate(v -> matches(v, b)));
        list.getStyleClass().add("visits");
        list.setFocusTraversable(false);
        list.setCellFactory(v -> new VisitCell());
        // Ctrl+L puts the keys here: ↑ ↓ choose a visit, Enter or Shift+F10 its menu, Esc back to the board
        list.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                showVisitMenu();
                e.consume();
            } else if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                // a list keeps Esc to itself otherwise
                focus();
                e.consume();
            }
        });
        list.setOnContextMenuRequested(e -> {
            Visit v = list.getSelectionModel().getSelectedItem();
            if (v != null) {
                visitMenus.apply(v).show(list, e.getScreenX(), e.getScreenY());
            }
        });
        VBox visitsPane = new VBox(visitsTitle, search, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        visitsPane.getStyleClass().add("visits-pane");

        done.getStyleClass().add("done-line");
        Region statusSpacer = new Region();
        HBox.setHgrow(statusSpacer, Priority.ALWAYS);
        statusBar.getChildren().addAll(done, statusSpacer);
        statusBar.getStyleClass().add("status-bar");
        keyBar.getStyleClass().add("keys");
        bottom.getStyleClass().add("bottom");
        // the board itself takes the keys (F2 is the first thing a receptionist presses), not the search field
        root.setFocusTraversable(true);
        // ← → choose a card, so F4, F5 and Shift+F10 work without the mouse
        root.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getTarget() == root && (e.getCode() == javafx.scene.input.KeyCode.LEFT
                    || e.getCode() == javafx.scene.input.KeyCode.RIGHT)) {
                step(e.getCode() == javafx.scene.input.KeyCode.LEFT ? -1 : 1);
                e.consume();
            }
        });
        root.getStyleClass().add("board");

        root.setCenter(center);
        root.setRight(visitsPane);
        root.setBottom(bottom);
    }

    Node root() {
        return root;
    }

    TextField search() {
        return search;
    }

    /** The status bar under the board (what the last action did; the window adds its "working…" sign). */
    HBox statusBar() {
        return statusBar;
    }

    /** Says what the last action did ("送客：王先生（丁伟）"), until the next one. */
    void told(String what) {
        done.setText(what == null || what.isEmpty() ? "" : "✓ " + what);
    }

    /** The line saying what the last action did. */
    String toldText() {
        return done.getText();
    }

    /** Ctrl+L: today's visits take the keys, the newest selected. */
    void focusVisits() {
        if (list.getSelectionModel().isEmpty() && !filtered.isEmpty()) {
            list.getSelectionModel().select(0);
        }
        list.requestFocus();
    }

    private void showVisitMenu() {
        Visit v = list.getSelectionModel().getSelectedItem();
        int i = list.getSelectionModel().getSelectedIndex();
        if (v == null) {
            return;
        }
        javafx.geometry.Bounds b = list.localToScreen(list.getBoundsInLocal());
        double y = b.getMinY() + Math.min(Math.max(0, i - first()) * 52 + 40, b.getHeight() - 20);
        visitMenus.apply(v).show(list, b.getMinX() + 40, y);
    }

    /** The index of the first visit the list shows (to open a visit's menu beside it). */
    private int first() {
        var flow = list.lookup(".virtual-flow");
        if (flow instanceof javafx.scene.control.skin.VirtualFlow<?> vf && vf.getFirstVisibleCell() != null) {
            return vf.getFirstVisibleCell().getIndex();
        }
        return 0;
    }

    /** Whether today's visits have the keys. */
    boolean visitsFocused() {
        return list.isFocused();
    }

    /** The visit selected in today's visits, or null. */
    Visit selectedVisit() {
        return list.getSelectionModel().getSelectedItem();
    }

    /** Shift+F10 in today's visits: the selected visit's menu. */
    void visitMenu() {
        showVisitMenu();
    }

    /** Gives the keys back to the board (after a dialog, or Esc in the search field). */
    void focus() {
        root.requestFocus();
    }

    /** Shows a new board. */
    void show(BoardSnapshot s) {
        this.snapshot = s;
        String group = groupBox.getValue();
        groupBox.getItems().setAll(s.groups());
        groupBox.setVisible(s.groups().size() > 1);
        groupBox.setManaged(s.groups().size() > 1);
        groupBox.setValue(group != null && s.groups().contains(group) ? group
                : s.groups().isEmpty() ? null : s.groups().getFirst());
        List<Visit> newestFirst = new ArrayList<>(s.visits());
        java.util.Collections.reverse(newestFirst);
        Visit keep = list.getSelectionModel().getSelectedItem();
        visits.setAll(newestFirst);
        if (keep != null) {
            // the same visit stays selected when the board changes under the receptionist's keys
            filtered.stream().filter(v -> v.ref().equals(keep.ref())).findFirst()
                    .ifPresent(v -> list.getSelectionModel().select(v));
        }
        keys(s.groups().size() > 1);
        render();
    }

    /** The key bar: every key of the board, each with what it does; it wraps rather than cut a key off. */
    private void keys(boolean groups) {
        List<String[]> keys = new ArrayList<>(List.of(
                new String[] {"F2", "keys.checkIn"}, new String[] {"F3", "keys.call"},
                new String[] {"F4", "keys.leaves"}, new String[] {"F5", "keys.away"},
                new String[] {"F6", "keys.waiting"}, new String[] {"F7", "keys.lane"},
                new String[] {"F8", "keys.signIn"}, new String[] {"F9", "keys.surge"}));
        if (groups) {
            keys.add(new String[] {"Ctrl+G", "keys.group"});
        }
        keys.addAll(List.of(new String[] {"← →", "keys.choose"}, new String[] {"Shift+F10", "keys.cardMenu"},
                new String[] {"Ctrl+L", "keys.visits"}, new String[] {"Ctrl+F", "keys.search"},
                new String[] {"Ctrl+Z", "keys.undo"}, new String[] {"Ctrl+P", "keys.sheets"},
                new String[] {"Ctrl+E", "keys.export"}, new String[] {"F11", "keys.floor"}));
        List<Node> chips = new ArrayList<>();
        for (String[] k : keys) {
            Label key = new Label(k[0]);
            key.getStyleClass().add("key");
            Label what = new Label(t.get(k[1]));
            HBox chip = new HBox(4, key, what);
            chip.getStyleClass().add("key-chip");
            chips.add(chip);
        }
        keyBar.getChildren().setAll(chips);
    }

    /** A minute passed: the minutes on the board move, nothing else is redrawn. */
    void tick() {
        LocalDateTime now = LocalDateTime.now(clock);
        timers.forEach(timer -> timer.accept(now));
    }

    /** F7: the other channel's lane (walk-in or phone). */
    void switchLane() {
        (phone.isSelected() ? walkIn : phone).setSelected(true);
    }

    /** Ctrl+G: the next group's lane, when the office has more than one. */
    void nextGroup() {
        List<String> groups = groupBox.getItems();
        if (groups.size() > 1) {
            int i = groups.indexOf(groupBox.getValue());
            groupBox.setValue(groups.get(Math.floorMod(i + 1, groups.size())));
        }
    }

    Channel channel() {
        return phone.isSelected() ? Channel.PHONE : Channel.WALK_IN;
    }

    String group() {
        return groupBox.getValue();
    }

    /** The consultant whose card was clicked last (F4, F5 act on it), or the next-up. */
    String selected() {
        return selected;
    }

    /** Moves the selection one card left or right in the list (from the next-up when nothing is selected). */
    private void step(int by) {
        BoardSnapshot.Lane lane = snapshot == null ? null : snapshot.lanes().get(BoardSnapshot.key(group(), channel()));
        if (lane == null || lane.cards().isEmpty()) {
            return;
        }
        List<String> names = new ArrayList<>(lane.cards().stream().map(BoardSnapshot.Card::name).toList());
        // a signed-out consultant whose visitor has not left yet is chosen the same way (F4 ends the reception)
        lane.offList().forEach(c -> names.add(c.name()));
        String from = selected != null ? selected : lane.next() == null ? null : lane.next().consultant();
        int i = from == null ? -1 : names.indexOf(from);
        int j = i < 0 ? 0 : Math.floorMod(i + by, names.size());
        select(names.get(j));
    }

    void select(String consultant) {
        selected = consultant;
        render();
    }

    /** The oldest visit waiting on the lane shown, or null. */
    Visit oldestWaiting() {
        List<Visit> here = waitingHere();
        return here.isEmpty() ? null : here.getFirst();
    }

    /** The visits waiting on the lane shown, oldest first (each group and channel has its own queue, R9). */
    List<Visit> waitingHere() {
        return snapshot == null ? List.of() : snapshot.waiting().stream().filter(v -> v.channel() == channel()
                && (v.group() == null || v.group().equals(group()))).toList();
    }

    /** The card shown for a consultant on the current lane, listed or not, or null. */
    BoardSnapshot.Card card(String consultant) {
        BoardSnapshot.Lane lane = snapshot == null ? null : snapshot.lanes().get(BoardSnapshot.key(group(), channel()));
        if (lane == null) {
            return null;
        }
        return java.util.stream.Stream.concat(lane.cards().stream(), lane.offList().stream())
                .filter(c -> c.name().equals(consultant)).findFirst().orElse(null);
    }

    BoardSnapshot snapshot() {
        return snapshot;
    }

    /** The card of a consultant on the current lane, if shown. */
    java.util.Optional<Node> cardNode(String consultant) {
        return cards.getChildren().stream().filter(n -> consultant.equals(n.getUserData())).findFirst();
    }

    private void render() {
        if (snapshot == null || groupBox.getValue() == null) {
            return;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        BoardSnapshot.Lane lane = snapshot.lanes().get(BoardSnapshot.key(groupBox.getValue(), channel()));
        if (lane == null) {
            return;
        }
        showWindow(now, lane.round());
        visitsCount.setText(t.get("board.visitsToday",
                snapshot.visits().stream().filter(v -> v.channel() == Channel.WALK_IN).count()));
        String nextUp = lane.next() == null ? null : lane.next().consultant();
        banner.getStyleClass().remove("makeup");
        if (lane.cards().isEmpty()) {
            next.setText("—");
            why.setText(t.get("board.noOne"));
        } else if (nextUp == null) {
            next.setText("—");
            why.setText(t.get("board.nobody"));
        } else {
            next.setText(nextUp);
            why.setText(t.reason(lane.next().reason()));
            if (lane.next().makeUp()) {
                banner.getStyleClass().add("makeup");
            }
        }
        timers.clear();
        int lap = lane.round();
        timers.add(at -> showWindow(at, lap));
        List<Node> nodes = new ArrayList<>();
        List<BoardSnapshot.Card> shown = new ArrayList<>(lane.cards());
        shown.addAll(lane.offList());
        for (int i = 0; i < shown.size(); i++) {
            if (i == lane.pointer() && i < lane.cards().size()) {
                nodes.add(pointer());
            }
            BoardSnapshot.Card c = shown.get(i);
            boolean listed = i < lane.cards().size();
            CardView view = new CardView(c, t, now, c.name().equals(nextUp), true, listed);
            timers.add(view::tick);
            VBox card = view.node();
            if (c.name().equals(selected)) {
                card.getStyleClass().add("selected");
            }
            card.setOnMouseClicked(e -> {
                select(c.name());
                root.requestFocus();
            });
            card.setOnContextMenuRequested(e -> {
                select(c.name());
                menus.apply(c.name()).show(card, e.getScreenX(), e.getScreenY());
            });
            nodes.add(card);
        }
        cards.getChildren().setAll(nodes);
        // a full office (up to twenty) must fit a 1366×768 desk screen without scrolling: smaller cards, five a row
        boolean dense = lane.cards().size() > DENSE_FROM;
        if (dense != cards.getStyleClass().contains("dense")) {
            // only when it flips: touching the class restyles every card
            if (dense) {
                cards.getStyleClass().add("dense");
            } else {
                cards.getStyleClass().remove("dense");
            }
        }
        waitingLine.getChildren().clear();
        Label title = new Label(t.get("board.waiting"));
        waitingLine.getChildren().add(title);
        List<Visit> waiting = waitingHere();
        if (waiting.isEmpty()) {
            waitingLine.getChildren().add(new Label(t.get("board.waitingNone")));
        }
        for (Visit w : waiting) {
            Label chip = new Label();
            Consumer<LocalDateTime> minutes = at -> chip.setText(t.get("board.waitingItem",
                    BoardSnapshot.displayName(w), Math.max(0, Duration.between(w.arrival(), at).toMinutes())));
            minutes.accept(now);
            timers.add(minutes);
            chip.getStyleClass().add("waiting-chip");
            chip.setUserData(w.ref());
            // a click or right-click on a waiting visitor: receive by the rules (F6), or gone
            chip.setOnMouseClicked(e -> waitingMenus.apply(w).show(chip, e.getScreenX(), e.getScreenY()));
            waitingLine.getChildren().add(chip);
        }
    }

    /**
     * Inside the rotation window the lane's round; outside it, that the desk is on duty but nothing counts (R5),
     * with the window's hours, so that an evening of uncounted visits does not look like a broken board.
     */
    private void showWindow(LocalDateTime now, int lap) {
        RotationWindow w = snapshot.window();
        boolean inside = w == null || snapshot.counting().test(now);
        round.setText(inside ? t.get("board.round", lap)
                : t.get("board.outside", t.time(w.start()), t.time(w.end())));
        if (inside == round.getStyleClass().contains("outside")) {
            if (inside) {
                round.getStyleClass().remove("outside");
            } else {
                round.getStyleClass().add("outside");
            }
        }
    }

    /** The pointer (当前轮次位置): a bar between two cards, with a small arrow so it reads as "the walk is here". */
    private Node pointer() {
        Label arrow = new Label("▼");
        arrow.getStyleClass().add("pointer-arrow");
        Region bar = new Region();
        bar.getStyleClass().add("pointer");
        VBox.setVgrow(bar, Priority.ALWAYS);
        VBox box = new VBox(2, arrow, bar);
        box.getStyleClass().add("pointer-box");
        javafx.scene.control.Tooltip.install(box, new javafx.scene.control.Tooltip(t.get("board.pointer")));
        return box;
    }

    private boolean matches(Visit v, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String q = text.strip().toLowerCase(Locale.ROOT);
        String phoneDigits = v.registration().phone() == null ? "" : v.registration().phone();
        return BoardSnapshot.displayName(v).toLowerCase(Locale.ROOT).contains(q)
                || (!Phones.erased(phoneDigits) && phoneDigits.contains(q))
                || (v.consultant() != null && v.consultant().contains(q))
                || (v.registration().notes() != null && v.registration().notes().toLowerCase(Locale.ROOT).contains(q));
    }

    /** A visit in the list: time, name, masked phone, party; consultant, type, counted. */
    private final class VisitCell extends ListCell<Visit> {
        @Override
        protected void updateItem(Visit v, boolean empty) {
            super.updateItem(v, empty);
            if (empty || v == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            String party = v.registration().party() > 1 ? " (" + v.registration().party() + ")" : "";
            Label main = new Label(t.time(v.arrival()) + "  " + BoardSnapshot.displayName(v) + party + "  "
                    + Phones.mask(v.registration().phone())
                    + (v.channel() == Channel.PHONE ? "  ☎" : ""));
            main.getStyleClass().add("main");
            String who = v.consultant() == null ? (v.state() == VisitState.GONE ? t.get("visit.gone")
                    : t.get("visit.waiting")) : t.get("visit.to", v.consultant());
            Label sub = new Label("      " + who + "  " + t.type(v.type()) + "  "
                    + (v.counted() ? t.get("visit.counted") : t.get("visit.uncounted")));
            sub.getStyleClass().add("sub");
            VBox box = new VBox(main, sub);
            if (v.incomplete()) {
                Label flag = new Label("      ⚠ " + t.get("visit.incomplete"));
                flag.getStyleClass().addAll("sub", "flag");
                box.getChildren().add(flag);
            }
            // R28: a corrected visit says so (as the register does), and the receptionist's note is shown
            if (v.corrected() || v.registration().notes() != null) {
                Label more = new Label("      " + (v.corrected() ? "✎ " + t.get("visit.corrected") : "")
                        + (v.corrected() && v.registration().notes() != null ? "  " : "")
                        + (v.registration().notes() == null ? "" : t.get("visit.notes", v.registration().notes())));
                more.getStyleClass().addAll("sub", v.corrected() ? "corrected" : "notes");
                box.getChildren().add(more);
            }
            box.getStyleClass().add("visit-cell");
            setGraphic(box);
            setText(null);
        }
    }
}
