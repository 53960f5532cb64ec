package com.rotadesk.app.desk;

import com.rotadesk.model.Rejection;
import com.rotadesk.model.Visit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * The rules' answer as the check-in and waiting dialogs show it: who would receive the visitor, why (or why the
 * action cannot be done), and whom the receptionist has turned down so far.
 */
final class ProposalLines {
    private final Texts t;
    private final Path folder;
    private final Label proposal = new Label("…");
    private final Label why = new Label();
    private final Label passes = new Label();
    private final VBox box = new VBox(4, proposal, why, passes);
    private final Button confirm;
    private final Button notHere;
    private final Button declines;
    private int asked;

    /** The lines, and the dialog's buttons that depend on what they say. */
    ProposalLines(Texts t, Path folder, Button confirm, Button notHere, Button declines) {
        this.t = t;
        this.folder = folder;
        this.confirm = confirm;
        this.notHere = notHere;
        this.declines = declines;
        proposal.getStyleClass().add("proposal");
        why.getStyleClass().add("why");
        why.setWrapText(true);
        passes.getStyleClass().add("why");
        passes.setManaged(false);
    }

    /**
     * Asks the rules. Answers come back in any order, so only the latest question's reaches {@code answered}, on
     * the FX thread; a refusal is shown in words and answered as null (nothing to confirm).
     */
    void ask(CompletableFuture<Visit> question, Consumer<Visit> answered) {
        int mine = ++asked;
        question.whenComplete((visit, error) -> Platform.runLater(() -> {
            if (mine != asked) {
                return;
            }
            if (error != null) {
                refused(error);
                answered.accept(null);
                return;
            }
            answered.accept(visit);
        }));
    }

    /** The three lines, stacked. */
    VBox node() {
        return box;
    }

    /**
     * Who and why, and the rejections made so far ("跳过：谢铁峰 不在岗"); Enter confirms when {@code confirmable},
     * and "not here" / "declines" apply only to a proposed walk-in (R7).
     */
    void show(String consultant, String reason, List<Rejection> rejections, boolean confirmable, boolean rejectable) {
        confirm.setDisable(!confirmable);
        notHere.setDisable(!rejectable || consultant == null);
        declines.setDisable(!rejectable || consultant == null);
        proposal.setText(consultant == null ? "—" : consultant);
        why.getStyleClass().setAll("label", "why");
        why.setText(stale == null ? reason : reason + "\n" + stale);
        stale = null;
        List<String> passed = new ArrayList<>();
        rejections.forEach(r -> passed.add(r.consultant() + " " + t.pass(r.reason())));
        passes.setText(passed.isEmpty() ? "" : t.get("checkin.passes", String.join(t.get("list.separator"), passed)));
        passes.setManaged(!passed.isEmpty());
    }

    /**
     * A new question is on its way to the rules: until they answer, nothing can be confirmed or turned down, so a
     * quick second Alt+N or an Enter never acts on the proposal that was just turned down.
     */
    void asking() {
        proposal.setText("…");
        confirm.setDisable(true);
        notHere.setDisable(true);
        declines.setDisable(true);
    }

    /** The rules or the store said no: nobody is proposed and the reason is shown in the user's words. */
    void refused(Throwable error) {
        proposal.setText("—");
        confirm.setDisable(true);
        notHere.setDisable(true);
        declines.setDisable(true);
        failed(error);
    }

    /**
     * Confirming failed: the proposal stays, the reason is shown. When another desk made it stale, the dialog asks
     * again, and the reason stays under the new proposal until the receptionist confirms or changes something.
     */
    void failed(Throwable error) {
        Throwable cause = error instanceof CompletionException ? error.getCause() : error;
        why.setText(Feedback.describe(t, cause, folder));
        why.getStyleClass().setAll("label", "error");
        stale = cause instanceof com.rotadesk.persistence.StoreException s
                && s.problem() == com.rotadesk.persistence.StoreException.Problem.STALE ? why.getText() : null;
    }

    /** The line that says another desk changed the board, kept under the next proposal shown. */
    private String stale;

    /** True when the last confirm was refused because another desk changed the board (the dialog asks again). */
    boolean staleRefused() {
        return stale != null;
    }

    /** R7: "not here" and "declines" turn down a walk's proposal: the engine says whether the visit walks. */
    static boolean walks(Visit visit) {
        return visit.walks();
    }
}
