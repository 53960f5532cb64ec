package com.rotadesk.app.desk;

import com.rotadesk.model.Action;
import com.rotadesk.model.Channel;
import com.rotadesk.model.Policy;
import com.rotadesk.model.engine.OfficeEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class DemoOfficeTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-24T10:40", "2026-11-24T00:30", "2026-11-24T23:59", "2026-11-24T08:05"})
    void theDemoMorningIsAValidDayWhateverTheTime(String now) {
        OfficeEngine engine = new OfficeEngine(Policy.defaults());

        for (Action a : DemoOffice.morning("演示售楼处", "销售一组", LocalDateTime.parse(now))) {
            engine.apply(a);
        }

        assertThat(engine.consultants()).hasSize(6);
        assertThat(engine.visits()).hasSizeGreaterThanOrEqualTo(7);
        assertThat(engine.rotation("销售一组", Channel.WALK_IN).members()).hasSize(6);
    }
}
