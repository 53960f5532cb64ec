package com.rotadesk.app.desk;

import com.rotadesk.model.Action;
import com.rotadesk.model.Channel;
import com.rotadesk.model.ConsultantStatus;
import javafx.geometry.Bounds;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import com.rotadesk.model.Visit;
import javafx.stage.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the receptionist's keys and menus do on the main window: check-in and call, sign-in, the selected
 * consultant's actions, undo, settings, export and the floor display. Every action goes through the store's
 * thread; the board is updated with what the store answers.
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

    /** Confirms actions, then shows the board the store answers with. */
    void submit(Action... actions) {
        feedback.run(service.submit(actions), update);
    }

    /** F2 (walk-in) or F3 (phone): the check-in dialog; focus comes back to the board afterwards. */
    void checkIn(Channel channel) {
        CheckInDialog dialog = new CheckInDialog(stage, t, service, channel, board.group(),
                board.snapshot().roster(), update);
        dialog.stage().setOnHidden(e -> board.focus());
        dialog.show();
    }

    /** F8: pick a consultant; signed out ones sign in, the others sign out. */
    void signInOut() {
        BoardSnapshot s = board.snapshot();
        List<String> roster = s.roster();
        if (roster.isEmpty()) {
            return;
        }
        List<String> labels = new ArrayList<>();
        for (String name : roster) {
            labels.add(name + "  (" + t.status(s.statusOf(name)) + ")");
        }
        // the first signed-out consultant is offered first: in the morning that is who walks in next
        String first = roster.stream().filter(n -> s.statusOf(n) == ConsultantStatus.SIGNED_OUT).findFirst()
                .map(n -> labels.get(roster.indexOf(n))).orElse(labels.getFirst());
        ChoiceDialog<String> d = new ChoiceDialog<>(labels.getFirst(), labels);
        d.setSelectedItem(first);
        d.setTitle(t.get("signin.title"));
        d.setHeaderText(t.get("signin.prompt"));
        Dialogs.desk(d, t, stage);
        d.showAndWait().ifPresent(label -> {
            String name = roster.get(labels.indexOf(label));
            submit(s.statusOf(name) == ConsultantStatus.SIGNED_OUT ? new Action.SignIn(service.now(), name, null)
                    : new Action.SignOut(service.now(), name));
        });
        board.focus();
    }

    /** F4: the selected consultant's visitor leaves. */
    void visitorLeaves() {
        forSelected(menus::endReception, ConsultantStatus.RECEIVING);
    }

    /** F5: the selected consultant steps away on business, or is back. */
    void awayOrBack() {
        forSelected(menus::toggleAway, null);
    }

    /** Acts on the selected card, or asks whom when none is selected. */
    private void forSelected(Consumer<String> act, ConsultantStatus only) {
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
        Dialogs.desk(d, t, stage);
        d.showAndWait().ifPresent(act);
        board.focus();
    }

    /**
     * F6: the oldest visitor waiting on this lane is received now, by the rules as they stand (R9), after the
     * receptionist has seen whom the rules propose.
     */
    void receiveWaiting() {
        Visit w = board.oldestWaiting();
        if (w == null) {
            feedback.tell(t.get("waiting.none"));
            return;
        }
        receiveWaiting(w);
    }

    private void receiveWaiting(Visit w) {
        WaitingDialog dialog = new WaitingDialog(stage, t, service, w, update);
        dialog.stage().setOnHidden(e -> board.focus());
        dialog.show();
    }

    /** What can be done with a waiting visitor: received by the rules, or gone without being received. */
    ContextMenu waitingMenu(Visit w) {
        MenuItem receive = new MenuItem(t.get("waiting.receive"));
        receive.setOnAction(e -> receiveWaiting(w));
        MenuItem gone = new MenuItem(t.get("waiting.gone"));
        gone.setOnAction(e -> submit(new Action.EndVisit(service.now(), w.ref())));
        return new ContextMenu(receive, gone);
    }

    /** Shift+F10 or the context-menu key: the selected card's menu, as on any desktop. */
    void cardMenu() {
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
        PrivacyDialog dialog = new PrivacyDialog(stage, t, service, update);
        dialog.stage().setOnHidden(e -> board.focus());
        dialog.show();
    }

    /** Surge (高峰模式) on or off, as the switch in the header says. */
    void surge(boolean on) {
        submit(new Action.Surge(service.now(), on));
    }

    /** Ctrl+Z: takes back the last action, after showing it and the few before it. */
    void undo() {
        List<Action> undoable = board.snapshot().undoable();
        if (undoable.isEmpty()) {
            feedback.tell(t.get("undo.nothing"));
            return;
        }
        // newest first, so the receptionist sees what this undo (and the next one) would take back
        StringBuilder recent = new StringBuilder();
        for (int i = undoable.size() - 1; i >= Math.max(0, undoable.size() - 5); i--) {
            recent.append(i == undoable.size() - 1 ? "▶ " : "   ").append(ActionText.of(t, undoable.get(i)))
                    .append('\n');
        }
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, t.get("undo.confirm", ActionText.of(t, undoable.getLast()))
                + "\n\n" + t.get("undo.recent") + "\n" + recent, ButtonType.OK, ButtonType.CANCEL);
        a.setTitle(t.get("undo.title"));
        a.setHeaderText(null);
        Dialogs.desk(a, t, stage);
        a.showAndWait().filter(Dialogs::ok).ifPresent(b -> submit(new Action.Undo(service.now())));
        board.focus();
    }

    /** Office → Policies: every policy with its explanation and default. */
    void settings() {
        feedback.run(service.policy(), policy -> SettingsDialog.ask(t, policy, service, stage).ifPresent(this::submit));
    }

    /** Office → Office, groups and consultants: the setup form filled with the office as it is. */
    void editOffice() {
        feedback.run(service.profile(), current -> OfficeForm.ask(t, current, stage)
                .ifPresent(profile -> submit(new Action.ConfigureOffice(service.now(), profile))));
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

    /** F11: the floor display follows the board from now on. */
    void showFloor() {
        floor.update(board.snapshot(), board.group());
        floor.show();
    }
}
