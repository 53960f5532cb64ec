package com.rotadesk.app.sheets;

import com.rotadesk.model.Channel;
import com.rotadesk.model.Phones;
import com.rotadesk.model.VisitSource;
import com.rotadesk.model.VisitType;
import com.rotadesk.model.engine.OfficeEngine;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** The words the layouts share: labels of model values, privacy rules for names and phones, header lines. */
final class SheetWords {
    private final Labels labels;
    private final SheetOptions options;

    SheetWords(SheetOptions options) {
        this.options = options;
        this.labels = new Labels(options.locale());
    }

    Labels labels() {
        return labels;
    }

    String text(String key) {
        return labels.text(key);
    }

    String format(String key, Object... args) {
        return labels.format(key, args);
    }

    String type(VisitType type) {
        return labels.text("type." + type.code());
    }

    String source(VisitSource source) {
        return labels.text("source." + source.code());
    }

    String channel(Channel channel) {
        return labels.text("channel." + channel.code());
    }

    String group(String group) {
        return OfficeEngine.DEFAULT_GROUP.equals(group) ? labels.text("group.default") : group;
    }

    String yesNo(boolean b) {
        return labels.text(b ? "yes" : "no");
    }

    /** A visitor's name; erased personal data (an {@code @} pseudonym) is never printed. */
    String name(String name) {
        if (name == null) {
            return "";
        }
        return Phones.erased(name) ? labels.text("erased") : name;
    }

    /** A phone, masked as {@code 138****5678} unless the options ask for it in full. */
    String phone(String phone) {
        if (phone == null) {
            return "";
        }
        if (Phones.erased(phone)) {
            return labels.text("erased");
        }
        return options.fullPhones() ? phone : Phones.mask(phone);
    }

    String date(LocalDate date) {
        return DateTimeFormatter.ofPattern(labels.text("date.pattern"), labels.locale()).format(date);
    }

    /** Office (when set up) and date, the first lines under every title. */
    List<String> header(String office, LocalDate date) {
        List<String> lines = new ArrayList<>();
        if (!office.isEmpty()) {
            lines.add(labels.format("header.office", office));
        }
        lines.add(labels.format("header.date", date(date)));
        return lines;
    }

    /** Office (when set up) and the period, the first lines under a range report's title. */
    List<String> header(String office, LocalDate from, LocalDate to, int days) {
        List<String> lines = new ArrayList<>();
        if (!office.isEmpty()) {
            lines.add(labels.format("header.office", office));
        }
        lines.add(labels.format("range.header", from, to, days));
        return lines;
    }

    /** The page footer of a range report. */
    String footer(LocalDate from, LocalDate to) {
        return labels.text("footer.page").replace("{0}", labels.format("range.footer", from, to)).replace("{1}", "{0}")
                .replace("{2}", "{1}");
    }

    /** A policy setting's short name ("Make-up credit cap (R8)"). */
    String setting(String key) {
        return labels.has("setting." + key) ? labels.text("setting." + key) : key;
    }

    /** A setting's value in words (a number or a window as it is). */
    String settingValue(String value) {
        return labels.has("setting.value." + value) ? labels.text("setting.value." + value) : value;
    }

    /** The weekday's short name ("周一", "Mon"). */
    String weekday(java.time.DayOfWeek day) {
        return day.getDisplayName(java.time.format.TextStyle.SHORT, labels.locale());
    }

    String footer(LocalDate date) {
        // {0} is filled here; the PDF writer fills the page numbers.
        return labels.text("footer.page").replace("{0}", date.toString()).replace("{1}", "{0}").replace("{2}", "{1}");
    }

    /** The footer with the journal's anchor on every page (a page torn off still names it), or without one. */
    String footer(LocalDate date, String anchor) {
        return anchor == null ? footer(date) : footer(date).replace("RotaDesk · ", "RotaDesk · "
                + labels.text("footer.anchor").replace("{0}", anchor) + " · ");
    }

    /** The header line naming the journal's anchor and how to check it, when there is one. */
    java.util.Optional<String> anchor(String anchor) {
        return anchor == null ? java.util.Optional.empty() : java.util.Optional.of(labels.format("header.anchor", anchor));
    }

    String notes(List<RegisterLine.Note> notes) {
        List<String> out = new ArrayList<>();
        for (RegisterLine.Note n : notes) {
            out.add(switch (n) {
                case RegisterLine.Note.Incomplete i -> text("note.incomplete");
                case RegisterLine.Note.MakeUp m -> text("note.makeUp");
                case RegisterLine.Note.StandIn s -> format("note.standIn", s.forConsultant());
                case RegisterLine.Note.Voided v -> format("note.voided", text("void." + v.reason().code()));
                case RegisterLine.Note.HouseholdConflict h -> text("note.householdConflict");
                case RegisterLine.Note.OutsideWindow o -> text("note.outsideWindow");
                case RegisterLine.Note.Manual m -> format("note.manual", m.reason());
                case RegisterLine.Note.Deal d -> text("note.deal");
                case RegisterLine.Note.Waiting w -> text("note.waiting");
                case RegisterLine.Note.Gone g -> text("note.gone");
                case RegisterLine.Note.Corrected c -> text("note.corrected");
                // the receptionist's words, as typed
                case RegisterLine.Note.Remark r -> r.text();
            });
        }
        return String.join(text("note.separator"), out);
    }
}
