package com.rotadesk.model.engine.rules;

import com.rotadesk.model.Event;
import com.rotadesk.model.Refusal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** R28: corrections keep the rotation and let ownership follow the corrected data. */
class CorrectionsTest {
    private static final String MORNING = """
            date: 2026-11-22
            09:00 signin 丙三
            09:10 visit 张太太 phone=13800000009 => 丙三
            date: 2026-11-23
            09:00 signin 甲一
            09:00 signin 乙二
            09:05 visit 王 phone=13800000011 => 甲一
            """;

    @Test
    void r28ACorrectionMovesNoTurnNoPassNoPointer() {
        var events = RuleSpec.office().given(MORNING).when("09:10 correct 王 phone=13800000001 reason=电话录错");

        assertThat(events).noneMatch(e -> e instanceof Event.Received || e instanceof Event.Passed
                || e instanceof Event.PointerMoved || e instanceof Event.CreditGranted || e instanceof Event.Voided);
        assertThat(RuleSpec.only(events, Event.Corrected.class)).singleElement()
                .satisfies(c -> assertThat(c.after().phone()).isEqualTo("13800000001"));
    }

    @Test
    void r28TheMistypedPhoneNeverRegisteredAnyoneAndTheCorrectedOneIsOwned() {
        var recomputed = RuleSpec.office().given(MORNING).when("09:10 correct 王 phone=13800000001 reason=电话录错",
                Event.OwnershipRecomputed.class);

        assertThat(recomputed).extracting(Event.OwnershipRecomputed::phone).containsExactly("13800000011",
                "13800000001");
        assertThat(recomputed.get(0).client()).isNull();
        assertThat(recomputed.get(1).client().owner()).isEqualTo("甲一");
        assertThat(recomputed.get(1).creator()).isNotNull();
    }

    @Test
    void r28APhoneOfAnotherConsultantsClientKeepsItsOwnerAndTheDeskIsToldWhose() {
        var corrected = RuleSpec.office().given(MORNING).when("09:10 correct 王 phone=13800000009 reason=电话录错",
                Event.Corrected.class).getFirst();

        assertThat(corrected.belongsTo()).isEqualTo("丙三");
        assertThat(corrected.householdConflict()).as("王 is not 张太太").isTrue();
    }

    @Test
    void r28ACorrectionNeedsAReasonAndAChange() {
        RuleSpec office = RuleSpec.office().given(MORNING);

        assertThat(office.refused("09:10 correct 王 name=王 reason=")).isEqualTo(Refusal.NEEDS_REASON);
        assertThat(office.refused("09:10 correct 王 name=王 reason=无")).isEqualTo(Refusal.NOTHING_TO_CORRECT);
    }

    @Test
    void r28CompletingAnIncompleteRegistrationCreatesTheOwnership() {
        RuleSpec office = RuleSpec.office().given(MORNING + "09:06 visit 李 phone=none => 乙二\n");

        var recomputed = office.when("09:10 correct 李 phone=13800000002 reason=补登电话",
                Event.OwnershipRecomputed.class);

        assertThat(recomputed).singleElement().satisfies(r -> assertThat(r.client().owner()).isEqualTo("乙二"));
    }
}
