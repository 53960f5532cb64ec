package com.rotadesk.app.desk;

import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Set;

/**
 * A day field for the sheets: typed as 2026-11-20, 2026/11/20 or 20261120 (digits alone are quickest on a number
 * pad), shown as 2026-11-20 in both languages, with the days that have records marked in its calendar.
 */
final class DayPicker {
    private static final List<DateTimeFormatter> TYPED = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.BASIC_ISO_DATE, DateTimeFormatter.ofPattern("uuuu/M/d"),
            DateTimeFormatter.ofPattern("uuuu-M-d"), DateTimeFormatter.ofPattern("uuuu.M.d"));

    private DayPicker() {
    }

    /**
     * A picker marking the days in {@code withData}; the set is read whenever the calendar is drawn, so days added
     * later show once the cell factory is set again.
     */
    static DatePicker create(Texts t, Set<LocalDate> withData) {
        DatePicker picker = new DatePicker();
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate day) {
                return day == null ? "" : day.format(DateTimeFormatter.ISO_LOCAL_DATE);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return picker.getValue();
                }
                for (DateTimeFormatter f : TYPED) {
                    try {
                        return LocalDate.parse(text.strip(), f);
                    } catch (DateTimeParseException notThisOne) {
                        // the next pattern
                    }
                }
                // not a date: the field goes back to the day it had rather than to none
                return picker.getValue();
            }
        });
        picker.setPromptText("2026-11-20");
        picker.setDayCellFactory(p -> new DateCell() {
            @Override
            public void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("has-data");
                setTooltip(null);
                if (!empty && item != null && withData.contains(item)) {
                    getStyleClass().add("has-data");
                    setTooltip(new Tooltip(t.get("sheets.hasData")));
                }
            }
        });
        return picker;
    }

    /** Takes what is typed in the field as its day (as leaving the field would) and returns the day. */
    static LocalDate commit(DatePicker picker) {
        if (picker.isEditable()) {
            picker.setValue(picker.getConverter().fromString(picker.getEditor().getText()));
        }
        return picker.getValue();
    }

    /** Redraws the calendar's marks (after the days with records have arrived). */
    static void refreshMarks(DatePicker picker) {
        var cells = picker.getDayCellFactory();
        picker.setDayCellFactory(null);
        picker.setDayCellFactory(cells);
    }

    /** The day in full words of the desk's language ("2026年11月20日星期五"). */
    static String words(Texts t, LocalDate day) {
        return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(t.locale()));
    }
}
