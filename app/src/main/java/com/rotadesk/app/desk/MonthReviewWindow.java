package com.rotadesk.app.desk;

import com.rotadesk.app.sheets.DateRange;
import com.rotadesk.app.sheets.Labels;
import com.rotadesk.app.sheets.RangeReports;
import com.rotadesk.app.sheets.SheetKind;
import com.rotadesk.app.sheets.SheetOptions;
import com.rotadesk.model.Channel;
import com.rotadesk.model.review.ConsultantFigures;
import com.rotadesk.model.review.DayFigures;
import com.rotadesk.model.review.Review;
import com.rotadesk.model.review.SurgePeriod;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Office → Month in review (月度统计): a range (this month, last month or any days), then per consultant the §9
 * figures with a chart of their turns, the fairness spread per day as a chart and a table, and arrivals by weekday
 * and hour as a heat map with the surge periods; exported as PDF, XLSX and CSV.
 */
final class MonthReviewWindow {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");
    private final Texts t;
    private final DeskService service;
    private final ReviewWork work;
    private final Labels words;
    private final Stage stage = new Stage();
    private final Set<LocalDate> withData = new HashSet<>();
    private final RangeBar range;
    private final ReportExportBar export;
    private final Label summary = new Label();
    private final Label message = new Label();
    private final BarChart<String, Number> turnsChart;
    private final TableView<ConsultantFigures> consultants;
    private final BarChart<String, Number> spreadChart;
    private final Label fairness = new Label();
    private final TableView<DayFigures> days;
    private final VBox arrivals = new VBox(12);
    private final ToggleGroup channel = new ToggleGroup();
    private final TabPane tabs;
    private Review shown;
    private String office = "";

    MonthReviewWindow(Window owner, Texts t, DeskService service, ReviewWork work, Path initialFolder) {
        this.t = t;
        this.service = service;
        this.work = work;
        this.words = new Labels(t.locale());
        stage.initOwner(owner);
        stage.setTitle(t.get("review.title"));
        range = new RangeBar(t, service.now().toLocalDate(), withData, "review.show", this::run);
        export = new ReportExportBar(t, work, service, stage, initialFolder, () -> shown == null ? null
                : new ReportExportBar.Report(() -> work.reports().review(shown, office, new SheetOptions(t.locale(), false)),
                        RangeReports.name(SheetKind.REVIEW, shown.from(), shown.to())));
        export.enable(false);
        summary.getStyleClass().add("review-summary");
        summary.setWrapText(true);
        message.getStyleClass().add("review-message");
        message.setWrapText(true);
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        turnsChart = ReviewTables.barChart(words.text("review.turns.chart"), "review-turns-chart");
        turnsChart.setPrefHeight(300);
        consultants = ReviewTables.table("review-consultants", t.get("review.none"));
        consultants.getColumns().add(ReviewTables.column(words.text("col.consultant"), ConsultantFigures::consultant));
        consultants.getColumns().addAll(List.of(
                ReviewTables.number(words.text("col.days"), ConsultantFigures::days),
                ReviewTables.number(words.text("col.walkInTurns"), ConsultantFigures::walkInTurns),
                ReviewTables.number(words.text("col.phoneTurns"), ConsultantFigures::phoneTurns),
                ReviewTables.number(words.text("col.makeUpTurns"), ConsultantFigures::makeUpTurns),
                ReviewTables.number(words.text("col.creditsPasses"), ConsultantFigures::creditsFromPasses),
                ReviewTables.number(words.text("col.creditsRefunds"), ConsultantFigures::creditsRefunded),
                ReviewTables.number(words.text("col.lostToCap"), ConsultantFigures::creditsLostToCap),
                ReviewTables.number(words.text("col.passes"), ConsultantFigures::passes),
                ReviewTables.number(words.text("col.passesForfeited"), ConsultantFigures::passesForfeited),
                ReviewTables.number(words.text("col.violations"), ConsultantFigures::violations),
                ReviewTables.number(words.text("col.declines"), ConsultantFigures::declines),
                ReviewTables.number(words.text("col.disqualifications"), ConsultantFigures::disqualifications),
                ReviewTables.number(words.text("col.uncountedTotal"), ConsultantFigures::uncountedTotal),
                ReviewTables.number(words.text("col.standIns"), ConsultantFigures::standIns),
                ReviewTables.number(words.text("col.voided"), ConsultantFigures::voided),
                ReviewTables.number(words.text("col.deals"), ConsultantFigures::deals),
                ReviewTables.number(words.text("col.registered"), ConsultantFigures::registered),
                ReviewTables.number(words.text("col.converted"), ConsultantFigures::converted)));
        consultants.getColumns().add(ReviewTables.column(words.text("col.conversion"),
                f -> f.conversion() == null ? words.text("none.dash")
                        : String.format(Locale.ROOT, "%.1f%%", f.conversion() * 100)));
        VBox.setVgrow(consultants, Priority.ALWAYS);

        spreadChart = ReviewTables.barChart(words.text("review.days.chart"), "review-spread-chart");
        spreadChart.setPrefHeight(300);
        fairness.getStyleClass().add("review-fairness");
        days = ReviewTables.table("review-days", t.get("review.none"));
        days.getColumns().addAll(List.of(
                ReviewTables.column(words.text("col.date"), d -> d.date().toString()),
                ReviewTables.column(words.text("col.weekday"),
                        d -> d.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, t.locale())),
                ReviewTables.number(words.text("col.walkIns"), DayFigures::walkIns),
                ReviewTables.number(words.text("col.calls"), DayFigures::calls),
                ReviewTables.number(words.text("col.countedWalkIn"), DayFigures::countedWalkIn),
                ReviewTables.number(words.text("col.countedPhone"), DayFigures::countedPhone),
                ReviewTables.number(words.text("col.wholeWindow"), DayFigures::wholeWindow)));
        days.getColumns().add(ReviewTables.column(words.text("col.spreadWalkIn"), d -> ReviewTables.dash(d.spreadWalkIn(), words)));
        days.getColumns().add(ReviewTables.column(words.text("col.spreadPhone"), d -> ReviewTables.dash(d.spreadPhone(), words)));
        VBox.setVgrow(days, Priority.ALWAYS);

