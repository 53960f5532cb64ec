package com.rotadesk.app.clients;

import com.rotadesk.model.Event;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A realistic old register of several thousand rows typed over the years by several hands, with what each row must
 * become: phones with spaces, dashes, +86 and full-width digits, landlines with and without their area code,
 * duplicates, two owners for one phone (either registered first), empty names, no owner, no dates, a date that is no
 * date, an owner who has left the office, a phone RotaDesk knows already, blank lines, a title above the header and
 * a column nobody imports. Seeded: the same rows every run.
 */
final class DirtyRegister {
    /** The import day: dates in the register are before it. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final List<String> OFFICE = List.of("谢铁峰", "徐娅", "丁伟");
    /** An owner who left before RotaDesk came: not one of the office's consultants. */
    static final String GONE = "张离职";
    static final List<String> HEADERS = List.of("序号", "客户姓名", "联系电话", "置业顾问", "首次来访", "最近来访", "成交日期",
            "认知途径", "微信", "备注");
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱"};
    private static final String[] GIVEN = {"建国", "秀英", "桂英", "伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇",
        "艳", "杰", "娟", "涛", "明", "超", "霞", "先生", "女士"};
    private static final String[] SOURCES = {"路过", "朋友介绍", "网络", "中介", "户外广告", ""};

    /** What a row must become. */
    enum Expect {
        ACCEPTED, TO_POOL, WINS, REPLACED, CONFLICT, DUPLICATE, KNOWN, REFUSED, UNREADABLE
    }

    /** One row as written, and its fate. */
    record Row(String name, String phone, String owner, String first, String last, String deal, String source,
            Expect expect, Event.ImportRefusal why, String digits) {
        List<String> cells(int number) {
            return List.of(Integer.toString(number), name, phone, owner, first, last, deal, source,
                    "wx" + number, "");
        }
    }

    private final Random random;
    private final List<Row> rows = new ArrayList<>();
    private final List<Boolean> blankBefore = new ArrayList<>();
    /** The row holding each phone (its index), and its first registration. */
    private final Map<String, Integer> holder = new HashMap<>();
    private final Map<String, LocalDate> holderFirst = new HashMap<>();
    private final Map<String, String> holderOwner = new HashMap<>();
    private int serial;
    private final java.util.Set<String> metAgain = new java.util.HashSet<>();

    private DirtyRegister(long seed) {
        random = new Random(seed);
    }

    /** About {@code n} rows; {@code knownPhone} is a phone RotaDesk registered before the import. */
    static DirtyRegister of(long seed, int n, String knownPhone) {
        DirtyRegister r = new DirtyRegister(seed);
        for (int i = 0; i < n; i++) {
            r.row(i, knownPhone);
        }
        return r;
    }

    List<Row> rows() {
        return rows;
    }

    /** How many rows must end so. */
    Map<Expect, Integer> expected() {
        Map<Expect, Integer> m = new EnumMap<>(Expect.class);
        for (Expect e : Expect.values()) {
            m.put(e, 0);
        }
        rows.forEach(r -> m.merge(r.expect(), 1, Integer::sum));
        return m;
    }

    /** How many rows the engine must refuse for each reason. */
    Map<Event.ImportRefusal, Integer> refusals() {
        Map<Event.ImportRefusal, Integer> m = new EnumMap<>(Event.ImportRefusal.class);
        rows.stream().filter(r -> r.why() != null).forEach(r -> m.merge(r.why(), 1, Integer::sum));
        return m;
    }

    private String freshPhone() {
        serial++;
        return String.format("139%08d", serial * 7919L % 100_000_000L);
    }

    private String name() {
        return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
    }

    private String owner() {
        return OFFICE.get(random.nextInt(OFFICE.size()));
    }

    /** A phone as some hand wrote it. */
    private String written(String digits) {
        return switch (random.nextInt(6)) {
            case 0 -> digits.substring(0, 3) + " " + digits.substring(3, 7) + " " + digits.substring(7);
            case 1 -> digits.substring(0, 3) + "-" + digits.substring(3, 7) + "-" + digits.substring(7);
            case 2 -> "+86 " + digits;
            case 3 -> fullWidth(digits);
            case 4 -> " " + digits + " ";
            default -> digits;
        };
    }

