package com.rotadesk.app.desk;

import com.rotadesk.app.sheets.DateRange;
import com.rotadesk.app.sheets.Labels;
import com.rotadesk.app.sheets.RangeReports;
import com.rotadesk.app.sheets.SheetKind;
import com.rotadesk.app.sheets.SheetOptions;
import com.rotadesk.app.sheets.SimulationWords;
import com.rotadesk.model.Policy;
import com.rotadesk.model.review.ConsultantFigures;
import com.rotadesk.model.review.DayFigures;
import com.rotadesk.model.review.Difference;
import com.rotadesk.model.review.PolicyChange;
import com.rotadesk.model.review.Review;
import com.rotadesk.model.review.Simulation;
import com.rotadesk.model.review.SkippedAction;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Office → What if… (规则模拟): a range and the policies to change; the days are replayed under the change (nothing
 * is journaled) and shown beside the record: the §9 figures side by side, the fairness spread per day both ways,
 * every visit that would have gone to another consultant (the day's first difference, and those following from it),
 * and what could not apply. Exported as PDF, XLSX and CSV.
 */
final class WhatIfWindow {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private final Texts t;
    private final DeskService service;
    private final ReviewWork work;
    private final Labels words;
    private final SimulationWords lines;
    private final Stage stage = new Stage();
    private final Set<LocalDate> withData = new HashSet<>();
    private final RangeBar range;
    private final PolicyChanges policies;
    private final ReportExportBar export;
    private final Label summary = new Label();
    private final Label message = new Label();
    private final BarChart<String, Number> turnsChart;
    private final TableView<String> sideBySide;
    private final BarChart<String, Number> spreadChart;
    private final Label fairness = new Label();
    private final TableView<Difference> differences;
    private final TableView<SkippedAction> skipped;
    private final TabPane tabs;
    private Simulation shown;
    private String office = "";

    WhatIfWindow(Window owner, Texts t, DeskService service, ReviewWork work, Policy today, Path initialFolder) {
        this.t = t;
        this.service = service;
        this.work = work;
        this.words = new Labels(t.locale());
        this.lines = new SimulationWords(new SheetOptions(t.locale(), false), t.refusalWords());
        stage.initOwner(owner);
        stage.setTitle(t.get("whatif.title"));
        range = new RangeBar(t, service.now().toLocalDate(), withData, "whatif.run", this::run);
        policies = new PolicyChanges(t, today);
        export = new ReportExportBar(t, work, service, stage, initialFolder, () -> shown == null ? null
                : new ReportExportBar.Report(() -> work.reports().simulation(shown, office,
                        new SheetOptions(t.locale(), false), t.refusalWords()),
                        RangeReports.name(SheetKind.SIMULATION, shown.recorded().from(), shown.recorded().to())));
        export.enable(false);
        summary.getStyleClass().add("whatif-summary");
        summary.setWrapText(true);
        message.getStyleClass().add("review-message");
        message.setWrapText(true);
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        turnsChart = ReviewTables.barChart(words.text("sim.turns.chart"), "whatif-turns-chart");
        turnsChart.setPrefHeight(280);
        sideBySide = ReviewTables.table("whatif-side-by-side", t.get("review.none"));
        sideBySide.getColumns().add(ReviewTables.column(words.text("col.consultant"), name -> name));
        figure("col.walkInTurns", ConsultantFigures::walkInTurns);
        figure("col.phoneTurns", ConsultantFigures::phoneTurns);
        figure("col.makeUpTurns", ConsultantFigures::makeUpTurns);
        figure("col.creditsPasses", ConsultantFigures::creditsFromPasses);
        figure("col.lostToCap", ConsultantFigures::creditsLostToCap);
        figure("col.passes", ConsultantFigures::passes);
        figure("col.violations", ConsultantFigures::violations);
        figure("col.disqualifications", ConsultantFigures::disqualifications);
        figure("col.uncountedTotal", ConsultantFigures::uncountedTotal);
        figure("col.deals", ConsultantFigures::deals);
        VBox.setVgrow(sideBySide, Priority.ALWAYS);

        spreadChart = ReviewTables.barChart(words.text("sim.fairness.chart"), "whatif-spread-chart");
        spreadChart.setPrefHeight(300);
        fairness.getStyleClass().add("review-fairness");

        differences = ReviewTables.wideTable("whatif-differences", words.text("sim.differences.none"));
        differences.getColumns().addAll(List.of(
                ReviewTables.column(words.text("col.date"), d -> d.date().toString()),
                ReviewTables.column(words.text("col.arrival"), d -> d.arrival().format(HH_MM)),
                ReviewTables.column(words.text("col.channel"), d -> lines.channel(d.channel())),
                ReviewTables.number(words.text("col.number"), Difference::number),
                ReviewTables.column(words.text("col.name"), lines::visitor),
                ReviewTables.column(words.text("col.type"), lines::type),
                ReviewTables.column(words.text("sim.col.recordedTo"), d -> lines.receiver(d.recorded(), d.recordedCounted())),
                ReviewTables.column(words.text("sim.col.simulatedTo"),
                        d -> lines.receiver(d.simulated(), d.simulatedCounted())),
                ReviewTables.column(words.text("sim.col.mark"), lines::mark)));
        differences.getColumns().getFirst().setPrefWidth(110);
        differences.getColumns().get(4).setPrefWidth(110);
        differences.getColumns().get(6).setPrefWidth(150);
        differences.getColumns().get(7).setPrefWidth(150);
        differences.setRowFactory(v -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(Difference d, boolean empty) {
                super.updateItem(d, empty);
                getStyleClass().remove("first-difference");
                if (!empty && d != null && d.first()) {
                    getStyleClass().add("first-difference");
                }
            }
        });
        skipped = ReviewTables.wideTable("whatif-skipped", words.text("sim.skipped.none"));
        skipped.getColumns().addAll(List.of(
                ReviewTables.column(words.text("col.date"), k -> k.date().toString()),
                ReviewTables.column(words.text("col.time"), k -> k.action().at().format(HH_MM)),
                ReviewTables.column(words.text("sim.col.what"), lines::what),
                ReviewTables.column(words.text("sim.col.why"), lines::why)));
        skipped.getColumns().getFirst().setPrefWidth(110);
        skipped.getColumns().get(2).setPrefWidth(300);

        Label legend = new Label(words.text("sim.differences.legend"));
        legend.setWrapText(true);
        tabs = new TabPane(
                tab("whatif.tab.sideBySide", new VBox(8, turnsChart, sideBySide)),
                tab("whatif.tab.fairness", new VBox(8, spreadChart, fairness)),
                tab("whatif.tab.differences", new VBox(8, legend, differences)),
                tab("whatif.tab.skipped", skipped));
        tabs.getStyleClass().add("whatif-tabs");
        VBox.setVgrow(differences, Priority.ALWAYS);
        ScrollPane left = new ScrollPane(new VBox(8, policies.caption(), policies.root()));
        left.setFitToWidth(true);
        left.setMinWidth(390);
        SplitPane split = new SplitPane(left, tabs);
        split.setDividerPositions(0.29);
        Label nothing = new Label(t.get("whatif.nothingJournaled"));
        nothing.getStyleClass().add("whatif-note");
        VBox top = new VBox(8, range.root(), nothing, summary, message);
        top.getStyleClass().add("review-top");
        BorderPane root = new BorderPane(split);
        root.setTop(top);
        root.setBottom(export.root());
        root.getStyleClass().add("review");
        Scene scene = new Scene(root, 1360, 860);
        scene.getStylesheets().addAll(Theme.stylesheet(), ReviewDesk.stylesheet());
        export.keys(scene);
        stage.setScene(scene);
        stage.setOnHidden(e -> range.cancel());
    }

    /** Three columns under one heading: recorded, simulated, and the change. */
    private void figure(String key, ToIntFunction<ConsultantFigures> value) {
        TableColumn<String, Number> group = new TableColumn<>(words.text(key));
        group.getColumns().add(ReviewTables.number(words.text("sim.recorded"), n -> of(shown.recorded(), n, value)));
        group.getColumns().add(ReviewTables.number(words.text("sim.simulated"), n -> of(shown.simulated(), n, value)));
        group.getColumns().add(ReviewTables.number(words.text("sim.delta"),
                n -> of(shown.simulated(), n, value) - of(shown.recorded(), n, value)));
        sideBySide.getColumns().add(group);
    }

    private static int of(Review r, String name, ToIntFunction<ConsultantFigures> value) {
        ConsultantFigures f = r.of(name);
        return f == null ? 0 : value.applyAsInt(f);
    }

    private Tab tab(String key, javafx.scene.Node content) {
        Tab tab = new Tab(t.get(key), content);
        tab.setClosable(false);
        return tab;
    }

    /** Opens on this month with nothing changed yet: the manager ticks what to change. */
    WhatIfWindow show() {
        stage.show();
        range.from().requestFocus();
        range.markDays(service, withData);
        service.profile().thenAccept(p -> Platform.runLater(() -> office = p == null ? "" : p.name()));
        return this;
    }

    Stage stage() {
        return stage;
    }

    /** Shows one of the tabs (0 the first; screenshots). */
    void tab(int index) {
        tabs.getSelectionModel().select(index);
    }

    /** The policy list (the screenshot ticks its example there). */
    PolicyChanges policies() {
        return policies;
    }

    /** True once a simulation is shown and nothing is running. */
    boolean settled() {
        return !range.busy() && shown != null;
    }

    /** Simulates the range typed under the policies ticked. */
    void run() {
        if (range.busy()) {
            return;
        }
        PolicyChange change = policies.change(message::setText);
        if (change == null) {
            return;
        }
        range.run(r -> work.simulate(r, change, range.listener()), this::show, message::setText, service.folder());
    }

    private void show(Simulation s) {
        shown = s;
        Review rec = s.recorded();
        export.enable(s.days() > 0);
        if (s.days() == 0) {
            message.setText(t.get("review.noDays", DayPicker.words(t, rec.from()), DayPicker.words(t, rec.to())));
        }
        List<String> changes = new ArrayList<>();
        s.change().settings().forEach((key, value) -> changes.add(t.get("whatif.change", lines.setting(key),
                String.join(" / ", s.recordedValues().getOrDefault(key, Set.of()).stream().map(lines::settingValue)
                        .toList()), lines.settingValue(value))));
        String text = t.get("whatif.summary", String.join("; ", changes), s.days(), s.replayed(), s.skipped().size(),
                s.differences().size(), s.daysWithDifferences());
        if (s.sameRules()) {
            text += "\n" + t.get(s.reproduced() ? "whatif.reproduced" : "whatif.notReproduced");
        }
        summary.setText(text);
        Set<String> names = new LinkedHashSet<>();
        rec.consultants().forEach(c -> names.add(c.consultant()));
        s.simulated().consultants().forEach(c -> names.add(c.consultant()));
        sideBySide.getItems().setAll(names);
        List<List<Number>> turns = new ArrayList<>();
        for (String n : names) {
            turns.add(List.of(of(rec, n, ConsultantFigures::walkInTurns),
                    of(s.simulated(), n, ConsultantFigures::walkInTurns)));
        }
        ReviewTables.fill(turnsChart, List.of(words.text("sim.recorded"), words.text("sim.simulated")),
                List.copyOf(names), turns);
        Map<LocalDate, DayFigures> simulated = new HashMap<>();
        s.simulated().days().forEach(d -> simulated.put(d.date(), d));
        List<String> dates = new ArrayList<>();
        List<List<Number>> spreads = new ArrayList<>();
        for (DayFigures d : rec.days()) {
            DayFigures other = simulated.get(d.date());
            dates.add(d.date().format(DAY));
            spreads.add(List.of(ReviewTables.zero(d.spreadWalkIn()),
                    ReviewTables.zero(other == null ? null : other.spreadWalkIn())));
        }
        ReviewTables.fill(spreadChart, List.of(words.text("sim.recorded"), words.text("sim.simulated")), dates, spreads);
        fairness.setText(t.get("whatif.fairness", ReviewTables.mean(rec.meanSpreadWalkIn(), words),
                ReviewTables.mean(s.simulated().meanSpreadWalkIn(), words),
                ReviewTables.dash(rec.maxSpreadWalkIn(), words), ReviewTables.dash(s.simulated().maxSpreadWalkIn(), words)));
        differences.getItems().setAll(s.differences());
        skipped.getItems().setAll(s.skipped());
    }
}
