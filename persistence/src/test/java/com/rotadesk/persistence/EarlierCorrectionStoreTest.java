package com.rotadesk.persistence;

import com.rotadesk.model.Action;
import com.rotadesk.model.ActionRejectedException;
import com.rotadesk.model.Channel;
import com.rotadesk.model.Refusal;
import com.rotadesk.model.Visit;
import com.rotadesk.model.review.DayReplay;
import com.rotadesk.model.review.RecordedDay;
import com.rotadesk.model.engine.MistypedMonday;
import com.rotadesk.model.scenario.ScenarioRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * R28 "at any time" in the store: a visit of an earlier day corrected days later is journaled on the day it is made,
 * shown on the corrected day's register, moves the clients from that day on, and replays, rebuilds and verifies.
 */
class EarlierCorrectionStoreTest {
    private static final LocalDate MONDAY = MistypedMonday.MONDAY;
    private static final LocalDate TUESDAY = MistypedMonday.TUESDAY;
    private static final LocalDate WEDNESDAY = MistypedMonday.WEDNESDAY;

    @TempDir
    Path folder;
    @RegisterExtension
    final TestOffice target = new TestOffice(() -> folder);

    private static Action.CorrectEarlier phoneOfMondaysFirst(String phone) {
        return MistypedMonday.correction(null, phone);
    }

    @Test
    void aCorrectionOfAnEarlierDayMovesTheClientsFromThatDayAndShowsOnThatDaysRegister() {
        try (OfficeStore store = target.open()) {
            new ScenarioRunner(store.engine(), store::submit).run(MistypedMonday.days());
            assertThat(store.engine().client("13800000001").owner()).as("before: 乙二 registered him on Tuesday")
                    .isEqualTo("乙二");

            store.submit(phoneOfMondaysFirst("13800000001"));

            assertThat(store.engine().client("13800000001").owner()).as("甲一 received him on Monday (R17)")
                    .isEqualTo("甲一");
            assertThat(store.engine().client("13800000011")).as("the mistyped phone never registered anyone")
                    .isNull();
            Visit monday = store.engineAt(MONDAY).visits().getFirst();
            assertThat(monday.registration().phone()).isEqualTo("13800000001");
            assertThat(monday.corrected()).isTrue();
            assertThat(store.engineAt(MONDAY).visits().get(1).corrected()).isFalse();
            assertThat(store.engineAt(TUESDAY).visits().getFirst().corrected()).as("Tuesday's own visit stands")
                    .isFalse();
            assertThat(store.clientDays("13800000001")).as("the corrected visit's day is the client's")
                    .containsExactly(MONDAY, TUESDAY, WEDNESDAY);
            assertThat(store.clients("13800000001", WEDNESDAY.atTime(10, 0), 5)).singleElement()
                    .satisfies(row -> assertThat(row.visits()).as("Monday's and Tuesday's visits").isEqualTo(2));
            assertThat(store.rebuild().consistent()).as("the visit rows as a rebuild writes them").isTrue();
        }
    }

    @Test
    void itReplaysRebuildsVerifiesAndCarriesIntoTheNextDay() {
        try (OfficeStore store = target.open()) {
            new ScenarioRunner(store.engine(), store::submit).run(MistypedMonday.days());
            store.submit(phoneOfMondaysFirst("13800000001"));
        }
        try (OfficeStore store = target.open()) {
            assertThat(store.drift()).as("the correction decides on replay as it decided").isEmpty();
            assertThat(store.engine().client("13800000001").owner()).isEqualTo("甲一");
            assertThat(store.engineAt(MONDAY).visits().getFirst().registration().phone()).isEqualTo("13800000001");
            assertThat(store.rebuild().consistent()).as("read tables as the journal makes them").isTrue();
            assertThat(store.verify().intact()).isTrue();

            store.submit(new Action.StartDay(WEDNESDAY.plusDays(1)));
            assertThat(store.engine().client("13800000001").owner()).as("Thursday opens with the corrected record")
                    .isEqualTo("甲一");

            List<RecordedDay> days = store.recordedDays(MONDAY, WEDNESDAY);
            assertThat(days).hasSize(3);
            assertThat(DayReplay.play(days.get(2)).events()).as("the month in review replays the day of the correction")
                    .anyMatch(e -> e instanceof com.rotadesk.model.Event.CorrectedEarlier);
        }
    }

