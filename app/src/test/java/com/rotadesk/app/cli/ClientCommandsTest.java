package com.rotadesk.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The manager's office on the command line: import an old register (a dry run first), search the register, move
 * clients, print a client's record and export the register; every refusal one line with its exit code.
 */
class ClientCommandsTest {
    private static final String OFFICE = """
            title: an office for the manager's commands
            roster: 谢铁峰 徐娅 丁伟
            08:30 signin 谢铁峰
            08:31 signin 徐娅
            08:32 signin 丁伟
            09:00 visit 王先生 phone=13800000001 => 谢铁峰 counted
            09:05 end 王先生
            """;
    /** A register in GB18030, as a Chinese Excel saves "CSV": a title line, odd spellings, dirty rows. */
    private static final String REGISTER = """
            客户登记表
            客户姓名,手机,接待人,登记日期,最后跟进,成交,备注
            王建国,139 0000 0001,徐娅,2026/10/2,2026年11月10日,,老客户
            李秀英,139-0000-0002,丁伟,2026-09-01,2026-11-01,已成交,
            ,13900000003,徐娅,2026-10-01,2026-10-05,,没留名字
            赵敏,8888666,徐娅,2026-10-01,2026-11-05,,座机没区号
            钱多多,13900000004,张离职,2026-05-01,2026-11-20,,
            王建国,13900000001,丁伟,2026-10-20,2026-11-12,,撞单
            孙丽,13900000005,丁伟,2026/13/1,2026-11-01,,日期错
            老客户,13800000001,丁伟,2026-01-01,2026-11-01,,已在系统
            """;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Commands commands = new Commands(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), () -> LocalDateTime.of(2026, 11, 23, 12, 0));

    private int run(String... args) {
        out.reset();
        err.reset();
        return commands.run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path office() throws IOException {
        Path scenario = Files.writeString(dir.resolve("office.scenario"), OFFICE);
        Path data = dir.resolve("data");
        assertThat(run("load-scenario", scenario.toString(), "--data-dir", data.toString())).as(this::err).isZero();
        return data;
    }

    private Path register() throws IOException {
        return Files.write(dir.resolve("register.csv"), REGISTER.getBytes(Charset.forName("GB18030")));
    }

    private long entries(Path data) {
        assertThat(run("verify", "--data-dir", data.toString())).isZero();
        String text = out();
        return Long.parseLong(text.substring(text.indexOf("journal intact: ") + 16, text.indexOf(" entries")));
    }

    @Test
    void aDryRunSaysEveryRowsFateAndImportsNothing() throws IOException {
        Path data = office();
        long before = entries(data);
        assertThat(run("import-clients", register().toString(), "--dry-run", "--data-dir", data.toString()))
                .as(this::err).isZero();
        assertThat(out()).contains("read 8 rows from register.csv (GB18030, comma-separated)")
                .contains("客户姓名=name").contains("手机=phone").contains("接待人=owner").contains("备注=notes (not kept)")
                .contains("owners who are not the office's consultants: 张离职 (1)")
                .contains("refused row 5: no name [-, 139****0003, 徐娅]")
                .contains("refused row 6: no valid phone").contains("8888666")
                .contains("refused row 9: first visit date not readable: 2026/13/1")
                .contains("conflict row 8: conflict: row 3 (徐娅) registered first, not taken")
                .contains("accepted 3 (to the pool 0, replacing an earlier row 0), refused 3, conflict 1, known 1;"
                        + " 3 clients")
                .contains("dry run: nothing was imported");
        assertThat(entries(data)).isEqualTo(before);
    }

    @Test
    void unknownOwnersNeedTheManagersChoiceThenTheRegisterIsImportedAndFound() throws IOException {
        Path data = office();
        assertThat(run("import-clients", register().toString(), "--data-dir", data.toString())).isEqualTo(2);
        assertThat(err()).contains("--unknown-owners add").doesNotContain("Exception");
        assertThat(run("import-clients", register().toString(), "--unknown-owners", "pool", "--data-dir",
                data.toString())).as(this::err).isZero();
        assertThat(out()).contains("accepted 3 (to the pool 1").contains("imported as journal entry");

        assertThat(run("clients", "--search", "王", "--data-dir", data.toString())).isZero();
        assertThat(out()).contains("139****0001  王建国  徐娅  protected until 2026-12-10").doesNotContain("13900000001");
        assertThat(run("clients", "--search", "139", "--full-phones", "--format", "csv", "--data-dir",
                data.toString())).isZero();
        assertThat(out()).startsWith("phone,name,owner,status,since_or_until,last_contact")
                .contains("13900000002,李秀英,丁伟,deal,,2026-11-01")
                .contains("13900000004,钱多多,-,public since,2026-11-23");
        assertThat(run("clients", "--data-dir", data.toString())).isZero();
        assertThat(out().lines()).hasSize(4);
        assertThat(run("clients", "--search", "赵", "--data-dir", data.toString())).isOne();
        assertThat(err()).isEqualTo("rotadesk: no client matches '赵'" + System.lineSeparator());
    }

    @Test
    void clientsAreTransferredOneByOneOrAllOfAConsultantWithAReason() throws IOException {
        Path data = office();
        assertThat(run("import-clients", register().toString(), "--unknown-owners", "add", "--data-dir",
                data.toString())).as(this::err).isZero();
        assertThat(out()).contains("added to the office (not signed in): 张离职");

        assertThat(run("transfer", "--phone", "13900000001", "--to", "丁伟", "--data-dir", data.toString()))
                .isEqualTo(2);
        assertThat(err()).contains("transfer needs --reason").contains("usage: rotadesk transfer");
        assertThat(run("transfer", "--phone", "13900000001", "--to", "丁伟", "--reason", "换顾问", "--colour", "red",
                "--data-dir", data.toString())).isEqualTo(2);
        assertThat(err()).contains("unknown option --colour for transfer");
        assertThat(run("transfer", "--phone", "13900000001", "--to", "周八", "--reason", "换顾问", "--data-dir",
                data.toString())).isOne();
        assertThat(err()).isEqualTo("rotadesk: 周八 is not one of the office's consultants" + System.lineSeparator());
        assertThat(run("transfer", "--phone", "13900000002", "--to", "谢铁峰", "--reason", "换顾问", "--data-dir",
                data.toString())).isOne();
        assertThat(err()).contains("closed deal of 丁伟");

        assertThat(run("transfer", "--phone", "139-0000-0001", "--to", "丁伟", "--reason", "客户要求", "--data-dir",
                data.toString())).as(this::err).isZero();
        assertThat(out()).contains("transferred 139****0001 徐娅 -> 丁伟").contains("1 client(s) transferred");
        assertThat(run("transfer", "--from", "张离职", "--pool", "--reason", "离职", "--data-dir", data.toString()))
                .as(this::err).isZero();
        assertThat(out()).contains("transferred 139****0004 张离职 -> the public pool");
        assertThat(run("transfer", "--from", "张离职", "--to", "谢铁峰", "--reason", "离职", "--data-dir",
                data.toString())).isOne();
        assertThat(err()).contains("张离职 owns no protected client");
        assertThat(run("verify", "--data-dir", data.toString())).isZero();
    }

    @Test
    void aClientsRecordIsPrintedLineByLineAndAsTheDisputeRecord() throws IOException {
        Path data = office();
        assertThat(run("import-clients", register().toString(), "--unknown-owners", "pool", "--data-dir",
                data.toString())).isZero();
        assertThat(run("transfer", "--phone", "13900000001", "--to", "丁伟", "--reason", "客户要求", "--data-dir",
                data.toString())).isZero();
        Path pdf = dir.resolve("records/王建国.pdf");
        assertThat(run("timeline", "--phone", "13900000001", "--out", pdf.toString(), "--lang", "en", "--data-dir",
                data.toString())).as(this::err).isZero();
        assertThat(out()).contains("Client: 王建国   Phone: 139****0001")
                .contains("import · import row 1  徐娅  R29 imported: owner 徐娅, first 10-02, last 11-10")
                // the row's place in the journaled import (the unreadable line 9 was never part of it)
                .contains("import · import row 6  丁伟  R17 conflict: the earlier registration wins, 丁伟's row not taken")
                .contains("transfer · reason: 客户要求  丁伟  R26 徐娅 → 丁伟, counts as a contact")
                .contains("Record anchor: ").contains("dispute record written:");
        assertThat(pdf).exists();
        assertThat(run("timeline", "--phone", "13700000000", "--data-dir", data.toString())).isOne();
        assertThat(run("timeline", "--data-dir", data.toString())).isEqualTo(2);
        assertThat(run("timeline", "--phone", "13900000001", "--out", "x.txt", "--data-dir", data.toString()))
                .isEqualTo(2);
    }

    @Test
    void theRegisterExportsAndImportsIntoANewOffice() throws IOException {
        Path data = office();
        assertThat(run("import-clients", register().toString(), "--unknown-owners", "pool", "--data-dir",
                data.toString())).isZero();
        Path csv = dir.resolve("out/register.csv");
        assertThat(run("export-clients", "--out", csv.toString(), "--lang", "zh", "--data-dir", data.toString()))
                .as(this::err).isZero();
        assertThat(out()).contains("exported 4 clients");
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).startsWith("\uFEFF客户姓名,联系电话,置业顾问,首次来访,最近来访,成交")
                .contains("13900000004").contains(",公客池,2026-05-01,2026-11-20,\r\n");
        Path fresh = dir.resolve("fresh");
        Files.writeString(dir.resolve("empty.scenario"), "roster: 谢铁峰 徐娅 丁伟\n");
        assertThat(run("load-scenario", dir.resolve("empty.scenario").toString(), "--data-dir", fresh.toString()))
                .as(this::err).isZero();
        assertThat(run("import-clients", csv.toString(), "--data-dir", fresh.toString())).as(this::err).isZero();
        assertThat(out()).contains("accepted 4 (to the pool 1").contains("refused 0, conflict 0, known 0; 4 clients");
        Path again = dir.resolve("out/again.csv");
        assertThat(run("export-clients", "--out", again.toString(), "--lang", "zh", "--data-dir", fresh.toString()))
                .isZero();
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(csv));
        assertThat(run("export-clients", "--out", dir.resolve("x.pdf").toString(), "--data-dir", data.toString()))
                .isEqualTo(2);
    }

    @Test
    void aFileThatIsNoRegisterIsOneLine() throws IOException {
        Path data = office();
        Path xls = Files.write(dir.resolve("old.xls"), new byte[] {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0,
            (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1, 0, 0, 0, 0});
        assertThat(run("import-clients", xls.toString(), "--data-dir", data.toString())).isOne();
        assertThat(err()).isEqualTo("rotadesk: old.xls is an old Excel file (.xls): open it in Excel or WPS and save"
                + " it as .xlsx or CSV" + System.lineSeparator());
        assertThat(run("import-clients", dir.resolve("none.csv").toString(), "--data-dir", data.toString())).isOne();
        assertThat(err()).contains("there is no such file");
        Path odd = Files.writeString(dir.resolve("odd.csv"), "姓名,客户手机,顾问,最近来访\n王建国,13900000001,徐娅,2026-11-01\n");
        assertThat(run("import-clients", odd.toString(), "--dry-run", "--data-dir", data.toString())).isEqualTo(2);
        assertThat(err()).contains("no column holds phone; name it with --map COLUMN=FIELD");
        assertThat(run("import-clients", odd.toString(), "--dry-run", "--map", "客户手机=phone", "--data-dir",
                data.toString())).as(this::err).isZero();
        assertThat(out()).contains("accepted 1");
        assertThat(run("import-clients", odd.toString(), "--map", "微信=phone", "--data-dir", data.toString()))
                .isEqualTo(2);
        assertThat(err()).contains("the register has no column '微信'");
        assertThat(run("import-clients", odd.toString(), "--map", "客户手机=mobile", "--data-dir", data.toString()))
                .isEqualTo(2);
    }
}
