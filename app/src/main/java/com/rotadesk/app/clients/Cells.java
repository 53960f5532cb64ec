package com.rotadesk.app.clients;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the values of an office's register are read: full-width characters made plain, the usual spellings of a
 * date (2026-11-01, 2026/11/1, 2026年11月1日, 20261101, an Excel serial day), of a deal (a date, 是, 已成交) and of
 * a phone (spaces, dashes, a +86 in front). A value that cannot be read is said, never guessed.
 */
final class Cells {
    /** What registers write for "nothing here". */
    private static final Set<String> BLANKS = Set.of("-", "--", "—", "——", "/", "无", "空", "暂无", "null", "n/a", "na",
            "none", "#n/a");
    private static final Set<String> YES = Set.of("是", "已成交", "成交", "已签约", "签约", "已认购", "认购", "y", "yes", "true",
            "1", "√", "✓", "✔");
    private static final Set<String> NO = Set.of("否", "未成交", "不", "没有", "n", "no", "false", "0", "×", "✗");
    private static final Pattern YMD = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ T]+\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2}(?:\\.\\d+)?)?)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern SERIAL = Pattern.compile("\\d{5}(?:\\.\\d+)?");
    /** Excel's day 0 (its 1900 calendar counts a 29 February 1900 that never was, so day 60 on is off by one). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final LocalDate EXCEL_1904 = LocalDate.of(1904, 1, 1);

    private Cells() {
    }

    /** Full-width letters, digits and spaces made plain (NFKC), then stripped; null stays null. */
    static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        return Normalizer.normalize(raw, Normalizer.Form.NFKC).replace('\u00a0', ' ').strip();
    }

    /** A text value: cleaned, inner runs of spaces made one, a "nothing here" mark made null. */
    static String text(String raw) {
        String s = clean(raw);
        if (s == null || s.isEmpty() || BLANKS.contains(s.toLowerCase(Locale.ROOT))) {
            return null;
        }
        return s.replaceAll("\\s+", " ");
    }

    /**
     * A phone as the register wrote it, made readable: full-width digits plain, a +86 or 0086 country code taken
     * off. Nothing else is changed: the engine keeps the digits and refuses what is not a phone (R29).
     */
    static String phone(String raw) {
        String s = text(raw);
        if (s == null) {
            return null;
        }
        String compact = s.replaceAll("[\\s\\-()]", "");
        if (compact.startsWith("+86")) {
            return compact.substring(3);
        }
        if (compact.startsWith("0086")) {
            return compact.substring(4);
        }
        if (compact.length() == 13 && compact.startsWith("861")) {
            return compact.substring(2);
        }
        return s;
    }

    /** A number a spreadsheet stored (a phone typed into a number cell), as its plain digits. */
    static String number(BigDecimal n) {
        BigDecimal plain = n.stripTrailingZeros();
        return plain.scale() <= 0 ? plain.toPlainString() : n.toPlainString();
    }

    /** A date in any of the office spellings; null for a blank; {@link Unreadable} when it is none of them. */
    static LocalDate date(String raw, boolean date1904) {
        String s = text(raw);
        if (s == null) {
            return null;
        }
        try {
            Matcher m = YMD.matcher(s);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
            m = COMPACT.matcher(s);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
            if (SERIAL.matcher(s).matches()) {
                return serial(new BigDecimal(s), date1904);
            }
        } catch (DateTimeException | NumberFormatException e) {
            throw new Unreadable(s);
        }
        throw new Unreadable(s);
    }

    /** An Excel serial day (a date cell), the time of day dropped. */
    static LocalDate serial(BigDecimal days, boolean date1904) {
        long whole = days.longValue();
        if (whole < 1 || whole > 2_958_465) {
            throw new Unreadable(days.toPlainString());
        }
        return date1904 ? EXCEL_1904.plusDays(whole) : EXCEL_EPOCH.plusDays(whole);
    }

    /**
     * A deal column: a date is the deal's date; 是, 已成交 and the like are a deal without a date (the caller takes
     * the last contact); 否, 未成交 or blank, no deal ({@code null}). Anything else is {@link Unreadable}.
     */
    static Deal deal(String raw, boolean date1904) {
        String s = text(raw);
        if (s == null || NO.contains(s.toLowerCase(Locale.ROOT))) {
            return null;
        }
        if (YES.contains(s.toLowerCase(Locale.ROOT))) {
            return new Deal(null);
        }
        return new Deal(date(s, date1904));
    }

    /** A deal, with its date when the register gave one. */
    record Deal(LocalDate date) {
    }

    /** A value that is not what its column should hold. */
    static final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String value;

        Unreadable(String value) {
            super(value, null, false, false);
            this.value = value;
        }

        String value() {
            return value;
        }
    }
}
