package com.rotadesk.app.sheets;

import com.rotadesk.model.Action;
import com.rotadesk.model.Channel;
import com.rotadesk.model.engine.OfficeEngine;
import com.rotadesk.model.scenario.ScenarioParser;
import com.rotadesk.model.scenario.ScenarioRunner;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A small office day that has one of everything the sheets print, played through the scenario runner. */
final class ScriptedDay {
    static final LocalDate DATE = ScenarioParser.DEFAULT_DATE;

    static final String SCENARIO = """
            title: a day for the sheets
            08:30 signin 谢铁峰
            08:31 signin 徐娅
            08:32 signin 丁伟
            08:33 signin 李鑫
            # round 1: 丁伟 is not at the desk (空), 李鑫 closes the round
            09:00 visit V1 name=王先生 phone=13812345678 party=3 => 谢铁峰 counted
            09:10 visit V2 name=李女士 phone=13800000002 => 徐娅 counted
            09:20 visit V3 name=赵先生 phone=13800000003 skip=丁伟:absent => 李鑫 counted
            09:25 end V2
            # round 2: 谢铁峰 is busy with 王先生 and is passed with a credit (跳); no phone given (R16)
            09:30 visit V4 name=钱女士 phone=none source=online => 徐娅 counted
            09:40 end V1
            # 谢铁峰 uses the credit (补)
            09:45 visit V5 name=孙先生 phone=13800000005 source=agent => 谢铁峰 counted makeup
            # same phone as 李女士, another name, not family: a new visitor (R20)
            09:50 visit V6 name=周女士 phone=13800000002 family=no => 丁伟 counted
            10:00 end V3
            10:01 end V4
            10:02 end V5
            10:03 end V6
            # 李女士 comes back to her owner, uncounted
            10:10 visit V7 name=李女士 phone=13800000002 => 徐娅 uncounted
            # a visitor whose personal data was erased on request
            10:20 visit V8 name=@e8 phone=@p8 => 李鑫 counted
            10:30 visit V9 name=推销员 phone=none type=non-buyer => 丁伟 uncounted
            10:40 end V7
            10:41 end V8
            10:42 end V9
            # round 3; 谢铁峰's reception turns out to be a non-buyer and is voided (废)
            10:50 visit V10 name=吴先生 phone=13900000010 => 谢铁峰 counted
            10:52 void V10 non-buyer
            10:55 end V10
            11:00 call C1 name=郑先生 phone=13700000001 => 谢铁峰 counted
            11:05 call C2 name=冯女士 phone=13700000002 => 徐娅 counted
            11:10 visit V11 name=陈先生 phone=13600000011 party=2 source=referral => 谢铁峰 counted makeup
            11:30 deal V1
            17:40 visit V12 name=晚到客户 phone=13600000012 => 徐娅 uncounted
            """;

    private ScriptedDay() {
    }

    /** The day's engine at the end of the day, with two manager's adjustments after the scenario. */
    static OfficeEngine play() {
        OfficeEngine engine = ScenarioRunner.play(ScenarioParser.parse("sheets-day.scenario", SCENARIO));
        engine.apply(new Action.GrantCredit(at(17, 50), "丁伟", Channel.WALK_IN, "上午系统故障漏排，补发一次"));
        engine.apply(new Action.MovePointer(at(17, 55), null, Channel.WALK_IN, "李鑫", "经理调整：明早从李鑫开始"));
        return engine;
    }

    static LocalDateTime at(int h, int m) {
        return DATE.atTime(h, m);
    }
}
