package com.rotadesk.app.clients;

import com.rotadesk.app.clients.ClientTimeline.Kind;
import com.rotadesk.app.sheets.PdfFonts;
import com.rotadesk.app.sheets.TimelineSheet;
import com.rotadesk.model.Action;
import com.rotadesk.model.Channel;
import com.rotadesk.model.OfficeProfile;
import com.rotadesk.model.Registration;
import com.rotadesk.model.VisitSource;
import com.rotadesk.persistence.OfficeStore;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R30: a client's whole record, oldest first, over three days: an imported row and the row that lost to it, a
 * returning visit, a follow-up, the lapse of protection, a new registration, a transfer, a household visit taken back
 * by an undo, a deal and a correction. Each line names the rule that decided it and its journal entry, and the
 * printed record carries the anchor of its newest day.
 */
class TimelineTest {
    static final String PHONE = "13800000001";
    static final LocalDate D1 = LocalDate.of(2026, 10, 1);
    static final LocalDate D2 = LocalDate.of(2026, 11, 15);
    static final LocalDate D3 = LocalDate.of(2026, 11, 20);

    @TempDir
    Path folder;
    @TempDir
    Path out;

    /** The journal entry numbers of the actions the timeline must show, in order. */
    private final List<Long> entries = new ArrayList<>();

    private long submit(OfficeStore store, Action a) {
        store.submit(a);
        return store.head().seq();
    }

    private void keep(OfficeStore store, Action a) {
        entries.add(submit(store, a));
    }

    private static Action.CheckIn visit(LocalDateTime at, String ref, String name, String phone, Boolean family) {
        return new Action.CheckIn(at, Channel.WALK_IN, ref, new Registration(name, phone, 1, VisitSource.WALK_IN), null,
                null, family, null, List.of());
    }

    private void record(OfficeStore store) {
        store.submit(new Action.ConfigureOffice(D1.atTime(7, 0), new OfficeProfile("测试售楼处",
                List.of(new OfficeProfile.Group("销售一组", List.of("谢铁峰", "徐娅", "丁伟"))))));
        store.submit(new Action.StartDay(D1));
        for (String c : List.of("谢铁峰", "徐娅", "丁伟")) {
            store.submit(new Action.SignIn(D1.atTime(8, 0), c, null));
        }
        keep(store, new Action.Import(D1.atTime(8, 30), List.of(
                new Action.ImportRow(PHONE, "王建国", "徐娅", LocalDate.of(2026, 8, 1), LocalDate.of(2026, 9, 20), null,
                        null),
                new Action.ImportRow("13900000002", "李秀英", "丁伟", null, LocalDate.of(2026, 9, 1), null, null),
                new Action.ImportRow("138-0000-0001", "王建国", "丁伟", LocalDate.of(2026, 8, 15),
                        LocalDate.of(2026, 9, 25), null, null))));
        keep(store, visit(D1.atTime(9, 10), "v1", "王建国", PHONE, null));
        store.submit(new Action.EndVisit(D1.atTime(9, 20), "v1"));
        keep(store, new Action.FollowUp(D1.atTime(9, 30), PHONE));

        store.submit(new Action.StartDay(D2));
        for (String c : List.of("谢铁峰", "徐娅", "丁伟")) {
            store.submit(new Action.SignIn(D2.atTime(8, 0), c, null));
        }
        keep(store, visit(D2.atTime(9, 0), "v2", "王建国", PHONE, null));
        store.submit(new Action.EndVisit(D2.atTime(9, 5), "v2"));
        keep(store, new Action.Transfer(D2.atTime(9, 30), PHONE, "丁伟", false, "客户要求更换顾问"));
        keep(store, visit(D2.atTime(9, 40), "v3", "王太太", PHONE, true));
        keep(store, new Action.Undo(D2.atTime(9, 45)));
        keep(store, visit(D2.atTime(10, 0), "v4", "王建国", PHONE, null));
        keep(store, new Action.MarkDeal(D2.atTime(10, 30), "v4"));

        store.submit(new Action.StartDay(D3));
        store.submit(new Action.SignIn(D3.atTime(8, 0), "谢铁峰", null));
        store.submit(visit(D3.atTime(9, 0), "v5", "王建国", "13900000009", null));
        keep(store, new Action.Correct(D3.atTime(9, 5), "v5", null, PHONE, null, null, null, "电话录错"));
    }

