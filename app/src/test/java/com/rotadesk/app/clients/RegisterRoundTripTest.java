package com.rotadesk.app.clients;

import com.rotadesk.model.Action;
import com.rotadesk.model.Channel;
import com.rotadesk.model.ClientStanding;
import com.rotadesk.model.OfficeProfile;
import com.rotadesk.model.Registration;
import com.rotadesk.model.VisitSource;
import com.rotadesk.persistence.OfficeStore;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The register exported (the columns the import reads) and imported into a new office is the same register: the same
 * clients with the same owners, registrations, last contacts and deals, the public ones public again, and exporting
 * the new office gives the same file.
 */
class RegisterRoundTripTest {
    static final LocalDate DAY = ImportDirtyRegisterTest.AT.toLocalDate();

    @TempDir
    Path old;
    @TempDir
    Path fresh;
    @TempDir
    Path files;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"csv", "xlsx"})
    void aRegisterExportedAndImportedIntoANewOfficeIsTheSameRegister(String format) throws Exception {
        Path first = files.resolve("register." + format);
        Path second = files.resolve("again." + format);
        LocalDateTime now = DAY.atTime(12, 0);
        List<String> before = new ArrayList<>();
        try (OfficeStore store = OfficeStore.open(old)) {
            ImportDirtyRegisterTest.office(store);
            ClientOffice office = new ClientOffice(store);
            DirtyRegister reg = DirtyRegister.of(11, 600, null);
            RegisterTable t = new RegisterReader().read(reg.csv(files.resolve("dirty.csv"),
                    StandardCharsets.UTF_8, true));
            office.importRegister(office.preview(t, ColumnMapping.recognise(t), Action.UnknownOwner.POOL,
                    DAY.atTime(8, 30)), DAY.atTime(8, 30));
            // the desk's own clients, a deal, a transfer and a client sent to the pool
            store.submit(new Action.CheckIn(DAY.atTime(9, 0), Channel.WALK_IN, "d1", new Registration("钱多多",
                    "13700000001", 1, VisitSource.WALK_IN), null, null, null, null, List.of()));
            store.submit(new Action.MarkDeal(DAY.atTime(9, 5), "d1"));
            store.submit(new Action.CheckIn(DAY.atTime(9, 10), Channel.WALK_IN, "d2", new Registration("孙莉",
                    "13700000002", 1, VisitSource.WALK_IN), null, null, null, null, List.of()));
            store.submit(new Action.Transfer(DAY.atTime(9, 20), "13700000002", "丁伟", false, "客户要求"));
            store.submit(new Action.CheckIn(DAY.atTime(9, 30), Channel.WALK_IN, "d3", new Registration("周强",
                    "13700000003", 1, VisitSource.WALK_IN), null, null, null, null, List.of()));
            store.submit(new Action.Transfer(DAY.atTime(9, 40), "13700000003", null, false, "无效客户"));
            int n = office.export(first, RegisterWriter.Words.of(Locale.SIMPLIFIED_CHINESE));
            assertThat(n).isEqualTo((int) store.clientCount());
            store.forEachClient(c -> before.add(summary(c.phone(), c.name(), store.engine().standing(c.phone(), now),
                    c)));
        }
        List<String> after = new ArrayList<>();
        try (OfficeStore store = OfficeStore.open(fresh)) {
            store.submit(new Action.ConfigureOffice(DAY.plusDays(1).atTime(7, 0), new OfficeProfile("新售楼处",
                    List.of(new OfficeProfile.Group("一组", List.of("谢铁峰"))))));
            store.submit(new Action.StartDay(DAY.plusDays(1)));
            ClientOffice office = new ClientOffice(store);
            RegisterTable t = new RegisterReader().read(first);
            ImportPreview p = office.preview(t, ColumnMapping.recognise(t), Action.UnknownOwner.ADD,
                    DAY.plusDays(1).atTime(8, 0));
            assertThat(p.unknownOwners()).containsOnlyKeys("徐娅", "丁伟");
            assertThat(p.counts().refused()).isZero();
            assertThat(p.counts().conflict()).isZero();
            ClientOffice.ImportResult r = office.importRegister(p, DAY.plusDays(1).atTime(8, 0));
            assertThat(r.counts().clients()).isEqualTo(before.size());
            office.export(second, RegisterWriter.Words.of(Locale.SIMPLIFIED_CHINESE));
            store.forEachClient(c -> after.add(summary(c.phone(), c.name(), store.engine().standing(c.phone(), now),
                    c)));
        }
        assertThat(after).isEqualTo(before);
        if (format.equals("csv")) {
            assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        } else {
            assertThat(new RegisterReader().read(second).lines()).extracting(RegisterTable.Line::cells)
                    .isEqualTo(new RegisterReader().read(first).lines().stream().map(RegisterTable.Line::cells)
                            .toList());
        }
    }

    /** A client as the register holds it, to the day: owner, first, last, deal, and public or not at noon. */
    private static String summary(String phone, String name, ClientStanding s, com.rotadesk.model.Client c) {
        return String.join("|", phone, name, String.valueOf(c.owner()), day(c.registered()), day(c.lastContact()),
                String.valueOf(c.deal()), String.valueOf(s.owner()), day(s.protectedUntil()),
                s.owner() == null && c.pooled() == null ? day(s.publicSince()) : s.owner() == null ? "public" : "");
    }

    private static String day(LocalDateTime t) {
        return t == null ? "-" : t.toLocalDate().toString();
    }
}