    @Test
    void anUndoneCorrectionLeavesThatDaysRegisterAndTheClientsAsTheyWere() {
        try (OfficeStore store = target.open()) {
            new ScenarioRunner(store.engine(), store::submit).run(MistypedMonday.days());
            Action.CorrectEarlier correction = phoneOfMondaysFirst("13800000001");
            store.submit(correction);

            store.submit(new Action.Undo(WEDNESDAY.atTime(9, 31)));

            assertThat(store.engine().client("13800000001").owner()).isEqualTo("乙二");
            assertThat(store.engine().client("13800000011").owner()).isEqualTo("甲一");
            assertThat(store.engineAt(MONDAY).visits().getFirst().registration().phone()).isEqualTo("13800000011");
            assertThat(store.engineAt(MONDAY).visits().getFirst().corrected()).isFalse();
            assertThat(store.clients("13800000001", WEDNESDAY.atTime(10, 0), 5)).singleElement()
                    .satisfies(row -> assertThat(row.visits()).as("only Tuesday's again").isEqualTo(1));
            assertThat(store.rebuild().consistent()).isTrue();
            assertThat(store.engineAt(MONDAY).visits().getFirst().corrected()).as("after the rebuild too").isFalse();
        }
    }

    @Test
    void twoCorrectionsOfOnePhoneOnDifferentDaysKeepTheEarlierRegistrationAndReplay() {
        try (OfficeStore store = target.open()) {
            new ScenarioRunner(store.engine(), store::submit).run(com.rotadesk.model.scenario.ScenarioParser.parse(
                    "twice", MistypedMonday.mistypedTwice()));
            store.submit(phoneOfMondaysFirst("13800000001"));
            store.submit(new Action.StartDay(WEDNESDAY.plusDays(1)));
            store.submit(new Action.CorrectEarlier(WEDNESDAY.plusDays(1).atTime(9, 30), TUESDAY, Channel.WALK_IN, 1,
                    null, "13800000001", null, null, null, "电话录错"));

            assertThat(store.engine().client("13800000001").owner()).as("Monday's registration wins (R17)")
                    .isEqualTo("甲一");
        }
        try (OfficeStore store = target.open()) {
            assertThat(store.drift()).as("both corrections decide on replay as they decided").isEmpty();
            assertThat(store.engine().client("13800000001").owner()).isEqualTo("甲一");
            assertThat(store.rebuild().consistent()).isTrue();
        }
    }

    @Test
    void todayAnUnknownDayOrAnUnknownVisitIsRefusedAndNothingIsSaved() {
        try (OfficeStore store = target.open()) {
            new ScenarioRunner(store.engine(), store::submit).run(MistypedMonday.days());
            long before = store.journalSize();

            assertThatThrownBy(() -> store.submit(new Action.CorrectEarlier(WEDNESDAY.atTime(9, 30), MONDAY,
                    Channel.WALK_IN, 9, null, "13800000001", null, null, null, "电话录错")))
                    .isInstanceOfSatisfying(ActionRejectedException.class,
                            e -> assertThat(e.refusal()).isEqualTo(Refusal.NO_SUCH_EARLIER_VISIT));
            assertThatThrownBy(() -> store.submit(new Action.CorrectEarlier(WEDNESDAY.atTime(9, 30),
                    MONDAY.minusDays(30), Channel.WALK_IN, 1, null, "13800000001", null, null, null, "电话录错")))
                    .isInstanceOfSatisfying(ActionRejectedException.class,
                            e -> assertThat(e.refusal()).isEqualTo(Refusal.NO_SUCH_DAY));
            assertThatThrownBy(() -> store.submit(new Action.CorrectEarlier(WEDNESDAY.atTime(9, 30), WEDNESDAY,
                    Channel.WALK_IN, 1, null, "13800000001", null, null, null, "电话录错")))
                    .isInstanceOfSatisfying(ActionRejectedException.class,
                            e -> assertThat(e.refusal()).isEqualTo(Refusal.NOT_AN_EARLIER_DAY));
            assertThat(store.journalSize()).isEqualTo(before);
        }
    }
}
