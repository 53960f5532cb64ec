package com.rotadesk.app.desk;

import com.rotadesk.model.Action;
import com.rotadesk.model.Client;
import com.rotadesk.model.Event;
import com.rotadesk.model.Phones;
import com.rotadesk.model.Visit;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What the engine decided for a correction (R28), in the receptionist's words: whose client each phone concerned is
 * now, whether the corrected phone is another consultant's client (and that the void of R14 will be offered), and
 * that the rotation stands.
 */
final class CorrectionWords {
    private CorrectionWords() {
    }

    /** The engine's {@code Corrected} among a correction's events, or null. */
    static Event.Corrected corrected(List<Event> events) {
        return events.stream().filter(e -> e instanceof Event.Corrected).map(e -> (Event.Corrected) e).findFirst()
                .orElse(null);
    }

    /**
     * True when the correction made the visit another consultant's client's while its reception took a counted
     * turn: the desk offers the void of R14 afterwards.
     */
    static boolean offersVoid(Event.Corrected c, Visit visit) {
        return c != null && c.belongsTo() != null && visit != null && visit.counted() && visit.voided() == null;
    }

    /**
     * The lines the dialog shows: the other consultant's client first, then every phone's owner as it comes out,
     * then what stays.
     */
    static List<String> lines(Texts t, List<Event> events, Visit visit, LocalDateTime now,
            java.util.function.BiFunction<Client, LocalDateTime, String> ownerRule) {
        List<String> out = new ArrayList<>();
        Event.Corrected c = corrected(events);
        if (c == null) {
            return out;
        }
        String after = c.after().phone();
        if (c.belongsTo() != null) {
            out.add(t.get("correct.belongsTo", Phones.mask(after), c.belongsTo(),
                    visit == null ? "" : visit.consultant()));
            if (offersVoid(c, visit)) {
                out.add(t.get("correct.voidOffered", visit.consultant()));
            }
        }
        for (Event e : events) {
            if (e instanceof Event.OwnershipRecomputed o && !(c.belongsTo() != null && o.phone().equals(after))) {
                out.add(owner(t, o.phone(), o.client(), now, ownerRule));
            }
        }
        if (c.householdConflict()) {
            out.add(t.get("correct.household", Phones.mask(after)));
        }
        if (!c.after().complete()) {
            out.add(t.get("correct.incomplete"));
        }
        out.add(t.get("correct.rotationStands"));
        return out;
    }

    private static String owner(Texts t, String phone, Client client, LocalDateTime now,
            java.util.function.BiFunction<Client, LocalDateTime, String> ownerRule) {
        if (client == null) {
            return t.get("correct.nobody", Phones.mask(phone));
        }
        String owner = ownerRule.apply(client, now);
        return owner == null ? t.get("correct.public", Phones.mask(phone))
                : t.get("correct.owner", Phones.mask(phone), owner);
    }

    /** The fields a correction changes, in words ("电话、姓名"), for the status line. */
    static String changed(Texts t, Action.Correct c) {
        List<String> fields = new ArrayList<>();
        if (c.name() != null) {
            fields.add(t.get("checkin.name"));
        }
        if (c.phone() != null) {
            fields.add(t.get("checkin.phone"));
        }
        if (c.party() != null) {
            fields.add(t.get("checkin.party"));
        }
        if (c.source() != null) {
            fields.add(t.get("checkin.source"));
        }
        if (c.notes() != null) {
            fields.add(t.get("checkin.notes"));
        }
        return String.join(t.get("list.separator"), fields);
    }
}
