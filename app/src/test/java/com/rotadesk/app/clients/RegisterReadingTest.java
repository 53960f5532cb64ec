package com.rotadesk.app.clients;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How an office's register is read: its encoding, separator and header found, its dates, deals and phones. */
class RegisterReadingTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2026-11-01|2026-11-01", "2026/11/1|2026-11-01", "2026年11月1日|2026-11-01", "2026.11.01|2026-11-01",
        "20261101|2026-11-01", "46327|2026-11-01", "2026-11-01 10:30|2026-11-01", "2026/11/1 9:05:00|2026-11-01",
        "２０２６－１１－０１|2026-11-01", " 2026-11-01 |2026-11-01"})
    void theOfficesSpellingsOfADay(String written, LocalDate day) {
        assertThat(Cells.date(written, false)).isEqualTo(day);
    }

    @Test
    void aDayThatIsNoDayIsSaidNotGuessed() {
        for (String bad : new String[] {"2026/13/45", "11/1", "下周", "2026-02-30"}) {
            assertThatThrownBy(() -> Cells.date(bad, false)).isInstanceOf(Cells.Unreadable.class);
        }
        assertThat(Cells.date("", false)).isNull();
        assertThat(Cells.date("—", false)).isNull();
        assertThat(Cells.serial(new BigDecimal("44866"), true)).isEqualTo(LocalDate.of(2026, 11, 2));
    }

    @Test
    void dealsPhonesAndNames() {
        assertThat(Cells.deal("已成交", false)).isEqualTo(new Cells.Deal(null));
        assertThat(Cells.deal("2026-10-01", false)).isEqualTo(new Cells.Deal(LocalDate.of(2026, 10, 1)));
        assertThat(Cells.deal("未成交", false)).isNull();
        assertThat(Cells.deal("", false)).isNull();
        assertThatThrownBy(() -> Cells.deal("意向", false)).isInstanceOf(Cells.Unreadable.class);
        assertThat(Cells.phone("+86 138 1234 5678")).isEqualTo("13812345678");
        assertThat(Cells.phone("0086-13812345678")).isEqualTo("13812345678");
        assertThat(Cells.phone("8613812345678")).isEqualTo("13812345678");
        assertThat(Cells.phone("0731-8888 6666")).isEqualTo("0731-8888 6666");
        assertThat(Cells.text("无")).isNull();
        assertThat(Cells.text(" 王　建国 ")).isEqualTo("王 建国");
        assertThat(Cells.number(new BigDecimal("1.3812345678E10"))).isEqualTo("13812345678");
    }

    @Test
    void theEncodingIsFoundAndATitleAboveTheHeaderIsSkipped() throws Exception {
        String text = "2026年客户登记\n姓名\t电话\t归属\t最近来访\n王建国\t13812345678\t徐娅\t2026-11-01\n";
        Path utf16 = dir.resolve("u16.txt");
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xff;
        withBom[1] = (byte) 0xfe;
        System.arraycopy(body, 0, withBom, 2, body.length);
        Files.write(utf16, withBom);
        RegisterTable t = new RegisterReader().read(utf16);
        assertThat(t.format()).isEqualTo("UTF-16, tab-separated");
        assertThat(t.sheets().getFirst().headerRow()).isEqualTo(2);
        assertThat(t.headers()).containsExactly("姓名", "电话", "归属", "最近来访");
        assertThat(t.lines()).singleElement().satisfies(l -> {
            assertThat(l.place()).isEqualTo("3");
            assertThat(l.cells()).containsExactly("王建国", "13812345678", "徐娅", "2026-11-01");
        });

        Path gbk = Files.write(dir.resolve("gbk.csv"), "姓名;手机;置业顾问\n李秀英;13900000002;丁伟\n"
                .getBytes(Charset.forName("GBK")));
        RegisterTable g = new RegisterReader().read(gbk);
        assertThat(g.format()).isEqualTo("GB18030, semicolon-separated");
        assertThat(g.lines().getFirst().cells()).containsExactly("李秀英", "13900000002", "丁伟");
    }

    @Test
    void twoColumnsForOneFieldAreReadBestNamedFirst() throws Exception {
        Path f = Files.writeString(dir.resolve("two.csv"), "姓名,座机,手机,接待人,置业顾问,最近来访\n"
                + "王建国,0731-88886666,13812345678,前台小王,徐娅,2026-11-01\n"
                + "李秀英,0731-88887777,,前台小王,,2026-11-01\n");
        RegisterTable t = new RegisterReader().read(f);
        var rows = PlannedRow.plan(t, ColumnMapping.recognise(t), com.rotadesk.model.Action.UnknownOwner.ADD);
        assertThat(rows.get(0).row().phone()).isEqualTo("13812345678");
        assertThat(rows.get(0).row().owner()).isEqualTo("徐娅");
        assertThat(rows.get(1).row().phone()).isEqualTo("0731-88887777");
        assertThat(rows.get(1).row().owner()).isEqualTo("前台小王");
        assertThat(rows.get(0).lastFromFirst()).isFalse();
    }

    @Test
    void aFileThatIsNoRegisterIsRefusedWithItsReason() throws Exception {
        Path empty = Files.write(dir.resolve("empty.csv"), new byte[0]);
        assertThatThrownBy(() -> new RegisterReader().read(empty)).isInstanceOfSatisfying(
                RegisterFileException.class, e -> assertThat(e.problem()).isEqualTo(
                        RegisterFileException.Problem.EMPTY));
        Path binary = Files.write(dir.resolve("photo.jpg"), new byte[] {(byte) 0xff, (byte) 0xd8, 0, 0, 1, 2});
        assertThatThrownBy(() -> new RegisterReader().read(binary)).isInstanceOfSatisfying(
                RegisterFileException.class, e -> assertThat(e.problem()).isEqualTo(
                        RegisterFileException.Problem.NOT_A_REGISTER));
        Path broken = Files.write(dir.resolve("broken.xlsx"), new byte[] {0x50, 0x4b, 0x03, 0x04, 9, 9, 9, 9, 9, 9, 9, 9});
        assertThatThrownBy(() -> new RegisterReader().read(broken)).isInstanceOfSatisfying(
                RegisterFileException.class, e -> assertThat(e.problem()).isEqualTo(
                        RegisterFileException.Problem.UNREADABLE));
    }
}
