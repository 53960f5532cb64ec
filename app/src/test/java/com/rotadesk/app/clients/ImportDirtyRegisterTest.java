package com.rotadesk.app.clients;

import com.rotadesk.app.clients.DirtyRegister.Expect;
import com.rotadesk.model.Action;
import com.rotadesk.model.AssignmentReason;
import com.rotadesk.model.Channel;
import com.rotadesk.model.ClientStanding;
import com.rotadesk.model.Event;
import com.rotadesk.model.OfficeProfile;
import com.rotadesk.model.Registration;
import com.rotadesk.model.Visit;
import com.rotadesk.model.VisitSource;
import com.rotadesk.model.VisitType;
import com.rotadesk.persistence.OfficeStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R29 on a realistic old register of 4,000 rows with dirty data, read as UTF-8 (with and without a byte-order
 * mark), GB18030 and .xlsx: every row's fate in the preview is the one the row was written for, each refusal reason
 * is counted, the import does exactly what the preview said, and the check-in then proposes the imported owners as
 * if their clients' visits had happened here.
 */
class ImportDirtyRegisterTest {
    static final LocalDateTime AT = DirtyRegister.TODAY.atTime(8, 30);
    /** Registered at the desk before the import: the register's row for it is known (R29). */
    static final String KNOWN = "13800000001";

    @TempDir
    Path folder;
    @TempDir
    Path files;

    /** The office with its three consultants signed in and one client of its own, before the import. */
    static void office(OfficeStore store) {
        store.submit(new Action.ConfigureOffice(DirtyRegister.TODAY.atTime(7, 0), new OfficeProfile("测试售楼处",
                List.of(new OfficeProfile.Group("销售一组", DirtyRegister.OFFICE)))));
        store.submit(new Action.StartDay(DirtyRegister.TODAY));
        for (String c : DirtyRegister.OFFICE) {
            store.submit(new Action.SignIn(DirtyRegister.TODAY.atTime(8, 0), c, null));
        }
        store.submit(new Action.CheckIn(DirtyRegister.TODAY.atTime(8, 5), Channel.WALK_IN, "v1",
                new Registration("老客户", KNOWN, 1, VisitSource.WALK_IN), null, null, null, null, List.of()));
        store.submit(new Action.EndVisit(DirtyRegister.TODAY.atTime(8, 10), "v1"));
    }

