package com.rotadesk.persistence;

import com.rotadesk.model.Action;
import com.rotadesk.model.AwayKind;
import com.rotadesk.model.Channel;
import com.rotadesk.model.OfficeProfile;
import com.rotadesk.model.PassReason;
import com.rotadesk.model.Policy;
import com.rotadesk.model.Registration;
import com.rotadesk.model.Rejection;
import com.rotadesk.model.VisitSource;
import com.rotadesk.model.VisitType;
import com.rotadesk.model.VoidReason;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * Turns actions into journal text and back. The text is deterministic (it is hashed) and holds no personal
 * data: a visitor's name and phone are stored apart and referred to by a person id.
 */
final class ActionCodec {
    /** The kind of a correction of an earlier day's visit (R28); its day's register finds it by that. */
    static final String CORRECT_EARLIER = "correct-earlier";

    /** A visitor's personal data, stored in the person table, never in the journal text. */
    record Personal(String phone, String name) {
    }

    /**
     * An action as the journal stores it; an import's rows ({@code rows}, null otherwise) go to journal_row, each
     * with its visitor, and the entry's text keeps their digest ({@link #sealRows}).
     */
    record Encoded(String kind, String payload, Personal personal, List<Row> rows) {
        Encoded(String kind, String payload, Personal personal) {
            this(kind, payload, personal, null);
        }
    }

    /** One row of a many-visitor entry: the visitor, and the row's own text (no personal data). */
    record Row(Personal personal, String payload) {
    }

    /** A row as stored: its visitor's person row and commitment, and its text. */
    record StoredRow(int position, Long personId, String personDigest, String payload) {
    }

    /** The rows of an entry, read back for its replay; with the visitors' data as they are now. */
    interface Rows {
        /** The stored rows of entry {@code seq} in order, each with its visitor's data now. */
        List<Personal> personal(long seq);

        /** The stored rows' text, in order. */
        List<String> payloads(long seq);
    }

    private ActionCodec() {
    }

