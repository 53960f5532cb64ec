package com.rotadesk.model.engine.rules;

import com.rotadesk.model.Action;
import com.rotadesk.model.Client;
import com.rotadesk.model.Event;
import com.rotadesk.model.Phones;
import com.rotadesk.model.engine.state.Scratch;

import java.time.LocalDateTime;
import java.util.List;

/**
 * R29: an office's old register taken in as one action. Per phone the earliest registration wins (R17), a phone
 * RotaDesk already knows keeps RotaDesk's record, a row without a name and a valid phone is refused (R16);
 * protection runs from the last contact (R18) and a deal never lapses (R19).
 */
final class Imports {

    void importRows(Scratch s, Action.Import a) {
        List<Action.ImportRow> rows = a.rows();
        for (int i = 0; i < rows.size(); i++) {
            row(s, a.at(), i + 1, rows.get(i));
        }
    }

    private static void row(Scratch s, LocalDateTime at, int number, Action.ImportRow row) {
        String phone = Phones.normalise(row.phone());
        Event.ImportRefusal why = row.name() == null || row.name().isBlank() ? Event.ImportRefusal.NO_NAME
                // an erased visitor's pseudonym stood for a valid phone: a replay after an erasure decides the same
                : !Phones.plausible(phone) && !Phones.erased(phone) ? Event.ImportRefusal.BAD_PHONE
                : row.owner() == null || row.owner().isBlank() ? Event.ImportRefusal.NO_OWNER
                : row.last() == null ? Event.ImportRefusal.NO_LAST_CONTACT : null;
        if (why != null) {
            s.emit(new Event.ImportedRow(at, number, phone, Event.ImportFate.REFUSED, why, null));
            return;
        }
        LocalDateTime first = (row.first() != null ? row.first() : row.last()).atStartOfDay();
        Client existing = s.client(phone);
        Event.ImportFate fate;
        if (existing == null) {
            fate = Event.ImportFate.ACCEPTED;
        } else if (!existing.imported()) {
            fate = Event.ImportFate.KNOWN;
        } else {
            boolean earlier = existing.registered() == null || first.isBefore(existing.registered());
            fate = earlier ? Event.ImportFate.WINS : Event.ImportFate.CONFLICT;
        }
        if (fate == Event.ImportFate.KNOWN || fate == Event.ImportFate.CONFLICT) {
            s.emit(new Event.ImportedRow(at, number, phone, fate, null, null));
            return;
        }
        String owner = row.owner().strip();
        boolean pool = row.unknown() == Action.UnknownOwner.POOL && !Transfers.isConsultant(s, owner);
        LocalDateTime last = row.last().atStartOfDay();
        Client client = pool
                ? new Client(phone, row.name().strip(), List.of(), null, last, false, null, first, true, at)
                : new Client(phone, row.name().strip(), List.of(), owner, last, row.deal() != null, null, first,
                        true, null);
        s.emit(new Event.ImportedRow(at, number, phone, fate, null, client));
    }
}
