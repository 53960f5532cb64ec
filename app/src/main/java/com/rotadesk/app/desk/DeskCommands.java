package com.rotadesk.app.desk;

import com.rotadesk.model.Action;
import com.rotadesk.model.Channel;
import com.rotadesk.model.ConsultantStatus;
import com.rotadesk.model.Event;
import com.rotadesk.model.Visit;
import com.rotadesk.model.VisitState;
import com.rotadesk.model.VoidReason;
import com.rotadesk.model.engine.ConsultantView;
import javafx.geometry.Bounds;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the receptionist's keys and menus do on the main window: check-in and call, sign-in, the selected
 * consultant's actions, waiting visitors, the lanes, undo, settings, export and the floor display. Every action goes
 * through the store's thread; the board is updated with what the store answers, and the status bar says what was
 * done.
 */
final class DeskCommands {
    private final Texts t;
    private final Stage stage;
    private final DeskService service;
    private final Feedback feedback;
    private final BoardView board;
    private final ConsultantMenu menus;
    private final FloorDisplay floor;
    private final Consumer<BoardSnapshot> update;
    /** Made at the first Ctrl+P or Ctrl+E: its PDF and spreadsheet classes have no place before the first frame. */
    private SheetsDesk sheets;
    /** Made when the manager first opens a report of a date range. */
    private ReviewDesk reviews;
    /** The manager's office, made at the first Ctrl+K. */
    private ClientsDesk clients;

    DeskCommands(Texts t, Stage stage, DeskService service, Feedback feedback, BoardView board, ConsultantMenu menus,
            FloorDisplay floor, Consumer<BoardSnapshot> update) {
        this.t = t;
        this.stage = stage;
        this.service = service;
        this.feedback = feedback;
        this.board = board;
        this.menus = menus;
        this.floor = floor;
        this.update = update;
    }

    /**
     * Confirms actions, then shows the board the store answers with and says what was done. Signing out someone
     * who is still receiving asks first, whichever key or menu asked for it.
     */
    void submit(Action... actions) {
        if (viewOnly()) {
            return;
        }
        for (Action a : actions) {
            if (a instanceof Action.SignOut out && !mayLeaveWhileReceiving(out.consultant())) {
                board.focus();
                return;
            }
        }
        feedback.run(service.submit(actions), after -> done(List.of(actions), after));
    }

    /** Shows the board after confirmed actions and says in the status bar what the last one did. */
    void done(List<? extends Action> actions, BoardSnapshot after) {
        update.accept(after);
        if (!actions.isEmpty()) {
            board.told(ActionText.done(t, actions.getLast(), after));
        }
    }

    private void told(String what, BoardSnapshot after) {
        update.accept(after);
        board.told(what);
    }

    /**
     * A board that only views an office on a server (the manager's PC, the lobby TV) changes nothing: a key that
     * would says so in one line instead of opening a dialog whose confirm the server refuses.
     */
    private boolean viewOnly() {
        if (!service.viewOnly()) {
            return false;
        }
        feedback.tell(t.get("viewOnly.refused", service.where()));
        return true;
    }

    /** F2 (walk-in) or F3 (phone): the check-in dialog; focus comes back to the board afterwards. */
    void checkIn(Channel channel) {
        if (viewOnly()) {
            return;
        }
        CheckInDialog dialog = new CheckInDialog(stage, t, service, channel, board.group(),
                board.snapshot().roster(), this::done);
        dialog.stage().setOnHidden(e -> board.focus());
        dialog.show();
    }

    /**
     * F8: sign a consultant in or out. The first consultant not signed in is offered (in the morning, who walks in
     * next); with everyone signed in nobody is preselected, so Enter never signs out someone by accident.
     */
    void signInOut() {
        if (viewOnly()) {
            return;
        }
        BoardSnapshot s = board.snapshot();
        if (s.roster().isEmpty()) {
            return;
        }
        SignInDialog.ask(t, s, stage).ifPresent(name -> submit(s.statusOf(name) == ConsultantStatus.SIGNED_OUT
                ? new Action.SignIn(service.now(), name, null) : new Action.SignOut(service.now(), name)));
        board.focus();
    }

