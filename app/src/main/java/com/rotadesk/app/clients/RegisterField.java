package com.rotadesk.app.clients;

import java.util.List;
import java.util.Locale;

/**
 * What a column of an office's register holds, with the names offices give it (R29). The order of the names is
 * their priority: when a register has two columns for one field (置业顾问 and 接待人), the better-named one is read
 * first and the other fills its blanks.
 */
public enum RegisterField {
    NAME("name", List.of("客户姓名", "姓名", "客户名称", "客户名", "客户", "名字", "name", "client", "client name")),
    PHONE("phone", List.of("联系电话", "手机", "手机号", "手机号码", "电话", "电话号码", "联系方式", "移动电话", "客户电话", "座机", "固定电话", "固话",
            "phone", "mobile", "telephone")),
    OWNER("owner", List.of("置业顾问", "归属", "归属顾问", "归属人", "销售顾问", "顾问", "销售员", "业务员", "接待人",
            "接待顾问", "owner", "consultant")),
    FIRST("first", List.of("首次来访", "首访日期", "首次到访", "登记日期", "登记时间", "首次登记", "来访日期", "first",
            "first visit", "registered")),
    LAST("last", List.of("最近来访", "最后跟进", "最近跟进", "最后来访", "最近到访", "最后联系", "最近联系", "跟进日期", "last",
            "last contact", "last visit")),
    DEAL("deal", List.of("成交日期", "成交", "是否成交", "成交时间", "签约日期", "deal", "deal date")),
    SOURCE("source", List.of("来源", "认知途径", "客户来源", "渠道", "来访渠道", "source")),
    NOTES("notes", List.of("备注", "说明", "notes", "remarks")),
    /** A column the import leaves alone. */
    IGNORE("ignore", List.of());

    private final String code;
    private final List<String> names;

    RegisterField(String code, List<String> names) {
        this.code = code;
        this.names = names;
    }

    /** The field's name on the command line ({@code --map 客户手机=phone}). */
    public String code() {
        return code;
    }

    /** The column names recognised, best first. */
    public List<String> names() {
        return names;
    }

    /** True for a field R29 keeps (name, phone, owner, dates, deal); source and notes are read but not kept. */
    public boolean kept() {
        return this != SOURCE && this != NOTES && this != IGNORE;
    }

    /** The field of a command-line name, or null. */
    public static RegisterField ofCode(String code) {
        for (RegisterField f : values()) {
            if (f.code.equals(code.strip().toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        return null;
    }

    /** How well a header names this field: the index of the name it matches (lower is better), or -1. */
    int rank(String header) {
        String h = normalise(header);
        for (int i = 0; i < names.size(); i++) {
            if (normalise(names.get(i)).equals(h)) {
                return i;
            }
        }
        return -1;
    }

    /** The field a header names and how well, or null when it names none. */
    static Recognised recognise(String header) {
        Recognised best = null;
        for (RegisterField f : values()) {
            int r = f.rank(header);
            if (r >= 0 && (best == null || r < best.rank())) {
                best = new Recognised(f, r);
            }
        }
        return best;
    }

    /** A header recognised as a field, with the rank of the name it matched. */
    record Recognised(RegisterField field, int rank) {
    }

    /**
     * A header as compared: without spaces, a trailing colon, an asterisk marking a required column or a bracketed
     * hint ({@code 联系电话(必填)}), lower case.
     */
    static String normalise(String header) {
        if (header == null) {
            return "";
        }
        String h = Cells.clean(header).toLowerCase(Locale.ROOT);
        h = h.replaceAll("[(\\[【（][^)\\]】）]*[)\\]】）]", "");
        h = h.replaceAll("[\\s*：:_]", "");
        return h;
    }
}
