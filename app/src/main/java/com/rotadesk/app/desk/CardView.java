package com.rotadesk.app.desk;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One consultant's card: name, status as symbol + word + colour, each open reception with its minutes (with whom,
 * on the desk only), counted turns, make-up credits and violations. The minutes move on {@link #tick} without a
 * new card.
 */
final class CardView {
    private final BoardSnapshot.Card card;
    private final Texts t;
    private final boolean showVisitor;
    private final VBox box = new VBox();
    private final List<Label> minutes = new ArrayList<>();

    /**
     * @param showVisitor false on the floor display: "receiving, 12 min" without the visitor's name (privacy)
     * @param listed      false for a consultant who left the list (signed out) while a reception is still open
     */
    CardView(BoardSnapshot.Card c, Texts t, LocalDateTime now, boolean next, boolean showVisitor, boolean listed) {
        this.card = c;
        this.t = t;
        this.showVisitor = showVisitor;
        box.getStyleClass().addAll("card", c.status().code());
        if (next) {
            box.getStyleClass().add("next");
        }
        if (!listed) {
            box.getStyleClass().add("off-list");
        }
        Label name = new Label(c.name());
        name.getStyleClass().add("name");
        Label status = new Label(Texts.symbol(c.status()) + " " + t.status(c.status()));
        status.getStyleClass().add("state");
        box.getChildren().addAll(name, status);
        for (BoardSnapshot.Reception r : c.receptions()) {
            Label line = new Label();
            line.getStyleClass().addAll("detail", "reception");
            line.setUserData(r.ref());
            minutes.add(line);
            box.getChildren().add(line);
        }
        if (!listed) {
            Label note = new Label(t.get("board.offList"));
            note.getStyleClass().add("detail");
            note.setWrapText(true);
            box.getChildren().add(note);
        } else {
            HBox counts = new HBox(8);
            Label turns = new Label(t.get("board.turns", c.turns()));
            turns.getStyleClass().add("detail");
            counts.getChildren().add(turns);
            if (c.credits() > 0) {
                Label credits = new Label(t.get("board.credits", c.credits()));
                credits.getStyleClass().add("credit-badge");
                counts.getChildren().add(credits);
            }
            if (c.violations() > 0 && showVisitor) {
                Label v = new Label(t.get("board.violations", c.violations()));
                v.getStyleClass().add("detail");
                counts.getChildren().add(v);
            }
            box.getChildren().add(counts);
        }
        box.setUserData(c.name());
        tick(now);
    }

    VBox node() {
        return box;
    }

    /** The minutes of each reception, as of now. */
    void tick(LocalDateTime now) {
        for (int i = 0; i < minutes.size(); i++) {
            BoardSnapshot.Reception r = card.receptions().get(i);
            long m = Math.max(0, Duration.between(r.since(), now).toMinutes());
            minutes.get(i).setText(showVisitor ? t.get("board.receiving", r.visitor(), m) : t.get("board.away", m));
        }
    }
}