    /**
     * Signing out someone with an open reception asks first, and says what happens to it: the reception stays open
     * (the card stays on the board, dimmed) until the visitor leaves; the consultant leaves the list and their
     * make-up credits go (R1). Cancel is the default.
     */
    private boolean mayLeaveWhileReceiving(String consultant) {
        List<BoardSnapshot.Reception> open = board.snapshot().receptionsOf(consultant);
        if (open.isEmpty()) {
            return true;
        }
        List<String> whom = new ArrayList<>();
        open.forEach(r -> whom.add(t.get("signout.reception", r.visitor(), minutes(r.since()))));
        ButtonType signOut = new ButtonType(t.get("signout.confirm", consultant), ButtonBar.ButtonData.OK_DONE);
        Alert a = new Alert(Alert.AlertType.WARNING, t.get("signout.what", consultant,
                String.join(t.get("list.separator"), open.stream().map(BoardSnapshot.Reception::visitor).toList())),
                signOut, ButtonType.CANCEL);
        a.setTitle(t.get("signin.title"));
        a.setHeaderText(t.get("signout.receiving", consultant, String.join(t.get("list.separator"), whom)));
        Dialogs.desk(a, t, stage);
        Dialogs.cancelByDefault(a);
        return a.showAndWait().filter(Dialogs::ok).isPresent();
    }

    private long minutes(java.time.LocalDateTime since) {
        return Math.max(0, Duration.between(since, service.now()).toMinutes());
    }

    /**
     * F4: the selected consultant's visitor leaves (送客); with two visitors open, the receptionist says which, and
     * with no card selected, whose.
     */
    void visitorLeaves() {
        if (viewOnly()) {
            return;
        }
        String selected = board.selected();
        if (selected == null) {
            List<String> receiving = board.snapshot().everyone().stream().filter(c -> c.openReceptions() > 0)
                    .map(ConsultantView::name).toList();
            if (receiving.isEmpty()) {
                feedback.tell(t.get("leaves.nobody"));
                return;
            }
            List<String> labels = receiving.stream().map(c -> t.get("leaves.whoseItem", c,
                    String.join(t.get("list.separator"), board.snapshot().receptionsOf(c).stream()
                            .map(r -> t.get("signout.reception", r.visitor(), minutes(r.since()))).toList()))).toList();
            selected = receiving.size() == 1 ? receiving.getFirst()
                    : Dialogs.choose(t, t.get("leaves.title"), t.get("leaves.whose"), labels, 0, stage)
                            .map(receiving::get).orElse(null);
            if (selected == null) {
                board.focus();
                return;
            }
        }
        List<BoardSnapshot.Reception> open = board.snapshot().receptionsOf(selected);
        if (open.isEmpty()) {
            feedback.tell(t.get("leaves.none", selected));
            board.focus();
            return;
        }
        Optional<BoardSnapshot.Reception> leaving = open.size() == 1 ? Optional.of(open.getFirst())
                : Dialogs.choose(t, t.get("leaves.title"), t.get("leaves.which", selected),
                        open.stream().map(r -> t.get("leaves.item", r.visitor(), t.time(r.since()),
                                minutes(r.since()))).toList(), 0, stage).map(open::get);
        leaving.ifPresent(r -> submit(new Action.EndVisit(service.now(), r.ref())));
        board.focus();
    }

