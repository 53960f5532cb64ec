package com.rotadesk.model.engine.rules;

import com.rotadesk.model.Event;
import com.rotadesk.model.Refusal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** R26, R27: transfers and the public pool. */
class TransfersTest {
    private static final String THREE_CLIENTS = """
            roster: 甲一 乙二 丙三
            09:00 signin 甲一
            09:05 visit A phone=13800000001 => 甲一
            09:06 end A
            09:07 visit B phone=13800000002 => 甲一
            09:08 end B
            09:09 visit C phone=13800000003 => 甲一
            09:10 end C
            09:11 deal C
            """;

    @Test
    void r26AllOfAConsultantsProtectedClientsAreDealtInTurnOldestFirstAndTheDealStays() {
        var moved = RuleSpec.office().given(THREE_CLIENTS).when("10:00 transfer-all 甲一 => 乙二,丙三 reason=离职",
                Event.Transferred.class);

        assertThat(moved).extracting(Event.Transferred::phone, Event.Transferred::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple("13800000001", "乙二"),
                org.assertj.core.groups.Tuple.tuple("13800000002", "丙三"));
    }

    @Test
    void r26ADealMovesOnlyWhenTheManagerSaysSo() {
        RuleSpec office = RuleSpec.office().given(THREE_CLIENTS);

        assertThat(office.refused("10:00 transfer 13800000003 => 乙二 reason=调配"))
                .isEqualTo(Refusal.DEAL_NEEDS_CONSENT);
        assertThat(office.when("10:00 transfer 13800000003 => 乙二 deal=yes reason=调配", Event.Transferred.class))
                .singleElement().satisfies(t -> assertThat(t.client().deal()).isTrue());
    }

    @Test
    void r27ThePoolMakesAClientPublicAtOnceWithTheDateItBecamePublic() {
        var pooled = RuleSpec.office().given(THREE_CLIENTS).when("10:00 transfer 13800000001 => pool reason=无效",
                Event.Transferred.class).getFirst();

        assertThat(pooled.client().owner()).isNull();
        assertThat(pooled.client().pooled()).isEqualTo(pooled.at());
    }

    @Test
    void r26OnlyToTheOfficesConsultants() {
        assertThat(RuleSpec.office().given(THREE_CLIENTS).refused("10:00 transfer 13800000001 => 外人 reason=x"))
                .isEqualTo(Refusal.UNKNOWN_CONSULTANT);
    }
}