    @Test
    void everyLineNamesItsRuleAndItsJournalEntry() throws Exception {
        try (OfficeStore store = OfficeStore.open(folder)) {
            record(store);
            LocalDateTime now = D3.atTime(12, 0);
            ClientTimeline t = new ClientOffice(store).timeline("138 0000 0001", now);

            assertThat(t.lines()).extracting(ClientTimeline.Line::kind).containsExactly(Kind.IMPORT, Kind.IMPORT,
                    Kind.VISIT, Kind.FOLLOW_UP, Kind.LAPSE, Kind.VISIT, Kind.TRANSFER, Kind.VISIT, Kind.UNDO,
                    Kind.VISIT, Kind.DEAL, Kind.CORRECTION);
            List<Long> shown = t.lines().stream().filter(l -> l.kind() != Kind.LAPSE).map(ClientTimeline.Line::entry)
                    .toList();
            long importEntry = entries.getFirst();
            List<Long> expected = new ArrayList<>(List.of(importEntry));
            expected.addAll(entries);
            assertThat(shown).as("each line's journal entry").isEqualTo(expected);
            for (ClientTimeline.Line l : t.lines()) {
                assertThat(l.rules()).as("%s names the rule that decided it", l).isNotEmpty();
            }
            assertThat(t.lines()).isSortedAccordingTo(java.util.Comparator.comparing(ClientTimeline.Line::at));

            ClientWords zh = new ClientWords(Locale.SIMPLIFIED_CHINESE);
            List<String> rules = t.lines().stream().map(zh::rules).toList();
            assertThat(rules.get(0)).isEqualTo("R29 导入：归属 徐娅，首次 08-01，最近 09-20");
            assertThat(rules.get(1)).isEqualTo("R17 撞单：先登记者为准，丁伟 的这一行不予采用");
            assertThat(rules.get(2)).isEqualTo("R18 老客户归 徐娅，保护至 10-20；R18 保护期顺延至 10-31");
            assertThat(rules.get(3)).isEqualTo("R18 跟进，保护期顺延至 10-31");
            // the follow-up at 09:30 protected until 10-31 09:30: public from then, with no entry of its own
            assertThat(t.lines().get(4).at()).isEqualTo(LocalDate.of(2026, 10, 31).atTime(9, 30));
            assertThat(rules.get(4)).isEqualTo("R18 过保护期 10-31，成为公共客户");
            assertThat(zh.entry(t.lines().get(4))).isEqualTo("—");
            assertThat(rules.get(5)).startsWith("R7 第 1 轮轮到").contains("R17 首次登记，归属 " + t.lines().get(5)
                    .consultant());
            assertThat(rules.get(6)).startsWith("R26 " + t.lines().get(5).consultant() + " → 丁伟");
            assertThat(rules.get(7)).contains("R18 老客户归 丁伟").contains("R20 家庭成员 王太太");
            assertThat(rules.get(8)).isEqualTo("R24 撤销");
            assertThat(rules.get(10)).isEqualTo("R19 成交，归 丁伟");
            assertThat(rules.get(11)).startsWith("R28 更正登记");
            assertThat(zh.detail(t.lines().get(11), "王建国", false)).contains("电话 139****0009 → 138****0001");
            assertThat(t.standing().deal()).isTrue();
            assertThat(t.standing().owner()).isEqualTo("丁伟");
            assertThat(t.client().household()).as("the undo took the family member back (R24)").isEmpty();
            assertThat(t.lastDay()).isEqualTo(D3);
            assertThat(t.anchor()).isEqualTo(store.anchorAt(D3).text());

            Path pdf = out.resolve("record.pdf");
            new TimelineSheet(new PdfFonts()).write(t, Locale.SIMPLIFIED_CHINESE, false, pdf);
            try (var doc = Loader.loadPDF(pdf.toFile())) {
                assertThat(doc.getNumberOfPages()).as("a one-page dispute record").isEqualTo(1);
                String text = new PDFTextStripper().getText(doc);
                assertThat(text).contains("客户档案").contains("王建国").contains("138****0001")
                        .contains("记录锚点：" + t.anchor()).contains("锚点 " + t.anchor())
                        .contains("R17 首次登记").contains("#" + importEntry).contains("项目经理签字")
                        .doesNotContain("13800000001");
            }
        }
    }

    @Test
    void aPhoneWithoutARecordHasAnEmptyTimeline() {
        try (OfficeStore store = OfficeStore.open(folder)) {
            record(store);
            ClientTimeline t = new ClientOffice(store).timeline("13700000000", D3.atTime(12, 0));
            assertThat(t.lines()).isEmpty();
            assertThat(t.client()).isNull();
            assertThat(t.anchor()).isNull();
        }
    }
}
