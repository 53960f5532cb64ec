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
        Event.CorrectedEarlier earlier = events.stream().filter(e -> e instanceof Event.CorrectedEarlier)
                .map(e -> (Event.CorrectedEarlier) e).findFirst().orElse(null);
        if (c == null && earlier == null) {
            return out;
        }
        com.rotadesk.model.Registration corrected = c != null ? c.after() : earlier.after();
        String belongsTo = c != null ? c.belongsTo() : earlier.belongsTo();
        String after = corrected.phone();
        if (belongsTo != null) {
            out.add(t.get("correct.belongsTo", Phones.mask(after), belongsTo,
                    visit == null ? "" : visit.consultant()));
            if (c != null && offersVoid(c, visit)) {
                out.add(t.get("correct.voidOffered", visit.consultant()));
            } else if (earlier != null && visit != null && visit.counted()) {
                // that day's rotation is over: its turns stand (R25); a manual adjustment (R23) is the manager's
                out.add(t.get("correct.earlierNoVoid", visit.consultant()));
            }
        }
        for (Event e : events) {
            if (e instanceof Event.OwnershipRecomputed o && !(belongsTo != null && o.phone().equals(after))) {
                out.add(owner(t, o.phone(), o.client(), now, ownerRule));
            }
        }
        if (c != null ? c.householdConflict() : earlier.householdConflict()) {
            out.add(t.get("correct.household", Phones.mask(after)));
        }
        if (!corrected.complete()) {
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
        return changed(t, c.name(), c.phone(), c.party(), c.source(), c.notes());
    }

    /** The same for a correction of an earlier day. */
    static String changed(Texts t, Action.CorrectEarlier c) {
        return changed(t, c.name(), c.phone(), c.party(), c.source(), c.notes());
    }

    private static String changed(Texts t, String name, String phone, Integer party,
            com.rotadesk.model.VisitSource source, String notes) {
        List<String> fields = new ArrayList<>();
        if (name != null) {
            fields.add(t.get("checkin.name"));
        }
        if (phone != null) {
            fields.add(t.get("checkin.phone"));
        }
        if (party != null) {
            fields.add(t.get("checkin.party"));
        }
        if (source != null) {
            fields.add(t.get("checkin.source"));
        }
        if (notes != null) {
            fields.add(t.get("checkin.notes"));
        }
        return String.join(t.get("list.separator"), fields);
    }
}
