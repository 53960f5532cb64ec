package com.rotadesk.model.engine;

import com.rotadesk.model.Action;
import com.rotadesk.model.Channel;
import com.rotadesk.model.scenario.Scenario;
import com.rotadesk.model.scenario.ScenarioParser;

import java.time.LocalDate;

/**
 * Three days for the tests of R28 "at any time", in the store and the desk: Monday's first visitor's phone was
 * mistyped (…0011 for …0001), 乙二 received the same person on Tuesday with the right phone, and Wednesday has begun.
 */
public final class MistypedMonday {
    public static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    public static final LocalDate TUESDAY = MONDAY.plusDays(1);
    public static final LocalDate WEDNESDAY = MONDAY.plusDays(2);
    public static final String RIGHT = "13800000001";
    public static final String MISTYPED = "13800000011";

    private MistypedMonday() {
    }

    /** The three days as a scenario, to be run into an engine or a store. */
    public static Scenario days() {
        return ScenarioParser.parse("mistyped-monday", text());
    }

    /** The same as the text of a {@code .scenario} file. */
    public static String text() {
        return """
                date: 2026-11-23
                09:00 signin 甲一
                09:00 signin 乙二
                09:05 visit 王 phone=13800000011 => 甲一
                09:20 visit 李 phone=13800000012 => 乙二
                date: 2026-11-24
                09:00 signin 乙二
                09:10 visit 王 phone=13800000001 => 乙二
                date: 2026-11-25
                09:00 signin 甲一
                """;
    }

    /**
     * 王's phone mistyped twice: Monday as …0011 (甲一 received him), Tuesday as …0022 (乙二 did); Wednesday has begun.
     */
    public static String mistypedTwice() {
        return """
                date: 2026-11-23
                09:00 signin 甲一
                09:00 signin 乙二
                09:05 visit 王 phone=13800000011 => 甲一
                date: 2026-11-24
                09:00 signin 乙二
                09:10 visit 王 phone=13800000022 => 乙二
                date: 2026-11-25
                09:00 signin 甲一
                """;
    }

    /** Wednesday 09:30: Monday's first visit corrected to {@code phone} (and {@code name}, when not null). */
    public static Action.CorrectEarlier correction(String name, String phone) {
        return new Action.CorrectEarlier(WEDNESDAY.atTime(9, 30), MONDAY, Channel.WALK_IN, 1, name, phone, null, null,
                null, "电话录错");
    }
}
