package com.rotadesk.app.desk;

import com.rotadesk.model.ConsultantStatus;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * One consultant's card: name, status as symbol + word + colour, minutes receiving (with whom, on the desk only),
 * counted turns, make-up credits and violations. The minutes move on {@link #tick} without a new card.
 */
final class CardView {
    private final BoardSnapshot.Card card;
    private final Texts t;
    private final boolean showVisitor;
    private final VBox box = new VBox();
    private final Label minutes = new Label();

    /**
     * @param showVisitor false on the floor display: "receiving, 12 min" without the visitor's name (privacy)
     */
    CardView(BoardSnapshot.Card c, Texts t, LocalDateTime now, boolean next, boolean showVisitor) {
        this.card = c;
        this.t = t;
        this.showVisitor = showVisitor;
        box.getStyleClass().addAll("card", c.status().code());
        if (next) {
            box.getStyleClass().add("next");
        }
        Label name = new Label(c.name());
        name.getStyleClass().add("name");
        Label status = new Label(Texts.symbol(c.status()) + " " + t.status(c.status()));
        status.getStyleClass().add("state");
        box.getChildren().addAll(name, status);
        if (receiving()) {
            minutes.getStyleClass().add("detail");
            box.getChildren().add(minutes);
        }
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
        box.setUserData(c.name());
        tick(now);
    }

    VBox node() {
        return box;
    }

    /** The minutes receiving, as of now. */
    void tick(LocalDateTime now) {
        if (!receiving()) {
            return;
        }
        long m = Math.max(0, Duration.between(card.receivingSince(), now).toMinutes());
        minutes.setText(showVisitor ? t.get("board.receiving", card.receiving(), m) : t.get("board.away", m));
    }

    private boolean receiving() {
        return card.status() == ConsultantStatus.RECEIVING && card.receivingSince() != null;
    }
}
