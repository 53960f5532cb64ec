package com.rotadesk.app.desk;

import com.rotadesk.app.clients.ClientWords;
import com.rotadesk.model.Action;
import com.rotadesk.model.Event;
import com.rotadesk.model.engine.OfficeEngine;
import com.rotadesk.persistence.ClientRow;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * R26: the manager moves one client (or the public clients selected, handing them out), or every protected client of
 * a consultant who leaves, to one consultant, to several in turn, or to the public pool, always with a reason. A deal
 * client moves only when the manager ticks that it may (R19). Journaled; printed with the day's adjustments.
 */
final class TransferDialog {
    private final ClientsDesk desk;
    private final ClientWords w;
    private final Stage stage = new Stage();
    /** The clients to move, or empty when a consultant's clients are (then {@link #from} is shown). */
    private final List<ClientRow> clients;
    private final ComboBox<String> from = new ComboBox<>();
    private final RadioButton toOne;
    private final RadioButton toSeveral;
    private final RadioButton toPool;
    private final ComboBox<String> one = new ComboBox<>();
    private final FlowPane several = new FlowPane(10, 6);
    private final TextField reason = new TextField();
    private final CheckBox deal = new CheckBox();
    private final Label message = new Label();
    private final Button ok;
    private final Consumer<String> done;
    private final List<CheckBox> picks = new ArrayList<>();
    /** The office's consultants, once the store has answered. */
    private List<String> consultants = List.of();