    private Path file(DirtyRegister reg, String format) throws Exception {
        return switch (format) {
            case "utf8-bom" -> reg.csv(files.resolve("register.csv"), StandardCharsets.UTF_8, true);
            case "utf8" -> reg.csv(files.resolve("register.csv"), StandardCharsets.UTF_8, false);
            case "gb18030" -> reg.csv(files.resolve("register.csv"), Charset.forName("GB18030"), false);
            default -> reg.xlsx(files.resolve("register.xlsx"));
        };
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"gb18030", "utf8-bom", "utf8", "xlsx"})
    void everyRowOfTheDirtyRegisterMeetsItsFateAndTheImportIsThePreview(String format) throws Exception {
        DirtyRegister reg = DirtyRegister.of(2026, 4000, KNOWN);
        RegisterTable table = new RegisterReader().read(file(reg, format));
        assertThat(table.format()).startsWith(switch (format) {
            case "gb18030" -> "GB18030";
            case "xlsx" -> "XLSX";
            default -> "UTF-8";
        });
        assertThat(table.lines()).hasSize(reg.rows().size());
        ColumnMapping mapping = ColumnMapping.recognise(table);
        assertThat(mapping.fieldOf("客户姓名")).isEqualTo(RegisterField.NAME);
        assertThat(mapping.fieldOf("联系电话")).isEqualTo(RegisterField.PHONE);
        assertThat(mapping.fieldOf("置业顾问")).isEqualTo(RegisterField.OWNER);
        assertThat(mapping.fieldOf("首次来访")).isEqualTo(RegisterField.FIRST);
        assertThat(mapping.fieldOf("最近来访")).isEqualTo(RegisterField.LAST);
        assertThat(mapping.fieldOf("成交日期")).isEqualTo(RegisterField.DEAL);
        assertThat(mapping.fieldOf("认知途径")).isEqualTo(RegisterField.SOURCE);
        assertThat(mapping.fieldOf("备注")).isEqualTo(RegisterField.NOTES);
        assertThat(mapping.fieldOf("微信")).isEqualTo(RegisterField.IGNORE);
        assertThat(mapping.missing()).isEmpty();

        try (OfficeStore store = OfficeStore.open(folder)) {
            office(store);
            ClientOffice office = new ClientOffice(store);
            ImportPreview preview = office.preview(table, mapping, Action.UnknownOwner.POOL, AT);
            Map<Expect, Integer> expected = reg.expected();
            assertThat(preview.unknownOwners()).containsOnlyKeys(DirtyRegister.GONE);
            assertThat(preview.unknownOwners().get(DirtyRegister.GONE)).isEqualTo(expected.get(Expect.TO_POOL));

            List<ImportPreview.Line> lines = preview.lines();
            assertThat(lines).hasSize(reg.rows().size());
            Map<Event.ImportRefusal, Integer> refusals = new EnumMap<>(Event.ImportRefusal.class);
            for (int i = 0; i < lines.size(); i++) {
                ImportPreview.Line l = lines.get(i);
                DirtyRegister.Row row = reg.rows().get(i);
                String where = "row " + l.place() + " " + row;
                switch (row.expect()) {
                    case REPLACED -> {
                        assertThat(l.fate()).as(where).isEqualTo(ImportPreview.Fate.ACCEPTED);
                        assertThat(l.replacedBy()).as(where).isNotNull();
                    }
                    case UNREADABLE -> {
                        assertThat(l.fate()).as(where).isEqualTo(ImportPreview.Fate.REFUSED);
                        assertThat(l.problem()).as(where).isEqualTo(
                                new PlannedRow.ReadProblem(RegisterField.FIRST, "2026/13/45"));
                    }
                    default -> assertThat(l.fate().name()).as(where).isEqualTo(row.expect().name());
                }
                if (row.digits() != null && l.fate() != ImportPreview.Fate.REFUSED) {
                    assertThat(l.phone()).as(where).isEqualTo(row.digits());
                }
                if (row.why() != null) {
                    assertThat(l.refusal()).as(where).isEqualTo(row.why());
                    refusals.merge(l.refusal(), 1, Integer::sum);
                }
            }
            // each reason the engine gives (R16, R29) is met, as often as the register holds it
            assertThat(refusals).isEqualTo(reg.refusals()).containsOnlyKeys(Event.ImportRefusal.values());

            ImportPreview.Counts c = preview.counts();
            assertThat(c.rows()).isEqualTo(reg.rows().size());
            assertThat(c.accepted()).isEqualTo(expected.get(Expect.ACCEPTED) + expected.get(Expect.TO_POOL)
                    + expected.get(Expect.REPLACED));
            assertThat(c.toPool()).isEqualTo(expected.get(Expect.TO_POOL));
            assertThat(c.wins()).isEqualTo(expected.get(Expect.WINS));
            assertThat(c.conflict()).isEqualTo(expected.get(Expect.CONFLICT) + expected.get(Expect.DUPLICATE));
            assertThat(c.known()).isEqualTo(expected.get(Expect.KNOWN)).isEqualTo(1);
            assertThat(c.refused()).isEqualTo(expected.get(Expect.REFUSED) + expected.get(Expect.UNREADABLE));
            assertThat(c.clients()).isEqualTo(expected.get(Expect.ACCEPTED) + expected.get(Expect.TO_POOL)
                    + expected.get(Expect.REPLACED));
            assertThat(expected.get(Expect.CONFLICT)).isGreaterThan(50);
            assertThat(expected.get(Expect.WINS)).isGreaterThan(50);

            long before = store.journalSize();
            ClientOffice.ImportResult result = office.importRegister(preview, AT.plusMinutes(1));
            assertThat(store.journalSize()).as("one journaled import").isEqualTo(before + 1);
            assertThat(result.counts()).isEqualTo(c);
            assertThat(result.lines().stream().map(ImportPreview.Line::fate).toList())
                    .isEqualTo(lines.stream().map(ImportPreview.Line::fate).toList());
            assertThat(result.added()).isEmpty();
            assertThat(store.verify().intact()).isTrue();
            checkInsProposeTheImportedOwners(store, reg, lines);
        }
    }

    /** The desk's proposals for imported clients: exactly as if their visits had happened here (R10, R18, R29). */
    private static void checkInsProposeTheImportedOwners(OfficeStore store, DirtyRegister reg,
            List<ImportPreview.Line> lines) {
        LocalDateTime at = AT.plusMinutes(5);
        int protectedSeen = 0;
        int lapsedSeen = 0;
        int pooledSeen = 0;
        for (int i = 0; i < lines.size() && (protectedSeen < 20 || lapsedSeen < 20 || pooledSeen < 5); i++) {
            ImportPreview.Line l = lines.get(i);
            if (l.fate() != ImportPreview.Fate.ACCEPTED && l.fate() != ImportPreview.Fate.WINS
                    && l.fate() != ImportPreview.Fate.TO_POOL || l.replacedBy() != null) {
                continue;
            }
            ClientStanding standing = store.engine().standing(l.phone(), at);
            Visit v = store.engine().trial(new Action.CheckIn(at, Channel.WALK_IN, "t" + i,
                    new Registration(l.name(), l.phone(), 1, VisitSource.WALK_IN), null, null, null, null, List.of()));
            boolean deal = l.deal() != null;
            // R18: protected for 30 days (N x 24 h) from the last contact, 00:00 of the day the register gives
            boolean fresh = l.last().atStartOfDay().plusDays(30).isAfter(at);
            if (l.fate() == ImportPreview.Fate.TO_POOL) {
                assertThat(v.type()).as("a pooled client is new: %s", l).isEqualTo(VisitType.NEW);
                assertThat(standing.publicSince()).isNotNull();
                pooledSeen++;
            } else if (deal || fresh) {
                assertThat(v.type()).as("%s", l).isEqualTo(deal ? VisitType.DEAL_RETURN : VisitType.RETURNING);
                assertThat(v.consultant()).as("%s", l).isEqualTo(l.owner());
                assertThat(v.reason()).isInstanceOf(AssignmentReason.Owner.class);
                protectedSeen++;
            } else {
                assertThat(v.type()).as("a lapsed client is new: %s", l).isEqualTo(VisitType.NEW);
                assertThat(standing.owner()).isNull();
                assertThat(standing.publicSince()).isEqualTo(l.last().atStartOfDay().plusDays(30));
                lapsedSeen++;
            }
        }
        assertThat(protectedSeen).isPositive();
        assertThat(lapsedSeen).isPositive();
        assertThat(pooledSeen).isPositive();
        // the register's row for a phone the desk knows changed nothing: the desk's owner stays
        assertThat(store.engine().standing(KNOWN, at).owner()).isEqualTo(store.engine().visit("v1").consultant());
    }

    @Test
    void ownersWhoLeftBeforeRotaDeskJoinTheOfficeWhenTheManagerSaysSo() throws Exception {
        DirtyRegister reg = DirtyRegister.of(7, 400, null);
        RegisterTable table = new RegisterReader().read(reg.csv(files.resolve("r.csv"), StandardCharsets.UTF_8, true));
        try (OfficeStore store = OfficeStore.open(folder)) {
            office(store);
            ClientOffice office = new ClientOffice(store);
            ImportPreview undecided = office.preview(table, ColumnMapping.recognise(table), null, AT);
            assertThat(undecided.unknownOwners()).containsOnlyKeys(DirtyRegister.GONE);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> office.importRegister(undecided, AT))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(store.journalSize()).isEqualTo(7);

            ImportPreview add = office.preview(table, ColumnMapping.recognise(table), Action.UnknownOwner.ADD, AT);
            ClientOffice.ImportResult r = office.importRegister(add, AT);
            assertThat(r.added()).containsExactly(DirtyRegister.GONE);
            assertThat(r.counts().toPool()).isZero();
            assertThat(store.engine().profile().consultants()).endsWith(DirtyRegister.GONE);
            // added, not signed in: the check-in proposes a stand-in for their clients (R11), ownership stays
            ImportPreview.Line gone = r.lines().stream().filter(l -> DirtyRegister.GONE.equals(l.owner())
                    && l.fate() == ImportPreview.Fate.ACCEPTED && l.last().plusDays(30).isAfter(AT.toLocalDate()))
                    .findFirst().orElseThrow();
            Visit v = store.engine().trial(new Action.CheckIn(AT.plusMinutes(2), Channel.WALK_IN, "g",
                    new Registration(gone.name(), gone.phone(), 1, VisitSource.WALK_IN), null, null, null, null,
                    List.of()));
            assertThat(v.reason()).isEqualTo(new AssignmentReason.StandIn(DirtyRegister.GONE,
                    com.rotadesk.model.ConsultantStatus.SIGNED_OUT));
            assertThat(store.engine().standing(gone.phone(), AT).owner()).isEqualTo(DirtyRegister.GONE);
        }
    }
}