    private static String fullWidth(String digits) {
        StringBuilder sb = new StringBuilder();
        digits.chars().forEach(c -> sb.append((char) ('０' + (c - '0'))));
        return sb.toString();
    }

    /** A date as some hand wrote it, Excel's serial day among them. */
    private String date(LocalDate d) {
        return switch (random.nextInt(5)) {
            case 0 -> d.toString();
            case 1 -> d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth();
            case 2 -> d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
            case 3 -> d.toString().replace("-", "");
            default -> Long.toString(ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), d));
        };
    }

    private LocalDate someDay() {
        return TODAY.minusDays(1 + random.nextInt(3 * 365));
    }

    private void add(Row r, String digits) {
        blankBefore.add(random.nextInt(97) == 0);
        rows.add(r);
    }

    private void accepted(String name, String digits, String written, String owner, Expect expect) {
        LocalDate first = someDay();
        LocalDate last = first.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(first, TODAY)));
        String deal = random.nextInt(12) == 0 ? (random.nextBoolean() ? "已成交" : date(last)) : "";
        add(new Row(name, written, owner, date(first), date(last), deal, SOURCES[random.nextInt(SOURCES.length)],
                expect, null, digits), digits);
        holder.put(digits, rows.size() - 1);
        holderFirst.put(digits, first);
        holderOwner.put(digits, owner);
    }

    private void row(int i, String knownPhone) {
        String digits;
        // a register meets a phone again only after it has rows enough to meet
        int kind = i < 40 && i % 40 >= 7 && i % 40 <= 9 ? 0 : i % 40;
        switch (kind) {
            case 1 -> {
                digits = "0731" + String.format("%08d", 80_000_000 + i);
                accepted(name(), digits, "0731-" + digits.substring(4), owner(), Expect.ACCEPTED);
            }
            case 2 -> add(refused(name(), "8" + String.format("%07d", i), owner(), Event.ImportRefusal.BAD_PHONE),
                    null);
            case 3 -> add(refused("", written(freshPhone()), owner(), Event.ImportRefusal.NO_NAME), null);
            case 4 -> add(refused("无", written(freshPhone()), owner(), Event.ImportRefusal.NO_NAME), null);
            case 5 -> add(refused(name(), written(freshPhone()), "", Event.ImportRefusal.NO_OWNER), null);
            case 6 -> add(new Row(name(), written(freshPhone()), owner(), "", "", "", "", Expect.REFUSED,
                    Event.ImportRefusal.NO_LAST_CONTACT, null), null);
            case 7 -> {
                // the same row typed twice
                Row was = rows.get(holder.get(lastHeld()));
                add(new Row(was.name(), was.phone(), was.owner(), was.first(), was.last(), was.deal(), was.source(),
                        Expect.DUPLICATE, null, was.digits()), was.digits());
            }
            case 8 -> {
                // another consultant registered the same phone later: the earlier registration stays (R17)
                String phone = lastHeld();
                LocalDate first = holderFirst.get(phone).plusDays(5);
                add(new Row(name(), written(phone), other(holderOwner.get(phone)), date(first),
                        date(first.plusDays(1)), "", "", Expect.CONFLICT, null, phone), phone);
            }
            case 9 -> {
                // another consultant registered the same phone earlier: this row replaces the one before (R17)
                String phone = lastHeld();
                LocalDate first = holderFirst.get(phone).minusDays(10);
                String owner = other(holderOwner.get(phone));
                int was = holder.get(phone);
                Row r = rows.get(was);
                rows.set(was, new Row(r.name(), r.phone(), r.owner(), r.first(), r.last(), r.deal(), r.source(),
                        Expect.REPLACED, null, r.digits()));
                add(new Row(name(), written(phone), owner, date(first), date(first.plusDays(3)), "", "", Expect.WINS,
                        null, phone), phone);
                holder.put(phone, rows.size() - 1);
                holderFirst.put(phone, first);
                holderOwner.put(phone, owner);
            }
            case 10 -> add(new Row(name(), written(freshPhone()), owner(), "2026/13/45", "", "", "", Expect.UNREADABLE,
                    null, null), null);
            case 11 -> accepted(name(), digits = freshPhone(), written(digits), GONE, Expect.TO_POOL);
            case 12 -> add(refused(name(), "12345", owner(), Event.ImportRefusal.BAD_PHONE), null);
            case 13 -> {
                if (i == 13 && knownPhone != null) {
                    add(new Row(name(), written(knownPhone), owner(), date(someDay()), date(TODAY.minusDays(2)), "", "",
                            Expect.KNOWN, null, knownPhone), knownPhone);
                } else {
                    accepted(name(), digits = freshPhone(), written(digits), owner(), Expect.ACCEPTED);
                }
            }
            default -> accepted(name(), digits = freshPhone(), written(digits), owner(), Expect.ACCEPTED);
        }
    }

    private Row refused(String name, String phone, String owner, Event.ImportRefusal why) {
        LocalDate first = someDay();
        return new Row(name, phone, owner, date(first), date(first.plusDays(1)), "", "", Expect.REFUSED, why, null);
    }

    /** A phone held by a row not yet met again (each duplicate, conflict or win comes once per phone). */
    private String lastHeld() {
        for (int k = rows.size() - 1; k >= 0; k--) {
            Row r = rows.get(k);
            if (r.expect() == Expect.ACCEPTED && r.digits() != null && holder.get(r.digits()) == k
                    && metAgain.add(r.digits())) {
                return r.digits();
            }
        }
        throw new IllegalStateException("no accepted row to meet again");
    }

    private String other(String owner) {
        return OFFICE.get((OFFICE.indexOf(owner) + 1) % OFFICE.size());
    }

    /** The register as a CSV file in this encoding, a title line above the header, blank lines among the rows. */
    Path csv(Path file, Charset charset, boolean bom) throws IOException {
        StringBuilder sb = new StringBuilder();
        if (bom) {
            sb.append('\uFEFF');
        }
        sb.append("测试售楼处客户登记表（2024-2026）,,,,,,,,,\r\n");
        sb.append(String.join(",", HEADERS)).append("\r\n");
        for (int i = 0; i < rows.size(); i++) {
            if (blankBefore.get(i)) {
                sb.append(",,,,,,,,,\r\n");
            }
            List<String> cells = rows.get(i).cells(i + 1);
            List<String> quoted = new ArrayList<>();
            for (String c : cells) {
                quoted.add(c.contains(",") || c.contains("\"") ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
            }
            sb.append(String.join(",", quoted)).append("\r\n");
        }
        Files.write(file, sb.toString().getBytes(charset));
        return file;
    }

    /** The register as a workbook: phones in number cells where they are plain digits, dates sometimes date cells. */
    Path xlsx(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("客户登记");
            ws.value(0, 0, "测试售楼处客户登记表");
            for (int c = 0; c < HEADERS.size(); c++) {
                ws.value(1, c, HEADERS.get(c));
            }
            int r = 2;
            for (int i = 0; i < rows.size(); i++) {
                if (blankBefore.get(i)) {
                    r++;
                }
                List<String> cells = rows.get(i).cells(i + 1);
                for (int c = 0; c < cells.size(); c++) {
                    String v = cells.get(c);
                    if (v.isEmpty()) {
                        continue;
                    }
                    if (c == 2 && v.matches("1\\d{10}")) {
                        ws.value(r, c, Long.parseLong(v));
                    } else if ((c == 4 || c == 5) && v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                        ws.value(r, c, LocalDate.parse(v));
                        ws.style(r, c).format("yyyy-mm-dd").set();
                    } else {
                        ws.value(r, c, v);
                    }
                }
                r++;
            }
            wb.finish();
        }
        return file;
    }
}
