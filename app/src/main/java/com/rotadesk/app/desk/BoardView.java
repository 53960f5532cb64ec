package com.rotadesk.app.desk;

import com.rotadesk.model.Channel;
import com.rotadesk.model.Phones;
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
    private final BorderPane root = new BorderPane();
    private final Label next = new Label();
    private final Label why = new Label();
    private final HBox banner = new HBox();
    /** More cards than this and they are drawn smaller. */
    private static final int DENSE_FROM = 12;
    private final FlowPane cards = new FlowPane();
    private final HBox waitingLine = new HBox();
    private final Label round = new Label();
    private final Label visitsCount = new Label();
    private final ComboBox<String> groupBox = new ComboBox<>();
    private final ToggleButton walkIn;
    private final ToggleButton phone;
    private final ObservableList<Visit> visits = FXCollections.observableArrayList();
    private final FilteredList<Visit> filtered = new FilteredList<>(visits);
    private final TextField search = new TextField();
    private final HBox keyBar = new HBox();
    /** What moves when a minute passes: the cards' and the waiting visitors' minutes. */
    private final List<Consumer<LocalDateTime>> timers = new ArrayList<>();
    private BoardSnapshot snapshot;
    private String selected;

    BoardView(Texts t, Clock clock, Function<String, ContextMenu> menus, Function<Visit, ContextMenu> waitingMenus) {
        this.t = t;
        this.clock = clock;
        this.menus = menus;
        this.waitingMenus = waitingMenus;
        walkIn = new ToggleButton(t.get("board.walkIn"));
        phone = new ToggleButton(t.get("board.phone"));
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
        HBox laneBar = new HBox(walkIn, phone, groupBox, spacer, round, visitsCount);
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
        ListView<Visit> list = new ListView<>(filtered);
        list.setFocusTraversable(false);
        list.setCellFactory(v -> new VisitCell());
        VBox visitsPane = new VBox(visitsTitle, search, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        visitsPane.getStyleClass().add("visits-pane");

        Label keys = new Label(t.get("board.keys"));
        Region keySpacer = new Region();
        HBox.setHgrow(keySpacer, Priority.ALWAYS);
        keyBar.getChildren().addAll(keys, keySpacer);
        keyBar.getStyleClass().add("keys");
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
        root.setBottom(keyBar);
    }

    Node root() {
        return root;
    }

    TextField search() {
        return search;
    }

    /** The status bar under the board (shortcuts; the window adds its "working…" sign). */
    HBox statusBar() {
        return keyBar;
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
        visits.setAll(newestFirst);
        render();
    }

    /** A minute passed: the minutes on the board move, nothing else is redrawn. */
    void tick() {
        LocalDateTime now = LocalDateTime.now(clock);
        timers.forEach(timer -> timer.accept(now));
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
        List<String> names = lane.cards().stream().map(BoardSnapshot.Card::name).toList();
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
        return snapshot == null ? null : snapshot.waiting().stream().filter(v -> v.channel() == channel()
                && (v.group() == null || v.group().equals(group()))).findFirst().orElse(null);
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
        round.setText(t.get("board.round", lane.round()));
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
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < lane.cards().size(); i++) {
            if (i == lane.pointer()) {
                nodes.add(pointer());
            }
            BoardSnapshot.Card c = lane.cards().get(i);
            CardView view = new CardView(c, t, now, c.name().equals(nextUp), true);
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
        // each group and channel has its own queue (R9)
        List<Visit> waiting = snapshot.waiting().stream().filter(v -> v.channel() == channel()
                && (v.group() == null || v.group().equals(groupBox.getValue()))).toList();
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
                || (v.consultant() != null && v.consultant().contains(q));
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
            box.getStyleClass().add("visit-cell");
            setGraphic(box);
            setText(null);
        }
    }
}