        ToggleButton walkIns = new ToggleButton(t.get("review.walkIns"));
        ToggleButton calls = new ToggleButton(t.get("review.calls"));
        walkIns.setUserData(Channel.WALK_IN);
        calls.setUserData(Channel.PHONE);
        walkIns.setToggleGroup(channel);
        calls.setToggleGroup(channel);
        walkIns.setSelected(true);
        channel.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true);
            } else if (shown != null) {
                showArrivals(shown);
            }
        });
        arrivals.getStyleClass().add("review-arrivals");

        tabs = new TabPane(
                tab("review.tab.consultants", new VBox(8, turnsChart, consultants)),
                tab("review.tab.fairness", new VBox(8, spreadChart, fairness, days)),
                tab("review.tab.arrivals", new ScrollPane(new VBox(10, new HBox(8, walkIns, calls), arrivals))));
        tabs.getStyleClass().add("review-tabs");
        VBox top = new VBox(8, range.root(), summary, message);
        top.getStyleClass().add("review-top");
        BorderPane root = new BorderPane(tabs);
        root.setTop(top);
        root.setBottom(export.root());
        root.getStyleClass().add("review");
        Scene scene = new Scene(root, 1280, 820);
        scene.getStylesheets().addAll(Theme.stylesheet(), ReviewDesk.stylesheet());
        export.keys(scene);
        stage.setScene(scene);
        stage.setOnHidden(e -> range.cancel());
    }

    private Tab tab(String key, javafx.scene.Node content) {
        Tab tab = new Tab(t.get(key), content);
        tab.setClosable(false);
        return tab;
    }

    /** Opens on this month and counts it at once; the range field has the keys. */
    MonthReviewWindow show() {
        stage.show();
        range.from().requestFocus();
        range.markDays(service, withData);
        service.profile().thenAccept(p -> Platform.runLater(() -> office = p == null ? "" : p.name()));
        run();
        return this;
    }

    Stage stage() {
        return stage;
    }

    /** Shows one of the tabs (0 the first; screenshots). */
    void tab(int index) {
        tabs.getSelectionModel().select(index);
    }

    /** True once a range is shown and nothing is being counted (screenshots, tests). */
    boolean settled() {
        return !range.busy() && shown != null;
    }

    /** Counts the range typed. */
    void run() {
        range.run(r -> work.review(r, range.listener()), this::show, message::setText, service.folder());
    }

    private void show(Review r) {
        shown = r;
        export.enable(!r.days().isEmpty());
        if (r.days().isEmpty()) {
            message.setText(t.get("review.noDays", DayPicker.words(t, r.from()), DayPicker.words(t, r.to())));
        }
        int walkIn = r.total(ConsultantFigures::walkInTurns);
        int phone = r.total(ConsultantFigures::phoneTurns);
        summary.setText(t.get("review.summary", r.from().toString(), r.to().toString(), r.days().size(), r.walkIns(),
                r.calls(), walkIn + phone, r.total(ConsultantFigures::deals)));
        consultants.getItems().setAll(r.consultants());
        List<String> names = new ArrayList<>();
        List<List<Number>> turns = new ArrayList<>();
        for (ConsultantFigures c : r.consultants()) {
            names.add(c.consultant());
            turns.add(List.of(c.walkInTurns(), c.phoneTurns()));
        }
        ReviewTables.fill(turnsChart, List.of(words.text("col.walkInTurns"), words.text("col.phoneTurns")), names, turns);
        List<String> dates = new ArrayList<>();
        List<List<Number>> spreads = new ArrayList<>();
        for (DayFigures d : r.days()) {
            dates.add(d.date().format(DAY));
            spreads.add(List.of(ReviewTables.zero(d.spreadWalkIn()), ReviewTables.zero(d.spreadPhone())));
        }
        ReviewTables.fill(spreadChart, List.of(words.text("col.spreadWalkIn"), words.text("col.spreadPhone")), dates,
                spreads);
        fairness.setText(t.get("review.fairness", ReviewTables.mean(r.meanSpreadWalkIn(), words), ReviewTables.dash(r.maxSpreadWalkIn(), words),
                ReviewTables.mean(r.meanSpreadPhone(), words), ReviewTables.dash(r.maxSpreadPhone(), words)));
        days.getItems().setAll(r.days());
        showArrivals(r);
    }

    private void showArrivals(Review r) {
        Channel c = (Channel) channel.getSelectedToggle().getUserData();
        Label caption = new Label(words.text(c == Channel.WALK_IN ? "review.heat.walkIn" : "review.heat.calls"));
        caption.getStyleClass().add("section-title");
        List<String> surges = new ArrayList<>();
        for (SurgePeriod s : r.surges()) {
            surges.add(t.get("review.surge", s.date().toString(), s.from().toString(),
                    s.to() == null ? words.text("surge.untilEnd") : s.to().toString(), s.walkIns()));
        }
        Label surgeCaption = new Label(words.text("review.surges.caption"));
        surgeCaption.getStyleClass().add("section-title");
        Label surgeList = new Label(surges.isEmpty() ? words.text("review.surges.none") : String.join("\n", surges));
        surgeList.getStyleClass().add("review-surges");
        arrivals.getChildren().setAll(caption, HeatMapView.of(t, r.arrivals(), c), surgeCaption, surgeList);
    }
}
