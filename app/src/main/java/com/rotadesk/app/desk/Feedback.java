package com.rotadesk.app.desk;

import com.rotadesk.model.ActionRejectedException;
import com.rotadesk.persistence.StoreException;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * How the desk answers the store: results back on the FX thread, failures as a calm sentence in the user's
 * language (never a stack trace), and a "working…" sign only when a call takes longer than a moment.
 */
final class Feedback {
    private static final Logger LOG = LoggerFactory.getLogger(Feedback.class);
    /** Below this a store call is simply "instant": showing a spinner would only flicker. */
    private static final Duration MOMENT = Duration.millis(300);

    private final Texts t;
    /** The data folder, as the messages name it (asked when one is told: it may still be opening when this is made). */
    private final java.util.function.Supplier<Path> folder;
    private final boolean headless;
    private final Runnable afterFailure;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private int pending;
    private final javafx.stage.Window owner;

    /**
     * @param afterFailure what to do once a failure was told (the board re-reads the store so it shows the truth)
     */
    Feedback(Texts t, java.util.function.Supplier<Path> folder, boolean headless, Runnable afterFailure,
            javafx.stage.Window owner) {
        this.owner = owner;
        this.t = t;
        this.folder = folder;
        this.headless = headless;
        this.afterFailure = afterFailure;
    }

    /** True while a store call has been running for more than a moment. */
    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Runs {@code then} on the FX thread with the result, or tells the failure. Call on the FX thread. */
    <T> void run(CompletableFuture<T> work, Consumer<T> then) {
        pending++;
        PauseTransition slow = new PauseTransition(MOMENT);
        slow.setOnFinished(e -> busy.set(pending > 0));
        slow.play();
        work.whenComplete((value, error) -> Platform.runLater(() -> {
            slow.stop();
            pending--;
            busy.set(false);
            if (error != null) {
                Throwable cause = error instanceof CompletionException ? error.getCause() : error;
                LOG.warn("action failed", cause);
                tell(describe(t, cause, folder.get()));
                afterFailure.run();
                return;
            }
            then.accept(value);
        }));
    }

    /** A failure in the user's language. */
    static String describe(Texts t, Throwable cause, Path folder) {
        if (cause instanceof ActionRejectedException r) {
            return t.get("error.refused", t.refusal(r));
        }
        if (cause instanceof StoreException s) {
            if (s.problem() == StoreException.Problem.TOO_LONG && s.detail() != null) {
                // "name, 64": which value, in the user's words, and how long it may be
                String[] d = s.detail().split(", ");
                return t.get("error.TOO_LONG", t.has("field." + d[0]) ? t.get("field." + d[0]) : d[0], d[1]);
            }
            // an office on a server: {1} names the server and office (never a password)
            String key = "error." + s.problem().name();
            if (s.detail() != null && t.has(key + ".server")) {
                key += ".server";
            }
            String text = t.get(key, folder, s.detail() == null ? "" : s.detail());
            return s.newestBackup().map(b -> text + " " + t.get("error.newestBackup", b.getFileName())).orElse(text);
        }
        // a fault of the desk itself: the log has the details, the receptionist only needs to know nothing happened
        return t.get("error.unexpected");
    }

    /** Tells the receptionist something (in a headless run: on stderr, and the run fails). */
    void tell(String text) {
        if (headless) {
            System.err.println("rotadesk: " + text);
            HeadlessRun.exit(1);
            return;
        }
        Alert a = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
        a.setTitle(t.get("error.title"));
        a.setHeaderText(null);
        Dialogs.desk(a, t, owner.isShowing() ? owner : null);
        a.showAndWait();
    }
}
