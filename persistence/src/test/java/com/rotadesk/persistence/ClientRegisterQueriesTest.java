package com.rotadesk.persistence;

import com.rotadesk.model.Action;
import com.rotadesk.model.Event;
import com.rotadesk.model.scenario.Scenario;
import com.rotadesk.model.scenario.ScenarioParser;
import com.rotadesk.model.scenario.ScenarioRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The register as the manager's office reads it: searched by a name's start, a consultant, a phone's first digits
 * or last four; the public pool with the day each client became public; the days a client appears in; and a day's
 * entries with the events their replay gives, numbered as the journal numbers them.
 */
class ClientRegisterQueriesTest {
    private static final String OFFICE = """
            title: three days of an office with an old register
            roster: 谢铁峰 徐娅 丁伟
            date: 2026-10-01
            07:30 import 13900000001 name=王建国 owner=徐娅 first=2026-09-02 last=2026-09-10 => accepted
            07:30 import 13900000002 name=王秀英 owner=丁伟 last=2026-09-30 => accepted
            07:30 import 13900000003 name=李娜 owner=丁伟 last=2026-09-30 deal=yes => accepted
            09:00 signin 谢铁峰
            09:00 signin 徐娅
            09:10 visit 张先生 phone=13800000011 => 谢铁峰 counted
            09:12 end 张先生
            date: 2026-10-20
            09:00 signin 谢铁峰
            09:00 signin 丁伟
            09:10 visit 王秀英 phone=13900000002 => 丁伟 uncounted
            09:12 end 王秀英
            09:30 followup 13800000011
            10:00 transfer 13900000001 => pool reason=无效客户
            date: 2026-11-15
            09:00 signin 谢铁峰
            09:10 visit 张太太 phone=13800000011 family=yes => 谢铁峰 uncounted
            09:12 end 张太太
            """;
    private static final LocalDateTime NOW = LocalDate.of(2026, 11, 23).atTime(12, 0);

    @TempDir
    Path folder;
    private OfficeStore store;

    @BeforeEach
    void play() {
        Scenario s = ScenarioParser.parse("office.scenario", OFFICE);
        store = OfficeStore.open(folder);
        store.submit(new Action.SetRoster(LocalDate.of(2026, 10, 1).atStartOfDay(), s.roster()));
        new ScenarioRunner(store.engine(), store::submit).run(s);
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        store.close();
    }

    private List<String> phones(List<ClientRow> rows) {
        return rows.stream().map(r -> r.client().phone()).toList();
    }

    @Test
    void theRegisterIsFoundByNameConsultantAndPhoneAsTyped() {
        assertThat(phones(store.clients("王", NOW, 50))).containsExactly("13900000001", "13900000002");
        assertThat(phones(store.clients("王秀", NOW, 50))).containsExactly("13900000002");
        assertThat(phones(store.clients("丁伟", NOW, 50))).containsExactlyInAnyOrder("13900000002", "13900000003");
        assertThat(phones(store.clients("139 0000", NOW, 50))).hasSize(3);
        assertThat(phones(store.clients("0011", NOW, 50))).containsExactly("13800000011");
        assertThat(phones(store.clients("", NOW, 2))).as("the latest contacts first").hasSize(2)
                .first().isEqualTo("13800000011");
        assertThat(store.clients("赵", NOW, 50)).isEmpty();

        ClientRow zhang = store.clients("13800000011", NOW, 5).getFirst();
        assertThat(zhang.visits()).as("walk-in visits under any name of the household").isEqualTo(2);
        assertThat(zhang.lastVisit()).isEqualTo(LocalDate.of(2026, 11, 15).atTime(9, 10));
        assertThat(zhang.standing().owner()).isEqualTo("谢铁峰");
        assertThat(zhang.client().household()).containsExactly("张太太");
        ClientRow deal = store.clients("李娜", NOW, 5).getFirst();
        assertThat(deal.standing().deal()).isTrue();
        assertThat(deal.visits()).isZero();
    }