    /** F5: the selected consultant steps away on business, or is back (asks whom when no card is selected). */
    void awayOrBack() {
        if (viewOnly()) {
            return;
        }
        String selected = board.selected();
        if (selected != null) {
            menus.toggleAway(selected);
            return;
        }
        List<String> choices = board.snapshot().everyone().stream()
                .filter(c -> c.status() != ConsultantStatus.SIGNED_OUT && c.status() != ConsultantStatus.DISQUALIFIED)
                .map(ConsultantView::name).toList();
        if (choices.isEmpty()) {
            return;
        }
        Dialogs.choose(t, t.get("away.title"), t.get("signin.prompt"), choices, 0, stage)
                .ifPresent(i -> menus.toggleAway(choices.get(i)));
        board.focus();
    }

    /**
     * F6: a visitor waiting on this lane is received now, by the rules as they stand (R9), after the receptionist
     * has seen whom the rules propose. With several waiting, the receptionist picks which (the oldest first).
     */
    void receiveWaiting() {
        if (viewOnly()) {
            return;
        }
        List<Visit> waiting = board.waitingHere();
        if (waiting.isEmpty()) {
            feedback.tell(t.get("waiting.none"));
            return;
        }
        if (waiting.size() == 1) {
            receiveWaiting(waiting.getFirst());
            return;
        }
        List<String> labels = waiting.stream().map(w -> t.get("waiting.who", ActionText.visitor(t, w, null),
                t.type(w.type()), minutes(w.arrival()))).toList();
        Dialogs.choose(t, t.get("waiting.title"), t.get("waiting.which"), labels, 0, stage)
                .ifPresentOrElse(i -> receiveWaiting(waiting.get(i)), board::focus);
    }

    private void receiveWaiting(Visit w) {
        WaitingDialog dialog = new WaitingDialog(stage, t, service, w, this::done);
        dialog.stage().setOnHidden(e -> board.focus());
        dialog.show();
    }

    /** What can be done with a waiting visitor: received by the rules, or gone without being received. */
    ContextMenu waitingMenu(Visit w) {
        MenuItem receive = new MenuItem(t.get("waiting.receive"));
        receive.setOnAction(e -> receiveWaiting(w));
        MenuItem gone = new MenuItem(t.get("waiting.gone"));
        gone.setOnAction(e -> submit(new Action.EndVisit(service.now(), w.ref())));
        return new ContextMenu(receive, gone, correctItem(w));
    }

    /** "Correct the registration…", or "Complete the registration…" while the name or phone is missing (R16). */
    MenuItem correctItem(Visit v) {
        MenuItem item = new MenuItem(t.get(v.incomplete() ? "visit.complete" : "visit.correct"));
        item.setOnAction(e -> correct(v));
        return item;
    }

    /**
     * R28: the correction dialog for a visit; once confirmed, the status bar says what changed, and when the visit
     * turned out to be another consultant's client's while its reception counted, the void of R14 is offered as a
     * second step of its own.
     */
    void correct(Visit v) {
        CorrectionDialog dialog = new CorrectionDialog(stage, t, service, v, this::corrected);
        dialog.stage().setOnHidden(e -> board.focus());
        dialog.show();
    }

    private void corrected(Action action, DeskService.Confirmed confirmed) {
        done(List.of(action), confirmed.board());
        if (!(action instanceof Action.Correct today)) {
            return;
        }
        Event.Corrected c = CorrectionWords.corrected(confirmed.events());
        Visit after = confirmed.board().visit(today.ref());
        if (CorrectionWords.offersVoid(c, after)) {
            offerVoid(after, c.belongsTo());
        }
    }