    static Encoded encode(Action action) {
        Map<String, String> f = new LinkedHashMap<>();
        Personal personal = null;
        List<Row> pendingRows = null;
        String kind = switch (action) {
            case Action.StartDay s -> {
                f.put("date", s.date().toString());
                yield "start-day";
            }
            case Action.ConfigureOffice c -> {
                f.put("office", c.profile().name());
                List<String> groups = new ArrayList<>();
                for (OfficeProfile.Group g : c.profile().groups()) {
                    groups.add(escape(g.name()) + ":" + joinEscaped(g.consultants()));
                }
                f.put("groups", String.join(";", groups));
                yield "configure-office";
            }
            case Action.ChangePolicy c -> {
                c.policy().asSettings().forEach((k, v) -> f.put("policy." + k, v));
                yield "change-policy";
            }
            case Action.SetRoster r -> {
                f.put("consultants", joinEscaped(r.consultants()));
                yield "set-roster";
            }
            case Action.SignIn s -> {
                f.put("consultant", s.consultant());
                putIf(f, "group", s.group());
                yield "sign-in";
            }
            case Action.SignOut s -> {
                f.put("consultant", s.consultant());
                yield "sign-out";
            }
            case Action.StepAway s -> {
                f.put("consultant", s.consultant());
                f.put("kind", s.kind().code());
                yield "away";
            }
            case Action.Back b -> {
                f.put("consultant", b.consultant());
                yield "back";
            }
            case Action.CheckIn c -> {
                f.put("channel", c.channel().code());
                f.put("ref", c.ref());
                f.put("party", Integer.toString(c.registration().party()));
                f.put("source", c.registration().source().code());
                putIf(f, "type", c.type() == null ? null : c.type().code());
                putIf(f, "named", c.named());
                putIf(f, "family", c.family() == null ? null : c.family().toString());
                putIf(f, "group", c.group());
                putIf(f, "rejections", rejections(c.rejections()));
                putIf(f, "notes", c.registration().notes());
                personal = new Personal(c.registration().phone(), c.registration().name());
                yield "check-in";
            }
            case Action.Assign a -> {
                f.put("ref", a.ref());
                putIf(f, "rejections", rejections(a.rejections()));
                yield "assign";
            }
            case Action.EndVisit e -> {
                f.put("ref", e.ref());
                yield "end";
            }
            case Action.VoidVisit v -> {
                f.put("ref", v.ref());
                f.put("reason", v.reason().code());
                yield "void";
            }
            case Action.MarkDeal d -> {
                f.put("ref", d.ref());
                yield "deal";
            }
            case Action.FollowUp u -> {
                personal = new Personal(u.phone(), null);
                yield "follow-up";
            }
            case Action.Surge s -> {
                f.put("on", Boolean.toString(s.on()));
                yield "surge";
            }
            case Action.Undo u -> "undo";
            case Action.Reorder r -> {
                putIf(f, "group", r.group());
                putIf(f, "channel", r.channel() == null ? null : r.channel().code());
                f.put("order", joinEscaped(r.order()));
                f.put("reason", r.reason());
                yield "reorder";
            }
            case Action.GrantCredit g -> {
                f.put("consultant", g.consultant());
                putIf(f, "channel", g.channel() == null ? null : g.channel().code());
                f.put("reason", g.reason());
                yield "grant-credit";
            }
            case Action.TakeCredit t -> {
                f.put("consultant", t.consultant());
                putIf(f, "channel", t.channel() == null ? null : t.channel().code());
                f.put("reason", t.reason());
                yield "take-credit";
            }
            case Action.MovePointer m -> {
                putIf(f, "group", m.group());
                putIf(f, "channel", m.channel() == null ? null : m.channel().code());
                f.put("consultant", m.consultant());
                f.put("reason", m.reason());
                yield "move-pointer";
            }
            case Action.AssignTo a -> {
                f.put("ref", a.ref());
                f.put("consultant", a.consultant());
                f.put("counted", Boolean.toString(a.counted()));
                f.put("reason", a.reason());
                yield "assign-to";
            }
            case Action.Disqualify d -> {
                f.put("consultant", d.consultant());
                f.put("reason", d.reason());
                yield "disqualify";
            }
            case Action.Reinstate r -> {
                f.put("consultant", r.consultant());
                f.put("reason", r.reason());
                yield "reinstate";
            }
            case Action.Correct c -> {
                f.put("ref", c.ref());
                personal = correction(f, c.name(), c.phone(), c.party(), c.source(), c.notes(), c.reason());
                yield "correct";
            }
            case Action.CorrectEarlier c -> {
                f.put("day", c.day().toString());
                f.put("channel", c.channel().code());
                f.put("number", Integer.toString(c.number()));
                personal = correction(f, c.name(), c.phone(), c.party(), c.source(), c.notes(), c.reason());
                yield CORRECT_EARLIER;
            }
            case Action.Transfer t -> {
                putIf(f, "to", t.to());
                f.put("deal", Boolean.toString(t.deal()));
                f.put("reason", t.reason());
                personal = new Personal(com.rotadesk.model.Phones.normalise(t.phone()), null);
                yield "transfer";
            }
            case Action.TransferAll t -> {
                f.put("from", t.from());
                f.put("to", joinEscaped(t.to()));
                f.put("reason", t.reason());
                yield "transfer-all";
            }
            case Action.Import i -> {
                f.put("rows", Integer.toString(i.rows().size()));
                List<Row> rows = new ArrayList<>();
                for (Action.ImportRow row : i.rows()) {
                    Map<String, String> r = new LinkedHashMap<>();
                    putIf(r, "owner", row.owner());
                    putIf(r, "first", row.first() == null ? null : row.first().toString());
                    putIf(r, "last", row.last() == null ? null : row.last().toString());
                    putIf(r, "deal", row.deal() == null ? null : row.deal().toString());
                    r.put("unknown", row.unknown().name().toLowerCase());
                    String phone = com.rotadesk.model.Phones.normalise(row.phone());
                    String name = blankToNull(row.name());
                    rows.add(new Row(phone == null && name == null ? null : new Personal(phone, name), text(r)));
                }
                pendingRows = rows;
                yield "import";
            }
        };
        if (kind.equals("import")) {
            return new Encoded(kind, text(f), null, pendingRows);
        }
        return new Encoded(kind, text(f), personal);
    }

    /** Fields as the journal's text: {@code key=value} separated by tabs, values escaped. */
    private static String text(Map<String, String> f) {
        StringBuilder sb = new StringBuilder();
        f.forEach((k, v) -> {
            if (!sb.isEmpty()) {
                sb.append('\t');
            }
            sb.append(k).append('=').append(escape(v));
        });
        return sb.toString();
    }

    /**
     * The entry's text once its rows have their person rows: the rows' digest is added, so the chain commits to
     * every row (and through each row's commitment, to its visitor).
     */
    static String sealRows(String payload, List<StoredRow> rows) {
        return payload + "\trowsDigest=" + rowsDigest(rows);
    }