    private TransferDialog(ClientsDesk desk, Window owner, List<ClientRow> clients, String leaving,
            Consumer<String> done) {
        this.desk = desk;
        this.w = desk.words();
        this.clients = List.copyOf(clients);
        this.done = done;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(w.get("transfer.title"));
        ToggleGroup target = new ToggleGroup();
        toOne = radio("transfer.toOne", target);
        toSeveral = radio("transfer.toSeveral", target);
        toPool = radio("transfer.toPool", target);
        toOne.setSelected(true);
        one.getStyleClass().add("transfer-to");
        one.setPromptText(w.get("transfer.choose"));
        from.setPromptText(w.get("transfer.choose"));
        one.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                toOne.setSelected(true);
            }
        });
        // picked (Enter or a click closes the list): the reason is what is left to type; not on every arrow key,
        // which changes the value too while the list is open
        one.setOnHidden(e -> {
            if (one.getValue() != null) {
                reason.requestFocus();
            }
        });
        reason.setPromptText(w.get("transfer.reason"));
        reason.getStyleClass().add("transfer-reason");
        reason.setOnAction(e -> confirm());
        message.getStyleClass().add("why");
        ok = new Button(w.get("transfer.ok"));
        ok.setDefaultButton(true);
        ok.setOnAction(e -> confirm());
        Button cancel = new Button(desk.texts().get("button.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());

        VBox root = new VBox(10);
        Label title = new Label();
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        root.getChildren().add(title);
        if (clients.isEmpty()) {
            title.setText(w.get("transfer.all", leaving == null ? "…" : leaving));
            from.getStyleClass().add("transfer-from");
            from.valueProperty().addListener((o, was, now) -> {
                title.setText(w.get("transfer.all", now == null ? "…" : now));
                offer(now);
            });
            from.setOnHidden(e -> {
                if (from.getValue() != null) {
                    one.requestFocus();
                }
            });
            root.getChildren().add(new HBox(8, new Label(w.get("transfer.from")), from));
        } else if (clients.size() == 1) {
            ClientRow r = clients.getFirst();
            String now = r.standing().owner() != null ? r.standing().owner() : w.standing(r.standing());
            title.setText(w.get("transfer.one", w.name(r.client().name()), w.phone(r.client().phone(), false), now));
            if (r.standing().deal()) {
                deal.setText(w.get("transfer.deal", r.client().owner()));
                root.getChildren().add(deal);
            }
        } else {
            title.setText(w.get("clients.count", clients.size()) + " · " + w.get("clients.tab.pool"));
        }
        root.getChildren().addAll(new Label(w.get("transfer.to")), new HBox(8, toOne, one), toSeveral, several, toPool,
                reason, message, new HBox(8, ok, cancel));
        // one client goes to one consultant: the turn-taking choice is not offered at all
        for (javafx.scene.Node n : List.of(toSeveral, several)) {
            n.setVisible(clients.size() != 1);
            n.setManaged(clients.size() != 1);
        }
        root.setPadding(new Insets(16));
        root.setPrefWidth(560);
        root.getStyleClass().addAll("checkin", "transfer");
        Scene scene = new Scene(root);
        scene.getStylesheets().addAll(Theme.stylesheet(), ClientsDesk.class.getResource("clients.css").toExternalForm());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        stage.setScene(scene);
        desk.service().withStore(store -> consultants(store.engine())).thenAccept(names -> Platform.runLater(() -> {
            fill(names, leaving);
        }));
    }

    /** One client, or the public clients selected (handed out). */
    static TransferDialog forClients(ClientsDesk desk, Window owner, List<ClientRow> clients, Consumer<String> done) {
        return new TransferDialog(desk, owner, clients, null, done);
    }

    /** Every protected client of a consultant who leaves ({@code leaving} preselected, or null). */
    static TransferDialog forConsultant(ClientsDesk desk, Window owner, String leaving, Consumer<String> done) {
        return new TransferDialog(desk, owner, List.of(), leaving, done);
    }

    Stage stage() {
        return stage;
    }

    /** True once the office's consultants are offered (screenshots wait for it). */
    boolean settled() {
        return !consultants.isEmpty();
    }

    TransferDialog show() {
        stage.show();
        if (clients.isEmpty()) {
            from.requestFocus();
        } else {
            one.requestFocus();
        }
        return this;
    }

    private RadioButton radio(String key, ToggleGroup group) {
        RadioButton r = new RadioButton(w.get(key));
        r.setToggleGroup(group);
        return r;
    }

    /** The office's consultants: as set up, then the roster (R2), each once. */
    static List<String> consultants(OfficeEngine engine) {
        Set<String> names = new LinkedHashSet<>();
        if (engine.profile() != null) {
            names.addAll(engine.profile().consultants());
        }
        names.addAll(engine.roster());
        return List.copyOf(names);
    }

    private void fill(List<String> names, String leaving) {
        consultants = names;
        from.getItems().setAll(names);
        offer(clients.size() == 1 ? clients.getFirst().standing().owner() : null);
        if (leaving != null && names.contains(leaving)) {
            from.setValue(leaving);
        }
    }

    /** Who can take the clients: every consultant but the one they belong to now. */
    private void offer(String current) {
        List<String> targets = consultants.stream().filter(n -> !n.equals(current)).toList();
        if (one.getValue() != null && !targets.contains(one.getValue())) {
            one.setValue(null);
        }
        one.getItems().setAll(targets);
        picks.clear();
        several.getChildren().clear();
        for (String n : targets) {
            CheckBox c = new CheckBox(n);
            c.setOnAction(e -> toSeveral.setSelected(true));
            picks.add(c);
            several.getChildren().add(c);
        }
    }

    /** The chosen consultants, in the order the office lists them. */
    private List<String> targets() {
        if (toPool.isSelected()) {
            return List.of();
        }
        if (toOne.isSelected()) {
            return one.getValue() == null ? null : List.of(one.getValue());
        }
        List<String> chosen = picks.stream().filter(CheckBox::isSelected).map(CheckBox::getText).toList();
        return chosen.isEmpty() ? null : chosen;
    }

    private void confirm() {
        String why = reason.getText() == null ? "" : reason.getText().strip();
        List<String> to = targets();
        if (to == null) {
            message.setText(w.get("transfer.needTarget"));
            return;
        }
        if (clients.isEmpty() && (from.getValue() == null)) {
            message.setText(w.get("transfer.needTarget"));
            return;
        }
        if (why.isEmpty()) {
            message.setText(w.get("transfer.needReason"));
            reason.requestFocus();
            return;
        }
        LocalDateTime now = desk.service().now();
        List<Action> actions = new ArrayList<>();
        if (clients.isEmpty()) {
            List<String> others = to.stream().filter(n -> !n.equals(from.getValue())).toList();
            if (others.isEmpty() && !to.isEmpty()) {
                // an empty list means the pool: a consultant named as their own heir must not send them there
                message.setText(w.get("transfer.notToSelf", from.getValue()));
                return;
            }
            actions.add(new Action.TransferAll(now, from.getValue(), others, why));
        } else {
            for (int i = 0; i < clients.size(); i++) {
                String target = to.isEmpty() ? null : to.get(i % to.size());
                actions.add(new Action.Transfer(now, clients.get(i).client().phone(), target, deal.isSelected(), why));
            }
        }
        ok.setDisable(true);
        desk.ask(office -> {
            int moved = 0;
            for (Action a : actions) {
                for (Event e : office.transfer(a)) {
                    if (e instanceof Event.Transferred) {
                        moved++;
                    }
                }
            }
            return moved;
        }).whenComplete((moved, error) -> Platform.runLater(() -> {
            ok.setDisable(false);
            if (error != null) {
                message.setText(desk.describe(error));
                desk.refreshBoard();
                return;
            }
            desk.refreshBoard();
            stage.close();
            done.accept(moved == 0 && clients.isEmpty() ? w.get("transfer.nothing", from.getValue())
                    : w.get("transfer.done", moved));
        }));
    }
}
