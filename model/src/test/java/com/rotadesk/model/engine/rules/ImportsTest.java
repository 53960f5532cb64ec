package com.rotadesk.model.engine.rules;

import com.rotadesk.model.Event;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** R29: importing an old register. */
class ImportsTest {

    @Test
    void r29ARowWithoutANameOrAValidPhoneOrOwnerIsRefusedWithItsReason() {
        RuleSpec office = RuleSpec.office().given("roster: 甲一\n09:00 signin 甲一\n");

        assertThat(office.when("09:10 import 13900000001 owner=甲一 last=2026-11-01 => refused",
                Event.ImportedRow.class).getFirst().why()).isEqualTo(Event.ImportRefusal.NO_NAME);
        assertThat(office.when("09:10 import 1390000 name=甲 owner=甲一 last=2026-11-01 => refused",
                Event.ImportedRow.class).getFirst().why()).isEqualTo(Event.ImportRefusal.BAD_PHONE);
        assertThat(office.when("09:10 import 13900000001 name=甲 last=2026-11-01 => refused",
                Event.ImportedRow.class).getFirst().why()).isEqualTo(Event.ImportRefusal.NO_OWNER);
    }

    @Test
    void r29ProtectionRunsFromTheLastContactAndADealNeverLapses() {
        RuleSpec office = RuleSpec.office().given("roster: 甲一\n09:00 signin 甲一\n");

        var lapsed = office.when("09:10 import 13900000001 name=甲 owner=甲一 last=2025-01-01 => accepted",
                Event.ImportedRow.class).getFirst();
        var deal = office.when("09:10 import 13900000002 name=乙 owner=甲一 last=2025-01-01 deal=yes => accepted",
                Event.ImportedRow.class).getFirst();

        assertThat(lapsed.client().ownerAt(lapsed.at(), 30)).isNull();
        assertThat(deal.client().ownerAt(deal.at(), 30)).isEqualTo("甲一");
        assertThat(lapsed.client().imported()).isTrue();
    }
}
