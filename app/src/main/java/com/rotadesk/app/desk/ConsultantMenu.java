package com.rotadesk.app.desk;

import com.rotadesk.model.Action;
import com.rotadesk.model.AwayKind;
import com.rotadesk.model.Channel;
import com.rotadesk.model.ConsultantStatus;
import com.rotadesk.model.Visit;
import com.rotadesk.model.VisitState;
import com.rotadesk.model.VoidReason;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** What can be done to a consultant from the card: presence, receptions, and the manager's adjustments. */
final class ConsultantMenu {
    private final Texts t;
    private final DeskService service;
    private final Supplier<BoardView> board;
    private final Consumer<Action[]> submit;
    private final javafx.stage.Window owner;
    private final Consumer<Visit> correct;

    /** @param correct opens the correction dialog for a visit (R28) */
    ConsultantMenu(Texts t, DeskService service, Supplier<BoardView> board, Consumer<Action[]> submit,
            javafx.stage.Window owner, Consumer<Visit> correct) {
        this.owner = owner;
        this.correct = correct;
        this.t = t;
        this.service = service;
        this.board = board;
        this.submit = submit;
    }

    ContextMenu menuFor(String consultant) {
        BoardSnapshot s = board.get().snapshot();
        ConsultantStatus status = s.everyone().stream().filter(c -> c.name().equals(consultant)).findFirst()
                .map(c -> c.status()).orElse(ConsultantStatus.SIGNED_OUT);
        ContextMenu menu = new ContextMenu();
        List<MenuItem> items = new ArrayList<>();
        if (status == ConsultantStatus.SIGNED_OUT) {
            items.add(item("action.signIn", () -> act(new Action.SignIn(service.now(), consultant, null))));
        } else if (status != ConsultantStatus.DISQUALIFIED) {
            if (status == ConsultantStatus.AWAY_BUSINESS || status == ConsultantStatus.AWAY_PRIVATE) {
                items.add(item("action.back", () -> act(new Action.Back(service.now(), consultant))));
            } else {
                items.add(item("action.awayBusiness",
                        () -> act(new Action.StepAway(service.now(), consultant, AwayKind.BUSINESS))));
                items.add(item("action.awayPrivate",
                        () -> act(new Action.StepAway(service.now(), consultant, AwayKind.PRIVATE))));
            }
            latestReception(consultant).ifPresent(v -> {
                items.add(item("action.end", () -> act(new Action.EndVisit(service.now(), v.ref()))));
                if (v.counted()) {
                    items.add(item("action.void", () -> voidReception(v)));
                }
                items.add(item("action.deal", () -> act(new Action.MarkDeal(service.now(), v.ref()))));
            });
            // every visitor the consultant is receiving can be corrected, the newest first (R11: two at once)
            receptions(consultant).forEach(v -> {
                MenuItem m = new MenuItem(t.get(v.incomplete() ? "action.completeVisit" : "action.correctVisit",
                        ActionText.visitor(t, v, null)));
                m.setOnAction(e -> correct.accept(v));
                items.add(m);
            });
            items.add(item("action.signOut", () -> act(new Action.SignOut(service.now(), consultant))));
        }
        items.add(new SeparatorMenuItem());
        if (status == ConsultantStatus.DISQUALIFIED) {
            items.add(item("action.reinstate", () -> reason().ifPresent(r ->
                    act(new Action.Reinstate(service.now(), consultant, r)))));
        } else if (status != ConsultantStatus.SIGNED_OUT) {
            Channel ch = board.get().channel();
            items.add(item("action.grant", () -> reason().ifPresent(r ->
                    act(new Action.GrantCredit(service.now(), consultant, ch, r)))));
            items.add(item("action.take", () -> reason().ifPresent(r ->
                    act(new Action.TakeCredit(service.now(), consultant, ch, r)))));
            items.add(item("action.disqualify", () -> reason().ifPresent(r ->
                    act(new Action.Disqualify(service.now(), consultant, r)))));
            items.add(item("action.pointer", () -> reason().ifPresent(r ->
                    act(new Action.MovePointer(service.now(), board.get().group(), ch, consultant, r)))));
            items.add(item("action.reorder", () -> reorder(ch)));
            String group = s.everyone().stream().filter(c -> c.name().equals(consultant)).findFirst()
                    .map(c -> c.group()).orElse(board.get().group());
            // only a visitor of the consultant's own rotation; whether it counts is the manager's call (R23),
            // offered as the rules would have it: counted when the visitor takes the walk
            s.waiting().stream().filter(w -> w.channel() == ch && w.group().equals(group)).findFirst().ifPresent(w ->
                    items.add(item("action.assign", () -> assignment(w.walks()).ifPresent(a ->
                            act(new Action.AssignTo(service.now(), w.ref(), consultant, a.counted(), a.reason()))))));
        }
        menu.getItems().setAll(items);
        return menu;
    }