    /**
     * The void of R14 after a correction showed the visitor is another consultant's client: asked, with "keep it
     * counted" the default, so that no Enter voids a turn by accident; a void the rules would refuse (too late) is
     * said in the status bar instead of being offered.
     */
    private void offerVoid(Visit v, String owner) {
        String visitor = ActionText.visitor(t, v, null);
        feedback.run(service.decide(new Action.VoidVisit(service.now(), v.ref(), VoidReason.OTHERS_CLIENT))
                .handle((events, error) -> error == null ? null : error instanceof java.util.concurrent
                        .CompletionException ? error.getCause() : error), refusal -> {
            if (refusal != null) {
                board.told(t.get("correct.voidRefused", visitor, owner,
                        refusal instanceof com.rotadesk.model.ActionRejectedException r ? t.refusal(r)
                                : Feedback.describe(t, refusal, service.folder())));
                return;
            }
            ButtonType voidIt = new ButtonType(t.get("correct.voidConfirm", v.consultant()),
                    ButtonBar.ButtonData.OK_DONE);
            ButtonType keep = new ButtonType(t.get("correct.voidKeep"), ButtonBar.ButtonData.CANCEL_CLOSE);
            Alert a = new Alert(Alert.AlertType.CONFIRMATION, t.get("correct.voidWhat", visitor, v.consultant(), owner),
                    voidIt, keep);
            a.setTitle(t.get("action.void"));
            a.setHeaderText(t.get("correct.voidQuestion", visitor, owner, v.consultant()));
            Dialogs.desk(a, t, stage);
            Dialogs.cancelByDefault(a);
            if (a.showAndWait().filter(Dialogs::ok).isPresent()) {
                submit(new Action.VoidVisit(service.now(), v.ref(), VoidReason.OTHERS_CLIENT));
            } else {
                board.told(t.get("correct.voidKept", visitor, v.consultant()));
            }
            board.focus();
        });
    }

    /** A visit's menu in today's visits (Ctrl+L, then Enter): what can be done with it now. */
    ContextMenu visitMenu(Visit v) {
        List<MenuItem> items = new ArrayList<>();
        if (v.state() == VisitState.WAITING) {
            return waitingMenu(v);
        }
        if (v.state() == VisitState.RECEIVING) {
            MenuItem leaves = new MenuItem(t.get("visit.leaves", ActionText.withConsultant(t, v)));
            leaves.setOnAction(e -> submit(new Action.EndVisit(service.now(), v.ref())));
            items.add(leaves);
        }
        if (v.consultant() != null && v.channel() == Channel.WALK_IN) {
            MenuItem deal = new MenuItem(t.get("action.deal"));
            deal.setOnAction(e -> submit(new Action.MarkDeal(service.now(), v.ref())));
            items.add(deal);
        }
        items.add(correctItem(v));
        return new ContextMenu(items.toArray(MenuItem[]::new));
    }

    /** Shift+F10 or the context-menu key: the menu of the selected card, or of the selected visit in the list. */
    void cardMenu() {
        if (board.visitsFocused()) {
            board.visitMenu();
            return;
        }
        String selected = board.selected();
        if (selected != null) {
            board.cardNode(selected).ifPresent(card -> {
                Bounds b = card.localToScreen(card.getBoundsInLocal());
                menus.menuFor(selected).show(card, b.getMinX() + 20, b.getMinY() + 20);
            });
        }
    }

    /** Office → Personal data: erase one visitor on request (PIPL), and the retention setting. */
    void privacy() {
        if (viewOnly()) {
            return;
        }
        PrivacyDialog dialog = new PrivacyDialog(stage, t, service, update);
        dialog.stage().setOnHidden(e -> board.focus());
        dialog.show();
    }

    /** Surge (高峰模式) on or off, as the switch in the header says. */
    void surge(boolean on) {
        submit(new Action.Surge(service.now(), on));
    }

    /** F9: surge on when off, off when on. */
    void toggleSurge() {
        surge(!board.snapshot().surge());
    }

