package com.rotadesk.app.clients;

import com.rotadesk.model.Action;
import com.rotadesk.model.AssignmentReason;
import com.rotadesk.model.Channel;
import com.rotadesk.model.Event;
import com.rotadesk.model.OfficeProfile;
import com.rotadesk.model.Registration;
import com.rotadesk.model.Visit;
import com.rotadesk.model.VisitSource;
import com.rotadesk.model.VisitType;
import com.rotadesk.persistence.ClientRow;
import com.rotadesk.persistence.OfficeStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The manager's office as the manager uses it (R17, R26, R27, R29): a dispute between two registers' rows settled by
 * the earlier registration, a lapsed client handed out from the pool, and a departing consultant's clients dealt to
 * two others in turn, each then proposed to their new owner at the check-in.
 */
class ManagersOfficeTest {
    static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    static final List<String> OFFICE = List.of("谢铁峰", "徐娅", "丁伟", "李鑫");

    @TempDir
    Path folder;
    @TempDir
    Path files;

    private static void office(OfficeStore store) {
        store.submit(new Action.ConfigureOffice(DAY.atTime(7, 0), new OfficeProfile("测试售楼处",
                List.of(new OfficeProfile.Group("销售一组", OFFICE)))));
        store.submit(new Action.StartDay(DAY));
        for (String c : OFFICE) {
            store.submit(new Action.SignIn(DAY.atTime(8, 0), c, null));
        }
    }

    private static Visit checkIn(OfficeStore store, LocalDateTime at, String name, String phone) {
        return store.engine().trial(new Action.CheckIn(at, Channel.WALK_IN, "t-" + phone + at,
                new Registration(name, phone, 1, VisitSource.WALK_IN), null, null, null, null, List.of()));
    }

    private ImportPreview preview(ClientOffice office, String csv, LocalDateTime at) throws Exception {
        Path file = files.resolve("register.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        RegisterTable table = new RegisterReader().read(file);
        return office.preview(table, ColumnMapping.recognise(table), Action.UnknownOwner.POOL, at);
    }

    @Test
    void twoRegistersNameTwoOwnersForOnePhoneAndTheEarlierRegistrationWins() throws Exception {
        try (OfficeStore store = OfficeStore.open(folder)) {
            office(store);
            ClientOffice office = new ClientOffice(store);
            // the later registration comes first in the file: order does not decide, the date does (R17)
            ImportPreview p = preview(office, """
                    姓名,手机,归属,登记日期,最后跟进
                    王建国,139 0000 0001,徐娅,2026/10/20,2026/11/10
                    王建国,139-0000-0001,丁伟,2026年10月2日,2026年11月1日
                    王建国,13900000001,李鑫,2026-10-25,2026-11-12
                    """, DAY.atTime(8, 30));
            assertThat(p.lines()).extracting(ImportPreview.Line::fate).containsExactly(ImportPreview.Fate.ACCEPTED,
                    ImportPreview.Fate.WINS, ImportPreview.Fate.CONFLICT);
            assertThat(p.lines().get(0).replacedBy()).isEqualTo("3");
            assertThat(p.lines().get(1).other()).isEqualTo("2");
            assertThat(p.lines().get(2).otherOwner()).isEqualTo("丁伟");
            ClientWords zh = new ClientWords(java.util.Locale.SIMPLIFIED_CHINESE);
            assertThat(zh.fate(p.lines().get(2))).isEqualTo("撞单：第 3 行（丁伟）先登记，不予采用");
            office.importRegister(p, DAY.atTime(8, 31));

            Visit v = checkIn(store, DAY.atTime(9, 0), "王建国", "13900000001");
            assertThat(v.type()).isEqualTo(VisitType.RETURNING);
            assertThat(v.consultant()).isEqualTo("丁伟");
            assertThat(v.reason()).isEqualTo(new AssignmentReason.Owner("丁伟",
                    LocalDate.of(2026, 12, 1).atStartOfDay(), false));
        }
    }

    @Test
    void aLapsedClientInThePoolIsHandedOutAndGoesToItsNewOwner() throws Exception {
        try (OfficeStore store = OfficeStore.open(folder)) {
            office(store);
            ClientOffice office = new ClientOffice(store);
            office.importRegister(preview(office, """
                    客户姓名,联系电话,置业顾问,首次来访,最近来访
                    陈先生,13900000002,徐娅,2026-08-01,2026-10-01
                    """, DAY.atTime(8, 30)), DAY.atTime(8, 30));
            LocalDateTime now = DAY.atTime(9, 0);
            // 30 days after the last contact on 10-01 it lapsed: public since 10-31 (R18, R27)
            List<ClientRow> pool = office.pool("", now, 100);
            assertThat(pool).singleElement().satisfies(r -> {
                assertThat(r.client().phone()).isEqualTo("13900000002");
                assertThat(r.standing().publicSince()).isEqualTo(LocalDate.of(2026, 10, 31).atStartOfDay());
            });
            assertThat(checkIn(store, now, "陈先生", "13900000002").type()).as("a public client is new (R18)")
                    .isEqualTo(VisitType.NEW);

            List<Event> events = office.transfer(new Action.Transfer(now, "13900000002", "李鑫", false, "公客分配"));
            assertThat(events).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(Event.Transferred.class,
                    t -> assertThat(t.to()).isEqualTo("李鑫")));
            assertThat(office.pool("", now, 100)).isEmpty();
            Visit v = checkIn(store, DAY.atTime(10, 0), "陈先生", "13900000002");
            assertThat(v.type()).isEqualTo(VisitType.RETURNING);
            assertThat(v.consultant()).isEqualTo("李鑫");
            // the hand-out counts as a contact: protected 30 days from it (R26)
            assertThat(store.engine().standing("13900000002", now).protectedUntil()).isEqualTo(now.plusDays(30));
        }
    }

