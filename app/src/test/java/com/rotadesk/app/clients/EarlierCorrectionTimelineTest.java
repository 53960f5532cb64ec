package com.rotadesk.app.clients;

import com.rotadesk.app.clients.ClientTimeline.Kind;
import com.rotadesk.model.Action;
import com.rotadesk.model.Channel;
import com.rotadesk.model.engine.MistypedMonday;
import com.rotadesk.model.scenario.ScenarioRunner;
import com.rotadesk.persistence.OfficeStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R28 and R30: a visit whose phone was mistyped on Monday and corrected on Wednesday is, in the right phone's
 * timeline, that client's Monday visit (received by 甲一, who thereby owns the client), and in the mistyped phone's
 * timeline a visit corrected away.
 */
class EarlierCorrectionTimelineTest {
    private static final LocalDate MONDAY = MistypedMonday.MONDAY;
    private static final LocalDate TUESDAY = MistypedMonday.TUESDAY;
    private static final LocalDateTime NOW = MistypedMonday.WEDNESDAY.atTime(10, 0);
    private static final String RIGHT = MistypedMonday.RIGHT;
    private static final String MISTYPED = MistypedMonday.MISTYPED;

    @TempDir
    Path folder;

    private static void threeDaysAndTheCorrection(OfficeStore store) {
        new ScenarioRunner(store.engine(), store::submit).run(MistypedMonday.days());
        store.submit(MistypedMonday.correction("王建国", RIGHT));
    }

    @Test
    void theRightPhonesTimelineShowsMondaysVisitAsTheClientsOwn() {
        try (OfficeStore store = OfficeStore.open(folder)) {
            threeDaysAndTheCorrection(store);

            ClientTimeline t = new ClientOffice(store).timeline(RIGHT, NOW);

            assertThat(t.lines()).extracting(ClientTimeline.Line::kind).startsWith(Kind.VISIT, Kind.VISIT)
                    .contains(Kind.CORRECTION);
            ClientTimeline.Line monday = t.lines().getFirst();
            assertThat(monday.at().toLocalDate()).isEqualTo(MONDAY);
            assertThat(monday.consultant()).as("甲一 received him").isEqualTo("甲一");
            assertThat(monday.detail()).isInstanceOfSatisfying(ClientTimeline.VisitDetail.class, v -> {
                assertThat(v.name()).as("the name as corrected").isEqualTo("王建国");
                assertThat(v.visit()).isEqualTo(new com.rotadesk.model.Event.VisitKey(Channel.WALK_IN, 1));
            });
            ClientWords zh = new ClientWords(Locale.SIMPLIFIED_CHINESE);
            assertThat(zh.rules(monday)).contains("R28 登记时为另一电话，11-25 更正为本电话");
            assertThat(t.lines().get(1).at().toLocalDate()).isEqualTo(TUESDAY);
            assertThat(t.lines()).filteredOn(l -> l.at().toLocalDate().equals(MONDAY))
                    .as("the mistyped phone's ownership that day is not this client's").hasSize(1);
            assertThat(t.standing().owner()).isEqualTo("甲一");
            assertThat(new ClientWords(Locale.ENGLISH).rules(monday))
                    .contains("registered with another phone, corrected to this one on 11-25");
        }
    }

    @Test
    void theMistypedPhonesTimelineSaysTheVisitWasCorrectedAway() {
        try (OfficeStore store = OfficeStore.open(folder)) {
            threeDaysAndTheCorrection(store);

            ClientTimeline t = new ClientOffice(store).timeline(MISTYPED, NOW);

            ClientTimeline.Line monday = t.lines().getFirst();
            assertThat(monday.kind()).isEqualTo(Kind.VISIT);
            assertThat(new ClientWords(Locale.SIMPLIFIED_CHINESE).rules(monday))
                    .contains("R28 登记时为本电话，11-25 更正为另一电话");
        }
    }

    @Test
    void anUndoneCorrectionLeavesTheMondayVisitWithTheMistypedPhone() {
        try (OfficeStore store = OfficeStore.open(folder)) {
            threeDaysAndTheCorrection(store);
            store.submit(new Action.Undo(MistypedMonday.WEDNESDAY.atTime(9, 31)));

            List<ClientTimeline.Line> right = new ClientOffice(store).timeline(RIGHT, NOW).lines();
            assertThat(right).noneMatch(l -> l.at().toLocalDate().equals(MONDAY));
            ClientTimeline.Line monday = new ClientOffice(store).timeline(MISTYPED, NOW).lines().getFirst();
            assertThat(monday.rules()).noneMatch(r -> r.id().equals("R28"));
        }
    }
}