    /** Ctrl+Z: takes back the last action, after showing it and the few before it. */
    void undo() {
        if (viewOnly()) {
            return;
        }
        BoardSnapshot s = board.snapshot();
        List<Action> undoable = s.undoable();
        if (undoable.isEmpty()) {
            feedback.tell(t.get("undo.nothing"));
            return;
        }
        // newest first, so the receptionist sees what this undo (and the next one) would take back
        StringBuilder recent = new StringBuilder();
        for (int i = undoable.size() - 1; i >= Math.max(0, undoable.size() - 5); i--) {
            recent.append(i == undoable.size() - 1 ? "▶ " : "   ").append(ActionText.of(t, undoable.get(i), s))
                    .append('\n');
        }
        String last = ActionText.words(t, undoable.getLast(), s);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, t.get("undo.confirm", ActionText.of(t, undoable.getLast(), s))
                + "\n\n" + t.get("undo.recent") + "\n" + recent, ButtonType.OK, ButtonType.CANCEL);
        a.setTitle(t.get("undo.title"));
        a.setHeaderText(null);
        Dialogs.desk(a, t, stage);
        // only the action shown is taken back: on a shared office another desk may confirm one meanwhile
        a.showAndWait().filter(Dialogs::ok).ifPresent(b -> feedback.run(service.undo(undoable.getLast()),
                after -> told(t.get("done.undo", last), after)));
        board.focus();
    }

    /** Office → Policies: every policy with its explanation and default. */
    void settings() {
        if (viewOnly()) {
            return;
        }
        feedback.run(service.policy(), policy -> {
            SettingsDialog.ask(t, policy, service, stage).ifPresent(this::submit);
            board.focus();
        });
    }

    /** Office → Office, groups and consultants: the setup form filled with the office as it is. */
    void editOffice() {
        if (viewOnly()) {
            return;
        }
        feedback.run(service.profile(), current -> {
            OfficeForm.ask(t, current, stage).ifPresent(profile -> submit(new Action.ConfigureOffice(service.now(),
                    profile)));
            board.focus();
        });
    }

    /** Ctrl+E, File → Export sheets: the range export with today filled in. */
    void exportToday() {
        sheets().exportToday().stage().setOnHidden(e -> board.focus());
    }

    /** Ctrl+P, File → Daily sheets: any day's sheets, previewed as they print. */
    void dailySheets() {
        sheets().open().stage().setOnHidden(e -> board.focus());
    }

    /** The sheets dialogs, made on first use. */
    SheetsDesk sheets() {
        if (sheets == null) {
            sheets = new SheetsDesk(t, stage, service);
        }
        return sheets;
    }

    /** Ctrl+K, Office → Clients: the register, timelines, transfers and the import of an old register. */
    void clients() {
        clientsDesk().open().stage().setOnHidden(e -> board.focus());
    }

    /** Office → Import old register: the import over the board; the clients window follows if open. */
    void importRegister() {
        clientsDesk().openImport(stage).stage().setOnHidden(e -> board.focus());
    }

    /** Office → A consultant leaving: their protected clients to others or the pool; what was done is told. */
    void transferAll() {
        clientsDesk().transferAll(stage, null, feedback::tell).stage().setOnHidden(e -> board.focus());
    }

    /** The manager's office, made on first use. */
    ClientsDesk clientsDesk() {
        if (clients == null) {
            clients = new ClientsDesk(t, stage, service, update);
        }
        return clients;
    }


    /** Office → Month in review: the figures of this month (or any range), charts and exports. */
    void monthReview() {
        reviews().review().stage().setOnHidden(e -> board.focus());
    }

    /** Office → What if…: the same days under other policies, side by side; nothing is journaled. */
    void whatIf() {
        reviews().whatIf(w -> w.stage().setOnHidden(e -> board.focus()));
    }

    /** The report windows, made on first use. */
    ReviewDesk reviews() {
        if (reviews == null) {
            reviews = new ReviewDesk(t, stage, service);
        }
        return reviews;
    }

    /** F11: the floor display opens (and follows the board from then on), or closes; the desk keeps the keys. */
    void showFloor() {
        if (floor.showing()) {
            floor.close();
            board.told(t.get("done.floorClosed"));
            return;
        }
        floor.update(board.snapshot(), board.group());
        floor.show(stage);
        board.told(t.get(floor.onOwnScreen() ? "done.floorOwnScreen" : "done.floorWindow"));
    }
}
