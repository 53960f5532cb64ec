package com.rotadesk.app.desk;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.List;
import java.util.function.Function;

/** The review windows' tables and charts: columns from functions, bar charts without animation. */
final class ReviewTables {
    private ReviewTables() {
    }

    /** A mean with one decimal, or a dash. */
    static String mean(java.util.OptionalDouble m, com.rotadesk.app.sheets.Labels words) {
        return m.isPresent() ? String.format(java.util.Locale.ROOT, "%.1f", m.getAsDouble()) : words.text("none.dash");
    }

    /** A number, or a dash for none. */
    static String dash(Integer n, com.rotadesk.app.sheets.Labels words) {
        return n == null ? words.text("none.dash") : n.toString();
    }

    /** A number, or 0 for none (a bar that is not there). */
    static int zero(Integer n) {
        return n == null ? 0 : n;
    }

    /** A column showing {@code value} of each row. */
    static <R, V> TableColumn<R, V> column(String header, Function<R, V> value) {
        TableColumn<R, V> c = new TableColumn<>(header);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setSortable(false);
        c.setReorderable(false);
        return c;
    }

    /** A column of numbers, right-aligned. */
    static <R> TableColumn<R, Number> number(String header, Function<R, Number> value) {
        TableColumn<R, Number> c = column(header, value);
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }

    /** A table that fills its place, with a word for when it is empty. */
    static <R> TableView<R> table(String styleClass, String empty) {
        TableView<R> table = new TableView<>();
        table.getStyleClass().add(styleClass);
        table.setPlaceholder(new javafx.scene.control.Label(empty));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        return table;
    }

    /** A table whose last column takes the width left (long words: why, what). */
    static <R> TableView<R> wideTable(String styleClass, String empty) {
        TableView<R> table = table(styleClass, empty);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    /** A bar chart of categories with a series per name, not animated (screenshots, slow desks). */
    static BarChart<String, Number> barChart(String title, String styleClass) {
        NumberAxis values = new NumberAxis();
        values.setMinorTickVisible(false);
        values.setForceZeroInRange(true);
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), values);
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.setBarGap(2);
        chart.setCategoryGap(12);
        chart.getStyleClass().add(styleClass);
        return chart;
    }

    /** Replaces a chart's data: one series per name, each value of a category. */
    static void fill(BarChart<String, Number> chart, List<String> series, List<String> categories,
            List<List<Number>> values) {
        chart.getData().clear();
        for (int s = 0; s < series.size(); s++) {
            XYChart.Series<String, Number> data = new XYChart.Series<>();
            data.setName(series.get(s));
            for (int c = 0; c < categories.size(); c++) {
                data.getData().add(new XYChart.Data<>(categories.get(c), values.get(c).get(s)));
            }
            chart.getData().add(data);
        }
    }
}