    /** The digest of an entry's stored rows, in order. */
    static String rowsDigest(List<StoredRow> rows) {
        List<String> fields = new ArrayList<>();
        for (StoredRow r : rows) {
            fields.add(Integer.toString(r.position()));
            fields.add(r.personId() == null ? null : r.personId().toString());
            fields.add(r.personDigest());
            fields.add(r.payload());
        }
        return HashChain.sha256(HashChain.canonical("rotadesk-rows-1", fields));
    }

    /** The rows' digest an entry's text recorded, or null for an entry without rows. */
    static String recordedRowsDigest(String payload) {
        for (String part : payload.split("\t", -1)) {
            if (part.startsWith("rowsDigest=")) {
                return part.substring("rowsDigest=".length());
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A correction's fields (R28, today's or an earlier day's): the text's, and the corrected name and phone. */
    private static Personal correction(Map<String, String> f, String name, String phone, Integer party,
            VisitSource source, String notes, String reason) {
        putIf(f, "party", party == null ? null : party.toString());
        putIf(f, "source", source == null ? null : source.code());
        putIf(f, "notes", notes);
        f.put("reason", reason);
        return phone == null && name == null ? null
                : new Personal(com.rotadesk.model.Phones.normalise(phone), blankToNull(name));
    }

    /** Decodes a journal entry that has no rows (all but an import). */
    static Action decode(String kind, LocalDateTime at, String payload, Long personId,
            LongFunction<Personal> personal) {
        return decode(kind, at, payload, personId, personal, 0, null);
    }

    /**
     * Decodes journal entry {@code seq}; {@code personal} resolves the entry's person id (pseudonyms once erased),
     * {@code rows} reads an import's rows.
     */
    static Action decode(String kind, LocalDateTime at, String payload, Long personId,
            LongFunction<Personal> personal, long seq, Rows rows) {
        Map<String, String> f = fields(payload);
        return switch (kind) {
            case "start-day" -> new Action.StartDay(LocalDate.parse(f.get("date")));
            case "configure-office" -> {
                List<OfficeProfile.Group> groups = new ArrayList<>();
                for (String g : f.get("groups").split(";")) {
                    int colon = g.indexOf(':');
                    groups.add(new OfficeProfile.Group(unescape(g.substring(0, colon)), splitEscaped(g.substring(colon + 1))));
                }
                yield new Action.ConfigureOffice(at, new OfficeProfile(f.get("office"), groups));
            }
            case "change-policy" -> {
                Map<String, String> settings = new LinkedHashMap<>();
                f.forEach((k, v) -> settings.put(k.substring("policy.".length()), v));
                yield new Action.ChangePolicy(at, Policy.fromSettings(settings));
            }
            case "set-roster" -> new Action.SetRoster(at, splitEscaped(f.get("consultants")));
            case "sign-in" -> new Action.SignIn(at, f.get("consultant"), f.get("group"));
            case "sign-out" -> new Action.SignOut(at, f.get("consultant"));
            case "away" -> new Action.StepAway(at, f.get("consultant"), AwayKind.parse(f.get("kind")));
            case "back" -> new Action.Back(at, f.get("consultant"));
            case "check-in" -> {
                Personal p = personId == null ? new Personal(null, null) : personal.apply(personId);
                List<Rejection> rejections = rejections(f.get("rejections"));
                yield new Action.CheckIn(at, Channel.parse(f.get("channel")), f.get("ref"),
                        new Registration(p.name(), p.phone(), Integer.parseInt(f.get("party")),
                                VisitSource.parse(f.get("source")), f.get("notes")),
                        f.containsKey("type") ? VisitType.parse(f.get("type")) : null, f.get("named"),
                        f.containsKey("family") ? Boolean.valueOf(f.get("family")) : null, f.get("group"), rejections);
            }
            case "assign" -> new Action.Assign(at, f.get("ref"), rejections(f.get("rejections")));
            case "end" -> new Action.EndVisit(at, f.get("ref"));
            case "void" -> new Action.VoidVisit(at, f.get("ref"), VoidReason.parse(f.get("reason")));
            case "deal" -> new Action.MarkDeal(at, f.get("ref"));
            case "follow-up" -> new Action.FollowUp(at, personal.apply(personId).phone());
            case "surge" -> new Action.Surge(at, Boolean.parseBoolean(f.get("on")));
            case "undo" -> new Action.Undo(at);
            case "reorder" -> new Action.Reorder(at, f.get("group"), channel(f), splitEscaped(f.get("order")),
                    f.get("reason"));
            case "grant-credit" -> new Action.GrantCredit(at, f.get("consultant"), channel(f), f.get("reason"));
            case "take-credit" -> new Action.TakeCredit(at, f.get("consultant"), channel(f), f.get("reason"));
            case "move-pointer" -> new Action.MovePointer(at, f.get("group"), channel(f), f.get("consultant"),
                    f.get("reason"));
            case "assign-to" -> new Action.AssignTo(at, f.get("ref"), f.get("consultant"),
                    Boolean.parseBoolean(f.get("counted")), f.get("reason"));
            case "disqualify" -> new Action.Disqualify(at, f.get("consultant"), f.get("reason"));
            case "reinstate" -> new Action.Reinstate(at, f.get("consultant"), f.get("reason"));
            case "correct" -> {
                Personal p = personId == null ? new Personal(null, null) : personal.apply(personId);
                yield new Action.Correct(at, f.get("ref"), p.name(), p.phone(),
                        f.containsKey("party") ? Integer.valueOf(f.get("party")) : null,
                        f.containsKey("source") ? VisitSource.parse(f.get("source")) : null, f.get("notes"),
                        f.get("reason"));
            }
            case CORRECT_EARLIER -> {
                Personal p = personId == null ? new Personal(null, null) : personal.apply(personId);
                yield new Action.CorrectEarlier(at, java.time.LocalDate.parse(f.get("day")),
                        Channel.parse(f.get("channel")), Integer.parseInt(f.get("number")), p.name(), p.phone(),
                        f.containsKey("party") ? Integer.valueOf(f.get("party")) : null,
                        f.containsKey("source") ? VisitSource.parse(f.get("source")) : null, f.get("notes"),
                        f.get("reason"));
            }
            case "transfer" -> new Action.Transfer(at, personal.apply(personId).phone(), f.get("to"),
                    Boolean.parseBoolean(f.get("deal")), f.get("reason"));
            case "transfer-all" -> new Action.TransferAll(at, f.get("from"), splitEscaped(f.get("to")),
                    f.get("reason"));
            case "import" -> {
                List<Personal> people = rows.personal(seq);
                List<String> texts = rows.payloads(seq);
                List<Action.ImportRow> imported = new ArrayList<>();
                for (int i = 0; i < texts.size(); i++) {
                    Map<String, String> r = fields(texts.get(i));
                    Personal p = people.get(i) == null ? new Personal(null, null) : people.get(i);
                    imported.add(new Action.ImportRow(p.phone(), p.name(), r.get("owner"), date(r.get("first")),
                            date(r.get("last")), date(r.get("deal")),
                            "pool".equals(r.get("unknown")) ? Action.UnknownOwner.POOL : Action.UnknownOwner.ADD));
                }
                yield new Action.Import(at, imported);
            }
            default -> throw new IllegalArgumentException("unknown journal entry kind '" + kind + "'");
        };
    }

    private static Map<String, String> fields(String payload) {
        Map<String, String> f = new LinkedHashMap<>();
        if (!payload.isEmpty()) {
            for (String part : payload.split("\t", -1)) {
                int eq = part.indexOf('=');
                f.put(part.substring(0, eq), unescape(part.substring(eq + 1)));
            }
        }
        return f;
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private static Channel channel(Map<String, String> f) {
        return f.containsKey("channel") ? Channel.parse(f.get("channel")) : null;
    }

    private static void putIf(Map<String, String> f, String key, String value) {
        if (value != null) {
            f.put(key, value);
        }
    }

    private static String joinEscaped(List<String> items) {
        List<String> out = new ArrayList<>(items.size());
        items.forEach(i -> out.add(escape(i)));
        return String.join(",", out);
    }

    private static List<String> splitEscaped(String s) {
        if (s.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String part : s.split(",", -1)) {
            out.add(unescape(part));
        }
        return out;
    }

    /** Rejections as "name:reason;name:reason", or null when there are none (the field is then left out). */
    private static String rejections(List<Rejection> rejections) {
        List<String> texts = new ArrayList<>();
        for (Rejection r : rejections) {
            texts.add(escape(r.consultant()) + ":" + r.reason().code());
        }
        return texts.isEmpty() ? null : String.join(";", texts);
    }

    /** The rejections of a field, none when the field is absent (journals written before assigns had any). */
    private static List<Rejection> rejections(String field) {
        List<Rejection> rejections = new ArrayList<>();
        if (field != null) {
            for (String r : field.split(";")) {
                int colon = r.lastIndexOf(':');
                rejections.add(new Rejection(unescape(r.substring(0, colon)),
                        PassReason.parseRejection(r.substring(colon + 1))));
            }
        }
        return rejections;
    }

    /** Percent-escapes the characters the format uses as separators. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '%', '\t', '\n', '\r', ',', ';', ':', '=' -> sb.append('%').append(String.format("%02X", (int) c));
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    static String unescape(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length()) {
                sb.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
