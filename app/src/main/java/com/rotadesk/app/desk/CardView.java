package com.rotadesk.app.desk;

import com.rotadesk.model.ConsultantStatus;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.time.Duration;
import java.time.LocalDateTime;

/** One consultant's card: name, status as symbol + word + colour, minutes, turns, make-ups. */
final class CardView {
    private CardView() {
    }

    static VBox of(BoardSnapshot.Card c, Texts t, LocalDateTime now, boolean next, boolean showVisitor) {
        VBox box = new VBox();
        box.getStyleClass().addAll("card", c.status().code());
        if (next) {
            box.getStyleClass().add("next");
        }
        Label name = new Label(c.name());
        name.getStyleClass().add("name");
        String state = Texts.symbol(c.status()) + " " + t.status(c.status());
        Label status = new Label(state);
        status.getStyleClass().add("state");
        box.getChildren().addAll(name, status);
        if (c.status() == ConsultantStatus.RECEIVING && c.receivingSince() != null) {
            long minutes = Math.max(0, Duration.between(c.receivingSince(), now).toMinutes());
            Label with = new Label(showVisitor ? t.get("board.receiving", c.receiving(), minutes)
                    : t.get("board.away", minutes));
            with.getStyleClass().add("detail");
            box.getChildren().add(with);
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
        return box;
    }
}
