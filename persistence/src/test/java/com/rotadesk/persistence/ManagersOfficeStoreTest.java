package com.rotadesk.persistence;

import com.rotadesk.model.Action;
import com.rotadesk.model.scenario.Scenario;
import com.rotadesk.model.scenario.ScenarioParser;
import com.rotadesk.model.scenario.ScenarioRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The manager's office through the store: an imported register (one entry, many visitors), corrections and
 * transfers are journaled, verify, survive a restart and rebuild to the same read tables; erasing an imported
 * visitor reaches their row too.
 */
class ManagersOfficeStoreTest {
    @TempDir
    Path folder;
    @RegisterExtension
    final TestOffice target = new TestOffice(() -> folder);

    private static final String OFFICE = """
            title: the manager's office through the store
            roster: 谢铁峰 徐娅 丁伟
            date: 2026-11-23
            07:30 import 13900000001 name=王建国 owner=徐娅 first=2026-10-02 last=2026-11-10 => accepted
            07:30 import 139-0000-0002 name=李秀英 owner=丁伟 last=2026-11-01 => accepted
            07:30 import 13900000003 owner=徐娅 last=2026-11-01 => refused
            09:00 signin 谢铁峰
            09:00 signin 徐娅
            09:00 signin 丁伟
            09:10 visit 王建国 phone=13900000001 => 徐娅 uncounted
            09:12 end 王建国
            09:20 visit 张先生 phone=13800000011 => 谢铁峰 counted
            09:22 correct 张先生 phone=13800000001 name=张建 notes=中介带看 reason=电话录错
            09:22 expect owner 13800000011=none 13800000001=谢铁峰
            09:30 transfer 13900000002 => 谢铁峰 reason=离职交接
            09:30 expect owner 13900000002=谢铁峰
            09:31 transfer-all 徐娅 => pool reason=离职
            09:31 expect owner 13900000001=none
            """;

    private static Scenario scenario() {
        return ScenarioParser.parse("office.scenario", OFFICE);
    }

    private void play() {
        Scenario s = scenario();
        try (OfficeStore store = target.open()) {
            store.submit(new Action.SetRoster(LocalDate.of(2026, 11, 23).atStartOfDay(), s.roster()));
            new ScenarioRunner(store.engine(), store::submit).run(s);
            assertThat(Fingerprint.of(store.engine())).isEqualTo(Fingerprint.of(ScenarioRunner.play(s)));
        }
    }

    @Test
    void theOfficeIsJournaledVerifiesAndComesBackTheSame() {
        play();
        assertThat(target.verify(List.of()).findings()).isEmpty();
        try (OfficeStore store = target.open()) {
            assertThat(Fingerprint.of(store.engine())).isEqualTo(Fingerprint.of(ScenarioRunner.play(scenario())));
            assertThat(store.drift()).isEmpty();
            RebuildReport r = store.rebuild();
            assertThat(r.consistent()).as("rebuilt read tables: %s", r.differences()).isTrue();
            assertThat(r.drift()).isEmpty();
            assertThat(store.engine().standing("13900000002", LocalDate.of(2026, 11, 23).atTime(10, 0)).owner())
                    .isEqualTo("谢铁峰");
        }
    }

    @Test
    void anImportedVisitorsErasureReachesTheirRowAndTheRecordStillVerifies() throws Exception {
        play();
        try (OfficeStore store = target.open()) {
            assertThat(store.erase("13900000002", LocalDate.of(2026, 11, 23).atTime(12, 0))).isPositive();
        }
        assertThat(target.verify(List.of()).findings()).isEmpty();
        try (OfficeStore store = target.open()) {
            assertThat(store.engine().client("13900000002")).isNull();
        }
        if (target.h2()) {
            byte[] raw = Files.readAllBytes(StoreFiles.db(folder));
            assertThat(new String(raw, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("13900000002");
        }
        assertThat(ServerTables.mentioning(target.target(), "13900000002")).as("tables holding the erased phone").isEmpty();
    }
}
