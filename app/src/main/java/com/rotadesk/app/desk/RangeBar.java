package com.rotadesk.app.desk;

import com.rotadesk.app.sheets.DateRange;
import com.rotadesk.app.sheets.RangeWork;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.time.LocalDate;
import java.util.Set;

/**
 * The date range of a report: this month or last month in one click, or any days typed or picked (days with records
 * marked), the button that starts the work, and while it runs its progress ("day 12 of 30") with Cancel.
 */
final class RangeBar {
    private final Texts t;
    private final DatePicker from;
    private final DatePicker to;
    private final Button go;
    private final Button cancel;
    private final ProgressBar bar = new ProgressBar(0);
    private final Label progress = new Label();
    private final VBox root;
    /** Set on the FX thread, read by the work between days. */
    private volatile boolean cancelRequested;
    private boolean busy;

    /**
     * @param today    the desk's today (the presets are its month and the one before)
     * @param withData the days with records, marked in the calendars once known
     * @param goKey    the start button's words
     * @param start    what the button (or Enter in a date) starts
     */
    RangeBar(Texts t, LocalDate today, Set<LocalDate> withData, String goKey, Runnable start) {
        this.t = t;
        from = DayPicker.create(t, withData);
        to = DayPicker.create(t, withData);
        from.getStyleClass().add("range-from");
        to.getStyleClass().add("range-to");
        from.valueProperty().addListener((o, was, day) -> {
            if (day != null && (to.getValue() == null || to.getValue().isBefore(day))) {
                to.setValue(day);
            }
        });
        Button thisMonth = new Button(t.get("review.thisMonth"));
        thisMonth.getStyleClass().add("range-this-month");
        thisMonth.setOnAction(e -> {
            month(today.withDayOfMonth(1));
            start.run();
        });
        Button lastMonth = new Button(t.get("review.lastMonth"));
        lastMonth.getStyleClass().add("range-last-month");
        lastMonth.setOnAction(e -> {
            month(today.withDayOfMonth(1).minusMonths(1));
            start.run();
        });
        go = new Button(t.get(goKey));
        go.setDefaultButton(true);
        go.getStyleClass().add("range-go");
        go.setOnAction(e -> start.run());
        cancel = new Button(t.get("review.cancel"));
        cancel.setOnAction(e -> {
            cancelRequested = true;
            progress.setText(t.get("review.cancelling"));
        });
        cancel.setVisible(false);
        cancel.managedProperty().bind(cancel.visibleProperty());
        bar.setVisible(false);
        bar.managedProperty().bind(bar.visibleProperty());
        bar.setPrefWidth(220);
        progress.getStyleClass().add("range-progress");
        Label fromLabel = new Label(t.get("review.from"));
        fromLabel.setLabelFor(from);
        Label toLabel = new Label(t.get("review.to"));
        toLabel.setLabelFor(to);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox line = new HBox(10, thisMonth, lastMonth, fromLabel, from, toLabel, to, go, spacer, bar, progress, cancel);
        line.getStyleClass().add("range-bar");
        root = new VBox(line);
        month(today.withDayOfMonth(1));
    }

    Node root() {
        return root;
    }

    /** The field that has the keys first. */
    DatePicker from() {
        return from;
    }

    /** Sets the range to the month starting on {@code first}. */
    void month(LocalDate first) {
        from.setValue(first);
        to.setValue(first.plusMonths(1).minusDays(1));
    }

    /** Sets the range. */
    void range(LocalDate first, LocalDate last) {
        from.setValue(first);
        to.setValue(last);
    }

    /** The range typed, or null with {@code problem} told the reason in words. */
    DateRange range(java.util.function.Consumer<String> problem) {
        return ExportChoices.range(t, from, to, problem);
    }

    /** Shows the work running (or done): progress and Cancel instead of the start button. */
    void running(boolean on) {
        cancelRequested = false;
        go.setDisable(on);
        from.setDisable(on);
        to.setDisable(on);
        cancel.setVisible(on);
        bar.setVisible(on);
        bar.setProgress(0);
        progress.setText(on ? t.get("review.reading") : "");
    }

    /**
     * Runs work on the range typed, never twice at once: progress and Cancel while it runs, then {@code show} on the
     * FX thread with the result, or the reason in words to {@code problem} (a cancel, a failure).
     */
    <T> void run(java.util.function.Function<DateRange, java.util.concurrent.CompletableFuture<java.util.Optional<T>>> work,
            java.util.function.Consumer<T> show, java.util.function.Consumer<String> problem, java.nio.file.Path data) {
        if (busy) {
            return;
        }
        DateRange r = range(problem);
        if (r == null) {
            return;
        }
        problem.accept("");
        busy = true;
        running(true);
        work.apply(r).whenComplete((result, error) -> Platform.runLater(() -> {
            busy = false;
            running(false);
            if (error != null) {
                problem.accept(SheetFailures.describe(t, error, data, null));
            } else if (result.isEmpty()) {
                problem.accept(t.get("review.cancelled"));
            } else {
                show.accept(result.get());
            }
        }));
    }

    /** True while work runs. */
    boolean busy() {
        return busy;
    }

    /** Marks the days with records in the calendars once the store has told them. */
    void markDays(DeskService service, Set<LocalDate> withData) {
        service.days().thenAccept(d -> Platform.runLater(() -> {
            withData.addAll(d);
            DayPicker.refreshMarks(from);
            DayPicker.refreshMarks(to);
        }));
    }

    /** Asks the work running to stop between days (the window is being closed). */
    void cancel() {
        cancelRequested = true;
    }

    /** A progress listener that shows "day 12 of 30" and hears Cancel. */
    RangeWork.Progress listener() {
        return new RangeWork.Progress() {
            @Override
            public void day(int done, int total, LocalDate day) {
                Platform.runLater(() -> {
                    bar.setProgress((double) done / total);
                    if (!cancelRequested) {
                        progress.setText(t.get("review.progress", done, total));
                    }
                });
            }

            @Override
            public boolean cancelled() {
                return cancelRequested;
            }
        };
    }
}
