package com.rotadesk.persistence;

import com.rotadesk.model.Action;
import com.rotadesk.model.ActionRejectedException;
import com.rotadesk.model.Channel;
import com.rotadesk.model.PassReason;
import com.rotadesk.model.Policy;
import com.rotadesk.model.Registration;
import com.rotadesk.model.Rejection;
import com.rotadesk.model.VisitSource;
import com.rotadesk.model.engine.OfficeEngine;
import com.rotadesk.model.scenario.Scenario;
import com.rotadesk.model.scenario.ScenarioParser;
import com.rotadesk.model.scenario.ScenarioRunner;
import com.rotadesk.model.sim.DayGenerator;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static com.rotadesk.persistence.jooq.Tables.DAY_CLIENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The store on real H2 files in a temporary folder, or on a real PostgreSQL server (StoreTarget): no mocks. */
class OfficeStoreTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path folder;
    @RegisterExtension
    final TestOffice target = new TestOffice(() -> folder);

    private static List<Action> twoGeneratedDays(long seed) {
        DayGenerator generator = new DayGenerator(seed, DayGenerator.Settings.typical());
        OfficeEngine engine = new OfficeEngine(Policy.defaults());
        List<Action> journal = new ArrayList<>();
        journal.add(new Action.SetRoster(DAY.atStartOfDay(), generator.consultants()));
        engine.apply(journal.getFirst());
        journal.addAll(generator.day(engine, DAY));
        journal.addAll(generator.day(engine, DAY.plusDays(1)));
        return journal;
    }

    @Test
    void aNewFolderGetsAMigratedEmptyDatabase() {
        try (OfficeStore store = target.open()) {
            assertThat(store.isEmpty()).isTrue();
            assertThat(store.verify().intact()).isTrue();
        }
        if (target.h2()) {
            assertThat(folder.resolve("rotadesk.mv.db")).exists();
        }
    }

    @Test
    void afterARestartTheStateEqualsTheStateBefore() {
        List<Action> journal = twoGeneratedDays(7);
        String before;
        try (OfficeStore store = target.open()) {
            journal.forEach(store::submit);
            before = Fingerprint.of(store.engine());
        }
        try (OfficeStore store = target.open()) {
            assertThat(Fingerprint.of(store.engine())).isEqualTo(before);
            assertThat(store.journalSize()).isEqualTo(journal.size());
        }
    }

    @Test
    void theJournalsReplayEqualsTheModelsOwnReplay() {
        List<Action> journal = twoGeneratedDays(11);
        try (OfficeStore store = target.open()) {
            journal.forEach(store::submit);
        }
        OfficeEngine model = OfficeEngine.replay(Policy.defaults(), journal);
        try (OfficeStore store = target.open()) {
            assertThat(Fingerprint.of(store.engine())).isEqualTo(Fingerprint.of(model));
        }
        // the client read table says what the model says, deals included
        List<String> expected = model.clients().stream()
                .map(c -> c.phone() + "|" + c.owner() + "|" + c.deal() + "|" + c.lastContact()).sorted().toList();
        List<String> actual = new ArrayList<>();
        try (Connection c = target.jdbc();
                Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT phone, owner, deal, last_contact FROM client")) {
            while (rs.next()) {
                actual.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getBoolean(3) + "|"
                        + rs.getTimestamp(4).toLocalDateTime());
            }
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
        assertThat(actual.stream().sorted().toList()).isEqualTo(expected);
    }

    @Test
    void aScenarioPlayedThroughTheStoreEndsAsThePlainEngineDoes() throws IOException {
        String text = """
                title: store scenario
                policy: makeUpCap=2
                08:30 signin 谢铁峰
                08:31 signin 徐娅
                09:00 visit 王先生 phone=13800000001 => 谢铁峰 counted
                09:05 visit 李女士 phone=13800000002 skip=徐娅:absent => waiting
                09:20 end 王先生
                09:20 assign 李女士 => 谢铁峰 counted
                09:30 undo
                09:31 expect next 谢铁峰
                """;
        Scenario scenario = ScenarioParser.parse("store.scenario", text);
        try (OfficeStore store = target.open()) {
            store.submit(new Action.ChangePolicy(DAY.atStartOfDay(), ScenarioRunner.policyOf(scenario)));
            new ScenarioRunner(store.engine(), store::submit).run(scenario);
            assertThat(Fingerprint.of(store.engine())).isEqualTo(Fingerprint.of(ScenarioRunner.play(scenario)));
        }
    }

    @Test
    void aWaitingVisitorsRejectionsSurviveARestart() {
        LocalDateTime nine = DAY.atTime(9, 0);
        try (OfficeStore store = target.open()) {
            store.submit(new Action.StartDay(DAY));
            store.submit(new Action.SignIn(nine, "谢铁峰", null));
            store.submit(new Action.SignIn(nine, "徐娅", null));
            for (String who : List.of("王先生", "李女士", "赵先生")) {
                store.submit(new Action.CheckIn(nine, Channel.WALK_IN, who,
                        new Registration(who, null, 1, VisitSource.WALK_IN), null, null, null, null, List.of()));
            }
            store.submit(new Action.EndVisit(nine.plusMinutes(20), "王先生"));
            store.submit(new Action.EndVisit(nine.plusMinutes(21), "李女士"));
            store.submit(new Action.Assign(nine.plusMinutes(22), "赵先生",
                    List.of(new Rejection("谢铁峰", PassReason.ABSENT))));
            assertThat(store.engine().visit("赵先生").consultant()).isEqualTo("徐娅");
        }
        try (OfficeStore store = target.open()) {
            assertThat(store.engine().visit("赵先生").consultant()).isEqualTo("徐娅");
            assertThat(store.engine().violations("谢铁峰")).isEqualTo(1);
            assertThat(store.rebuild().consistent()).isTrue();
        }
    }

    @Test
    void aTimeFinerThanTheDatabaseKeepsStillVerifies() {
        try (OfficeStore store = target.open()) {
            store.submit(new Action.StartDay(DAY));
            store.submit(new Action.SignIn(DAY.atTime(8, 30, 5, 123_456_789), "谢铁峰", null));
            store.setRetentionMonths(24, DAY.atTime(8, 31, 0, 987_654_321));

            assertThat(store.verify().intact()).isTrue();
        }
    }

    @Test
    void aRefusedActionLeavesNothingBehind() {
        try (OfficeStore store = target.open()) {
            store.submit(new Action.StartDay(DAY));
            store.submit(new Action.SignIn(DAY.atTime(8, 30), "谢铁峰", null));
            long size = store.journalSize();
            String before = Fingerprint.of(store.engine());

            assertThatThrownBy(() -> store.submit(new Action.SignIn(DAY.atTime(8, 31), "谢铁峰", null)))
                    .isInstanceOf(ActionRejectedException.class).hasMessageContaining("already signed in");

            assertThat(store.journalSize()).isEqualTo(size);
            assertThat(Fingerprint.of(store.engine())).isEqualTo(before);
            assertThat(store.verify().intact()).isTrue();
        }
    }

    @Test
    void aSecondInstanceOnTheSameFolderGetsAClearMessage() {
        assumeTrue(target.h2(), "a data folder's own: files, backups, one desk per folder");
        try (OfficeStore first = target.open()) {
            assertThatThrownBy(() -> target.open())
                    .isInstanceOf(StoreException.class)
                    .satisfies(e -> assertThat(((StoreException) e).problem()).isEqualTo(StoreException.Problem.LOCKED))
                    .hasMessageContaining("already running");
        }
        try (OfficeStore again = target.open()) {
            assertThat(again.isEmpty()).isTrue();
        }
    }

    @Test
    void verifyNamesTheFirstEditedJournalEntry() throws Exception {
        List<Action> journal = twoGeneratedDays(3);
        try (OfficeStore store = target.open()) {
            journal.forEach(store::submit);
            assertThat(store.verify().intact()).isTrue();
        }
        long edited;
        try (Connection c = target.jdbc();
                Statement s = c.createStatement()) {
            // a party size changed after the fact: the day still replays, only the chain can tell
            var rs = s.executeQuery("SELECT MIN(seq) FROM journal WHERE kind = 'check-in' AND payload LIKE '%party=1%'");
            rs.next();
            edited = rs.getLong(1);
            s.executeUpdate("UPDATE journal SET payload = REPLACE(payload, 'party=1', 'party=4') WHERE seq = " + edited);
        }
        try (OfficeStore store = target.open()) {
            VerifyReport report = store.verify();

            assertThat(report.intact()).isFalse();
            assertThat(report.firstBroken()).isEqualTo(edited);
            assertThat(report.reason()).contains("changed");
        }
    }

    @Test
    void rebuildReportsAndRepairsADamagedReadTable() throws Exception {
        List<Action> journal = twoGeneratedDays(5);
        try (OfficeStore store = target.open()) {
            journal.forEach(store::submit);
            assertThat(store.rebuild().consistent()).as("read tables kept in step with the journal").isTrue();
        }
        try (Connection c = target.jdbc();
                Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM visit WHERE visit_no = 3");
            s.executeUpdate("UPDATE client SET owner = 'nobody' WHERE phone = (SELECT MIN(phone) FROM client)");
        }
        try (OfficeStore store = target.open()) {
            RebuildReport report = store.rebuild();
            assertThat(report.consistent()).isFalse();
            assertThat(report.differences().get("visit")).isPositive();
            assertThat(report.differences().get("client")).isPositive();
            assertThat(store.rebuild().consistent()).isTrue();
        }
    }

    @Test
    void aBackupRestoresTheDayItWasTakenOn() throws IOException {
        assumeTrue(target.h2(), "a data folder's own: files, backups, one desk per folder");
        List<Action> journal = twoGeneratedDays(9);
        Path backup;
        String atBackup;
        try (OfficeStore store = target.open()) {
            journal.subList(0, journal.size() / 2).forEach(store::submit);
            backup = store.backup();
            atBackup = Fingerprint.of(store.engine());
            journal.subList(journal.size() / 2, journal.size()).forEach(store::submit);
        }
        assertThat(backup).exists().hasExtension("zip");

        VerifyReport report = Backups.restore(folder, backup);

        assertThat(report.intact()).isTrue();
        try (OfficeStore store = target.open()) {
            assertThat(Fingerprint.of(store.engine())).isEqualTo(atBackup);
        }
        assertThat(Backups.list(folder)).as("the database the restore replaced is kept as a backup")
                .anyMatch(p -> p.getFileName().toString().contains("-s" + journal.size() + "-"));
    }

    @Test
    void aDamagedBackupIsRefusedAndNothingIsReplaced() throws IOException {
        assumeTrue(target.h2(), "a data folder's own: files, backups, one desk per folder");
        try (OfficeStore store = target.open()) {
            twoGeneratedDays(2).forEach(store::submit);
        }
        Path bad = folder.resolve("not-a-backup.zip");
        Files.writeString(bad, "this is not a zip");
        long before = Files.size(folder.resolve("rotadesk.mv.db"));

        assertThatThrownBy(() -> Backups.restore(folder, bad)).isInstanceOf(StoreException.class)
                .satisfies(e -> assertThat(((StoreException) e).problem()).isEqualTo(StoreException.Problem.BAD_BACKUP));

        assertThat(Files.size(folder.resolve("rotadesk.mv.db"))).isEqualTo(before);
    }

    @Test
    void backupsKeepTheNewestFourteen() {
        assumeTrue(target.h2(), "a data folder's own: files, backups, one desk per folder");
        try (OfficeStore store = target.open()) {
            twoGeneratedDays(4).subList(0, 20).forEach(store::submit);
            for (int i = 0; i < 16; i++) {
                store.backup();
            }
        }
        assertThat(Backups.list(folder)).hasSize(Backups.KEEP);
    }

    @Test
    void closingBacksUpOnlyWhenSomethingWasConfirmedSinceTheNewestBackup() {
        assumeTrue(target.h2(), "a data folder's own: files, backups, one desk per folder");
        try (OfficeStore store = target.open()) {
            twoGeneratedDays(6).subList(0, 10).forEach(store::submit);
        }
        assertThat(Backups.list(folder)).hasSize(1);
        try (OfficeStore store = target.open()) {
            assertThat(store.backupIfDue()).isEmpty();
        }
        assertThat(Backups.list(folder)).as("nothing new: no second backup at exit").hasSize(1);
    }

    @Test
    void aCorruptDatabaseFileGetsAClearMessage() throws IOException {
        assumeTrue(target.h2(), "a data folder's own: files, backups, one desk per folder");
        Files.writeString(folder.resolve("rotadesk.mv.db"), "H:2,block:2,blockSize:1000,chunk:... not really".repeat(200));

        assertThatThrownBy(() -> target.open()).isInstanceOf(StoreException.class)
                .satisfies(e -> assertThat(((StoreException) e).problem()).isEqualTo(StoreException.Problem.CORRUPT))
                .hasMessageContaining("damaged");
        assertThat(folder.resolve("rotadesk.mv.db")).exists();
    }

    @Test
    void erasingAVisitorKeepsTheChainAndTheRotation() {
        try (OfficeStore store = target.open()) {
            store.submit(new Action.StartDay(DAY));
            store.submit(new Action.SignIn(DAY.atTime(8, 30), "谢铁峰", null));
            store.submit(new Action.SignIn(DAY.atTime(8, 31), "徐娅", null));
            store.submit(checkIn(DAY.atTime(9, 0), "v1", "王建国", "13800000001"));
            store.submit(new Action.EndVisit(DAY.atTime(9, 20), "v1"));
            store.submit(checkIn(DAY.atTime(9, 30), "v2", "王建国", "13800000001"));
            assertThat(store.engine().visit("v2").consultant()).isEqualTo("谢铁峰");

            int rows = store.erase("13800000001", DAY.atTime(10, 0));

            assertThat(rows).isEqualTo(1);
            assertThat(store.verify().findings()).isEmpty();
            assertThat(store.engine().visit("v2").registration().name()).startsWith("@");
            assertThat(store.engine().visit("v2").consultant()).isEqualTo("谢铁峰");
            assertThat(store.engine().turns("谢铁峰", null, Channel.WALK_IN)).isEqualTo(1);
            assertThat(store.lookup("13800000001", DAY.atTime(10, 1), 5)).isEmpty();
            assertThat(store.rebuild().consistent()).isTrue();
        }
    }

    @Test
    void retentionErasesClientsWithoutADealAfterTheSetMonths() {
        try (OfficeStore store = target.open()) {
            store.submit(new Action.StartDay(DAY));
            store.submit(new Action.SignIn(DAY.atTime(8, 30), "谢铁峰", null));
            store.submit(new Action.SignIn(DAY.atTime(8, 31), "徐娅", null));
            store.submit(checkIn(DAY.atTime(9, 0), "v1", "王建国", "13800000001"));
            store.submit(checkIn(DAY.atTime(9, 5), "v2", "李丽", "13900000002"));
            store.submit(new Action.MarkDeal(DAY.atTime(9, 30), "v2"));
            assertThat(store.applyRetention(DAY.atTime(10, 0).plusMonths(13))).as("off by default").isZero();

            store.setRetentionMonths(12, DAY.atTime(10, 0));

            assertThat(store.retentionMonths()).isEqualTo(12);
            assertThat(store.applyRetention(DAY.plusMonths(11).atTime(10, 0))).as("not yet").isZero();
            assertThat(store.applyRetention(DAY.plusMonths(13).atTime(10, 0))).isEqualTo(1);
            assertThat(store.lookup("13800000001", DAY.atTime(10, 1), 5)).isEmpty();
            assertThat(store.lookup("13900000002", DAY.atTime(10, 1), 5)).as("a deal is kept").hasSize(1);
            assertThat(store.verify().intact()).isTrue();
        }
    }

    @Test
    void typingTheLastFourDigitsFindsTheClientWithItsOwner() {
        try (OfficeStore store = target.open()) {
            store.submit(new Action.StartDay(DAY));
            store.submit(new Action.SignIn(DAY.atTime(8, 30), "谢铁峰", null));
            store.submit(checkIn(DAY.atTime(9, 0), "v1", "王建国", "13800005678"));
            store.submit(checkIn(DAY.atTime(9, 5), "v2", "李丽", "13900001111"));

            List<PhoneMatch> byTail = store.lookup("5678", DAY.atTime(10, 0), 5);
            List<PhoneMatch> byPrefix = store.lookup("139", DAY.atTime(10, 0), 5);

            assertThat(byTail).singleElement().satisfies(m -> {
                assertThat(m.name()).isEqualTo("王建国");
                assertThat(m.owner()).isEqualTo("谢铁峰");
                assertThat(m.protectedUntil()).isEqualTo(DAY.atTime(9, 0).plusDays(30));
                assertThat(m.lastVisit()).isEqualTo(DAY.atTime(9, 0));
            });
            assertThat(byPrefix).extracting(PhoneMatch::phone).containsExactly("13900001111");
        }
    }

    @Test
    void aPastDaysEngineShowsThatDayAsItEnded() {
        List<Action> journal = twoGeneratedDays(13);
        OfficeEngine firstDayOnly = new OfficeEngine(Policy.defaults());
        for (Action a : journal) {
            if (a instanceof Action.StartDay s && s.date().isAfter(DAY)) {
                break;
            }
            firstDayOnly.apply(a);
        }
        try (OfficeStore store = target.open()) {
            journal.forEach(store::submit);
            assertThat(Fingerprint.of(store.engineAt(DAY))).isEqualTo(Fingerprint.of(firstDayOnly));
        }
    }

    @Test
    void eachDayRecordsItsClientsAsTheyStoodAtItsOpening() throws Exception {
        try (OfficeStore store = target.open()) {
            twoGeneratedDays(17).forEach(store::submit);
        }
        try (Connection c = target.jdbc()) {
            DSLContext db = target.dsl(c);
            var rows = db.selectFrom(DAY_CLIENT).fetch();
            assertThat(rows).as("a returning client among them").anyMatch(r -> !r.getRemoved());
            for (var r : rows) {
                assertThat(new ClientVersions(db, r.getDaySeq()).preloadDay().find(r.getPhone()))
                        .as(r.getPhone()).isEqualTo(new ClientVersions(db, r.getDaySeq()).find(r.getPhone()));
            }
        }
    }

    @Test
    void aDayWithoutRecordedClientsReplaysTheSame() throws Exception {
        String today;
        String firstDay;
        try (OfficeStore store = target.open()) {
            twoGeneratedDays(19).forEach(store::submit);
            today = Fingerprint.of(store.engine());
            firstDay = Fingerprint.of(store.engineAt(DAY));
        }
        try (Connection c = target.jdbc();
                Statement s = c.createStatement()) {
            // as a database written before V4 has them: the versions answer instead
            assertThat(s.executeUpdate("DELETE FROM day_client")).isPositive();
        }
        try (OfficeStore store = target.open()) {
            assertThat(Fingerprint.of(store.engine())).isEqualTo(today);
            assertThat(Fingerprint.of(store.engineAt(DAY))).isEqualTo(firstDay);
        }
    }

    static Action.CheckIn checkIn(LocalDateTime at, String ref, String name, String phone) {
        return new Action.CheckIn(at, Channel.WALK_IN, ref, new Registration(name, phone, 1, VisitSource.WALK_IN),
                null, null, null, null, List.of());
    }
}