    @Test
    void aDepartingConsultantsClientsAreDealtInTurnAndProposedToTheirNewOwnersAtCheckIn() {
        try (OfficeStore store = OfficeStore.open(folder)) {
            office(store);
            // 徐娅 receives three new visitors; the rotation gives her every fourth
            String[] names = {"甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸", "子", "丑"};
            for (int i = 0; i < names.length; i++) {
                LocalDateTime at = DAY.atTime(9, 0).plusMinutes(i * 2L);
                store.submit(new Action.CheckIn(at, Channel.WALK_IN, "v" + i, new Registration(names[i],
                        "1380000" + String.format("%04d", i), 1, VisitSource.WALK_IN), null, null, null, null,
                        List.of()));
                store.submit(new Action.EndVisit(at.plusMinutes(1), "v" + i));
            }
            List<String> hers = store.engine().visits().stream().filter(v -> "徐娅".equals(v.consultant()))
                    .map(v -> v.registration().phone()).toList();
            assertThat(hers).hasSize(3);
            // v1 was her first: a deal
            store.submit(new Action.MarkDeal(DAY.atTime(9, 40), "v1"));
            ClientOffice office = new ClientOffice(store);
            LocalDateTime leaves = DAY.atTime(11, 0);
            List<Event> events = office.transfer(new Action.TransferAll(leaves, "徐娅", List.of("丁伟", "李鑫"), "离职"));
            List<Event.Transferred> moved = events.stream().filter(Event.Transferred.class::isInstance)
                    .map(Event.Transferred.class::cast).toList();
            // her deal client stays with her (R19); the others, oldest first, to 丁伟 and 李鑫 in turn (R26)
            assertThat(moved).hasSize(2);
            assertThat(moved).extracting(Event.Transferred::to).containsExactly("丁伟", "李鑫");
            assertThat(store.engine().standing(hers.getFirst(), leaves).owner()).isEqualTo("徐娅");
            for (Event.Transferred t : moved) {
                Visit v = checkIn(store, DAY.atTime(11, 30), store.engine().client(t.phone()).name(), t.phone());
                assertThat(v.type()).isEqualTo(VisitType.RETURNING);
                assertThat(v.consultant()).as("proposed to the new owner").isEqualTo(t.to());
            }
        }
    }
}