    /** F5: away on business, or back when away. */
    void toggleAway(String consultant) {
        ConsultantStatus status = board.get().snapshot().everyone().stream().filter(c -> c.name().equals(consultant))
                .findFirst().map(c -> c.status()).orElse(ConsultantStatus.SIGNED_OUT);
        switch (status) {
            case AWAY_BUSINESS, AWAY_PRIVATE -> act(new Action.Back(service.now(), consultant));
            case AVAILABLE, RECEIVING -> act(new Action.StepAway(service.now(), consultant, AwayKind.BUSINESS));
            default -> { }
        }
    }

    private Optional<Visit> latestReception(String consultant) {
        return receptions(consultant).stream().findFirst();
    }

    /** The consultant's open receptions, the newest first. */
    private List<Visit> receptions(String consultant) {
        return board.get().snapshot().visits().stream()
                .filter(v -> consultant.equals(v.consultant()) && v.state() == VisitState.RECEIVING)
                .sorted(Comparator.comparing(Visit::receivedAt).reversed()).toList();
    }

    private void voidReception(Visit v) {
        ChoiceDialog<String> d = new ChoiceDialog<>(t.get("void.non-buyer"), t.get("void.non-buyer"),
                t.get("void.others-client"), t.get("void.repeat"));
        d.setTitle(t.get("action.void"));
        d.setHeaderText(t.get("action.voidReason"));
        Dialogs.desk(d, t, owner);
        d.showAndWait().ifPresent(choice -> {
            VoidReason reason = choice.equals(t.get("void.others-client")) ? VoidReason.OTHERS_CLIENT
                    : choice.equals(t.get("void.repeat")) ? VoidReason.REPEAT : VoidReason.NON_BUYER;
            act(new Action.VoidVisit(service.now(), v.ref(), reason));
        });
    }

    /** R23: the manager's new order of the list, with a reason. */
    private void reorder(Channel ch) {
        BoardSnapshot.Lane lane = board.get().snapshot().lanes().get(BoardSnapshot.key(board.get().group(), ch));
        if (lane == null || lane.cards().isEmpty()) {
            return;
        }
        ReorderDialog.ask(t, lane.cards().stream().map(BoardSnapshot.Card::name).toList(), owner).ifPresent(a ->
                act(new Action.Reorder(service.now(), board.get().group(), ch, a.order(), a.reason())));
    }

    /** The manager's reason for an assignment, and whether it counts as a turn. */
    private record Assignment(String reason, boolean counted) {
    }

    private Optional<Assignment> assignment(boolean countedByDefault) {
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(t.get("app.title"));
        d.setHeaderText(t.get("action.reason"));
        TextField reason = new TextField();
        CheckBox counted = new CheckBox(t.get("action.assignCounted"));
        counted.setSelected(countedByDefault);
        d.getDialogPane().setContent(new VBox(10, reason, counted));
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(reason.textProperty().isEmpty());
        d.setOnShown(e -> reason.requestFocus());
        Dialogs.desk(d, t, owner);
        return d.showAndWait().filter(b -> b == ButtonType.OK).map(b -> reason.getText().strip())
                .filter(r -> !r.isEmpty()).map(r -> new Assignment(r, counted.isSelected()));
    }

    private Optional<String> reason() {
        TextInputDialog d = new TextInputDialog();
        d.setTitle(t.get("app.title"));
        d.setHeaderText(t.get("action.reason"));
        Dialogs.desk(d, t, owner);
        return d.showAndWait().map(String::strip).filter(r -> !r.isEmpty());
    }

    private MenuItem item(String key, Runnable run) {
        MenuItem m = new MenuItem(t.get(key));
        m.setOnAction(e -> run.run());
        return m;
    }

    private void act(Action a) {
        submit.accept(new Action[] {a});
    }
}
