package com.rotadesk.app.desk;

import com.rotadesk.persistence.DataFolder;
import com.rotadesk.persistence.OfficeStore;
import com.rotadesk.persistence.ServerConfig;
import com.rotadesk.persistence.ServerOffice;
import com.rotadesk.persistence.StoreException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The desk's JavaFX application: opens the data folder off the FX thread, then hands over to the first-run
 * welcome or today's board, and closes the folder (with its exit backup) however the desk ends.
 */
public final class DeskApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(DeskApp.class);

    private DeskOptions options;
    private Clock clock;
    private Stage stage;
    private DeskService service;
    private DeskWindow window;
    private Texts t;
    private StartupTimer timer;
    private DeskPreferences preferences;

    @Override
    public void start(Stage primary) {
        this.stage = primary;
        options = DeskOptions.parse(getParameters().getRaw().toArray(String[]::new));
        clock = options.clock();
        // DeskLauncher records when it was entered; Application.launch leaves no other way to pass it here
        timer = new StartupTimer(Long.getLong("rotadesk.launchNanos", System.nanoTime()));
        Path folder = DataFolder.resolve(options.dataDir());
        preferences = new DeskPreferences(folder);
        t = new Texts(options.langGiven() ? options.locale() : preferences.language().orElse(options.locale()));
        // an office on a server (decision 0008), or the folder's own; --smoke on a server only views, so the check
        // changes nothing there either
        java.util.Optional<ServerOffice> server;
        try {
            server = ServerConfig.resolve(options.db(), options.office(), options.viewOnly(),
                    folder).map(o -> options.smoke() ? o.readOnly() : o);
        } catch (IllegalArgumentException e) {
            System.err.println("rotadesk: " + e.getMessage());
            HeadlessRun.exit(2);
            return;
        }
        // the folder opens (about a second, cold) while the fonts load and the first scene is built; --smoke opens
        // a copy of it, so the check changes nothing in the folder
        CompletableFuture<OfficeStore> opening = CompletableFuture.supplyAsync(() -> server.isPresent()
                ? OfficeStore.open(server.get()) : OfficeStore.open(options.smoke() ? trialCopy(folder) : folder));
        this.opening = opening;
        service = new DeskService(opening, clock, folder);
        Theme.loadFonts(DataFolder.cacheFolder());
        primary.setTitle(t.get("app.title"));
        primary.setScene(opening(folder));
        if (!options.headless()) {
            primary.show();
        }
        // the board's window is built, styled and drawn once off-screen while the folder opens (the FX thread would
        // only wait): its first frame then costs only the day's cards
        Platform.runLater(this::prepareBoard);
        opening.whenComplete((store, error) ->
                Platform.runLater(() -> {
                    if (stopped) {
                        // the desk was closed while the folder opened: nothing more to show
                        return;
                    }
                    if (error != null) {
                        cannotOpen(error instanceof CompletionException ? error.getCause() : error, folder);
                        return;
                    }
                    follow();
                    new StartUp(t, options, clock, service, feedback(), this::showBoard).begin();
                }));
    }

    /** The first board's window, built before the folder was open; null once shown (or when not built). */
    private DeskWindow prepared;
    /** The data folder's store as it opens. */
    private CompletableFuture<OfficeStore> opening;

    /**
     * In steps, each its own turn of the FX thread, so the opening screen's spinner keeps turning between them: the
     * window, its styles, its layout, and, only while the folder is still opening, a drawing nobody sees (the
     * controls' skins, the fonts' glyphs and the shapes of the board are then ready for the first real frame; once
     * the folder is open it would only delay that frame).
     */
    private void prepareBoard() {
        if (window != null) {
            return;
        }
        DeskWindow w = newWindow(null);
        prepared = w;
        List<Runnable> steps = List.of(() -> w.scene().getRoot().applyCss(), () -> w.scene().getRoot().layout(),
                () -> {
                    if (!opening.isDone()) {
                        w.scene().snapshot(null);
                    }
                });
        prepare(w, steps, 0);
    }

    private void prepare(DeskWindow w, List<Runnable> steps, int next) {
        // the board may have been shown meanwhile (a folder that opened at once): what is left is done by its frame
        if (next < steps.size() && prepared == w) {
            steps.get(next).run();
            Platform.runLater(() -> prepare(w, steps, next + 1));
        }
    }

    private DeskWindow newWindow(Scene replaces) {
        return new DeskWindow(stage, replaces, t, clock, service, feedback(), this::switchLanguage, Platform::exit);
    }

    /** An office on a server: the board follows the other desks, and the status bar says how the server is. */
    private void follow() {
        service.follow(new DeskService.ServerWatch() {
            @Override
            public void board(BoardSnapshot s) {
                Platform.runLater(() -> {
                    if (window != null) {
                        window.update(s);
                    }
                });
            }

            @Override
            public void server(java.time.LocalDateTime since) {
                Platform.runLater(() -> {
                    away = since;
                    if (window != null) {
                        window.serverStatus(serverLine(), since != null);
                    }
                });
            }
        });
    }

    /** When the server went away (null: connected, or no server). */
    private java.time.LocalDateTime away;

    /** The status bar's line about the server; null for a data folder. */
    private String serverLine() {
        if (service == null || !service.shared()) {
            return null;
        }
        if (away != null) {
            return t.get("server.away", away.toLocalTime().withNano(0));
        }
        return t.get(service.viewOnly() ? "server.viewOnly" : "server.connected", service.where());
    }

    private static Path trialCopy(Path folder) {
        Path copy = OfficeStore.trialCopy(folder);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> OfficeStore.deleteCopy(copy)));
        return copy;
    }

    /** What shows while the folder opens (a moment; longer only for a large journal or a slow disk). */
    private Scene opening(Path folder) {
        Label title = new Label(t.get("app.title"));
        title.getStyleClass().add("big");
        VBox box = new VBox(16, title, new ProgressIndicator(), new Label(folder.toString()));
        box.getStyleClass().add("welcome");
        Scene scene = new Scene(box, 520, 240);
        scene.getStylesheets().add(Theme.stylesheet());
        return scene;
    }

    private Feedback feedback() {
        return new Feedback(t, service::folder, options.headless(), this::refresh, stage);
    }

    /** Re-reads the board from the store (after a refused action, so the board shows the truth). */
    private void refresh() {
        if (window != null) {
            service.snapshot().thenAccept(s -> Platform.runLater(() -> window.update(s)));
        }
    }

    private void showBoard(BoardSnapshot s) {
        Scene previous = null;
        if (window != null) {
            previous = window.scene();
            window.dispose();
        }
        window = previous == null && prepared != null ? prepared : newWindow(previous);
        prepared = null;
        stage.setScene(window.scene());
        stage.setTitle(t.get("app.title"));
        window.update(s);
        window.serverStatus(serverLine(), away != null);
        window.start();
        if (options.headless()) {
            new HeadlessRun(options, service, window, stage, timer).run();
            return;
        }
        if (!stage.isShowing()) {
            stage.show();
        }
        if (previous == null) {
            // the board replaces the small opening screen where that stood: centred at the board's size, it is on
            // the screen also where nothing maximizes it (an X server without a window manager, a kiosk)
            stage.sizeToScene();
            stage.centerOnScreen();
        }
        stage.setMaximized(true);
        window.board().focus();
        logFirstFrame(window.scene());
        service.backupIfDue();
    }

    private void logFirstFrame(Scene scene) {
        Runnable[] once = {null};
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            timer.firstFrame();
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /** Chinese and English at a keystroke: the window is rebuilt in the other language, nothing else changes. */
    private void switchLanguage() {
        Locale next = t.locale().getLanguage().equals("zh") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        t = new Texts(next);
        preferences.rememberLanguage(next);
        showBoard(window.board().snapshot());
    }

    private void cannotOpen(Throwable error, Path folder) {
        String text = error instanceof StoreException s ? opening(s, folder) : t.get("error.IO", folder);
        if (error instanceof StoreException s) {
            // a known reason (server away, refused, folder locked...): the line below says it; the trace is for support
            LOG.warn("cannot open {}: {}", folder, s.getMessage());
            LOG.debug("cannot open {}", folder, s);
        } else {
            LOG.error("cannot open {}", folder, error);
        }
        if (options.headless()) {
            System.err.println("rotadesk: " + text);
            HeadlessRun.exit(1);
            return;
        }
        Alert a = new Alert(Alert.AlertType.ERROR, text, ButtonType.OK);
        a.setTitle(t.get("error.title"));
        a.setHeaderText(null);
        Dialogs.desk(a, t, null);
        a.showAndWait();
        HeadlessRun.exit(1);
    }

    /** Why the office could not be opened: a server that is away or refuses says so for a desk not yet open. */
    private String opening(StoreException s, Path folder) {
        String key = "open." + s.problem().name();
        return t.has(key) ? t.get(key, s.detail() == null ? "" : s.detail()) : Feedback.describe(t, s, folder);
    }

    /** The desk is closing (JavaFX called {@link #stop}). */
    private boolean stopped;

    /** Releases the data folder (with the exit backup) however the desk ends. */
    @Override
    public void stop() {
        stopped = true;
        if (window != null) {
            window.dispose();
        }
        if (service != null && !options.headless()) {
            service.close();
        }
    }
}
