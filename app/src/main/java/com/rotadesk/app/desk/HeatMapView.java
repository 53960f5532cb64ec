package com.rotadesk.app.desk;

import com.rotadesk.model.Channel;
import com.rotadesk.model.review.ArrivalsHeatMap;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;

/** Arrivals by weekday and hour as a grid of shaded cells, the average per day in each (darker: busier). */
final class HeatMapView {
    private HeatMapView() {
    }

    static Node of(Texts t, ArrivalsHeatMap map, Channel channel) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("heat-map");
        int first = map.firstHour(8);
        int last = map.lastHour(17);
        for (int h = first; h <= last; h++) {
            Label hour = new Label(String.format(Locale.ROOT, "%02d", h));
            hour.getStyleClass().add("heat-hour");
            grid.add(hour, h - first + 1, 0);
        }
        double max = map.maxAverage(channel);
        int row = 1;
        for (DayOfWeek d : DayOfWeek.values()) {
            Label day = new Label(t.get("review.heat.weekday", d.getDisplayName(TextStyle.SHORT, t.locale()),
                    map.days(d)));
            day.getStyleClass().add("heat-day");
            grid.add(day, 0, row);
            for (int h = first; h <= last; h++) {
                double v = map.average(channel, d, h);
                Label cell = new Label(v == 0 ? "" : String.format(Locale.ROOT, "%.1f", v));
                cell.getStyleClass().add("heat-cell");
                cell.setAlignment(Pos.CENTER);
                double share = max == 0 ? 0 : v / max;
                // white to the desk's teal, the text white on the darker half
                int r = (int) Math.round(255 - share * (255 - 11));
                int g = (int) Math.round(255 - share * (255 - 94));
                int b = (int) Math.round(255 - share * (255 - 107));
                cell.setStyle(String.format(Locale.ROOT, "-fx-background-color: rgb(%d,%d,%d); -fx-text-fill: %s;", r, g, b,
                        share > 0.55 ? "white" : "#1f2d3a"));
                cell.setTooltip(new Tooltip(t.get("review.heat.tip", d.getDisplayName(TextStyle.FULL, t.locale()),
                        String.format(Locale.ROOT, "%02d:00", h), map.count(channel, d, h), map.days(d))));
                grid.add(cell, h - first + 1, row);
            }
            row++;
        }
        return grid;
    }
}