    @Test
    void consultantsOfOneSurnameShowTheirClientsTogetherNewestContactFirst(@TempDir Path other) {
        Scenario s = ScenarioParser.parse("surname.scenario", """
                title: two consultants of one surname
                roster: 王伟 王芳 李娜
                date: 2026-10-01
                07:30 import 13900000011 name=赵一 owner=王伟 last=2026-09-10 => accepted
                07:30 import 13900000012 name=赵二 owner=王芳 last=2026-09-20 => accepted
                07:30 import 13900000013 name=赵三 owner=王伟 last=2026-09-30 => accepted
                07:30 import 13900000014 name=赵四 owner=李娜 last=2026-09-25 => accepted
                """);
        try (OfficeStore office = OfficeStore.open(other)) {
            office.submit(new Action.SetRoster(LocalDate.of(2026, 10, 1).atStartOfDay(), s.roster()));
            new ScenarioRunner(office.engine(), office::submit).run(s);
            assertThat(phones(office.clients("王", NOW, 50))).containsExactly("13900000013", "13900000012",
                    "13900000011");
            assertThat(phones(office.clients("王", NOW, 2))).containsExactly("13900000013", "13900000012");
            assertThat(phones(office.clients("王芳", NOW, 50))).containsExactly("13900000012");
            assertThat(phones(office.clients("赵", NOW, 2))).as("names in their order")
                    .containsExactly("13900000011", "13900000013");
        }
    }

    @Test
    void thePoolHoldsTheLapsedAndThePooledWithTheDayEachBecamePublic() {
        List<ClientRow> pool = store.pool("", NOW, 50);
        // 王秀英 visited 10-20: public 30 days later; 王建国 pooled by the manager on 10-20 at 10:00
        assertThat(phones(pool)).containsExactly("13900000002", "13900000001");
        assertThat(pool.get(0).standing().publicSince()).isEqualTo(LocalDate.of(2026, 11, 19).atTime(9, 10));
        assertThat(pool.get(1).standing().publicSince()).isEqualTo(LocalDate.of(2026, 10, 20).atTime(10, 0));
        assertThat(phones(store.pool("王秀", NOW, 50))).containsExactly("13900000002");
        // the deal never lapses (R19) and 张先生's household came back on 11-15
        assertThat(phones(pool)).doesNotContain("13900000003", "13800000011");
    }

    @Test
    void aClientsDaysAreEveryDayItAppearsIn() {
        assertThat(store.clientDays("13800000011")).containsExactly(LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 20), LocalDate.of(2026, 11, 15));
        assertThat(store.clientDays("13900000001")).containsExactly(LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 20));
        assertThat(store.clientDays("13900000003")).containsExactly(LocalDate.of(2026, 10, 1));
        assertThat(store.clientDays("13700000000")).isEmpty();
    }

    @Test
    void aDaysEntriesComeWithTheirNumbersAndEventsAsTheReplayGivesThem() {
        List<DayEntry> day = store.entriesOf(LocalDate.of(2026, 10, 20));
        assertThat(day).extracting(e -> e.action().getClass().getSimpleName()).containsExactly("SignIn", "SignIn",
                "CheckIn", "EndVisit", "FollowUp", "Transfer");
        List<Long> seqs = day.stream().map(DayEntry::seq).toList();
        List<Long> expected = new ArrayList<>();
        for (long s = seqs.getFirst(); s < seqs.getFirst() + 6; s++) {
            expected.add(s);
        }
        assertThat(seqs).isEqualTo(expected);
        assertThat(day.getLast().events()).first().isInstanceOfSatisfying(Event.Transferred.class,
                t -> assertThat(t.to()).isNull());
        assertThat(day.getLast().events()).last().isInstanceOf(Event.Adjusted.class);
        assertThat(day.getLast().protectionDays()).isEqualTo(30);
        assertThat(store.anchorAt(LocalDate.of(2026, 10, 20)).seq()).isEqualTo(seqs.getLast());
    }
}
