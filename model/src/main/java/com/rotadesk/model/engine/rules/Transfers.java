package com.rotadesk.model.engine.rules;

import com.rotadesk.model.Action;
import com.rotadesk.model.ActionRejectedException;
import com.rotadesk.model.Client;
import com.rotadesk.model.Event;
import com.rotadesk.model.Phones;
import com.rotadesk.model.Refusal;
import com.rotadesk.model.engine.state.OfficeState;
import com.rotadesk.model.engine.state.Scratch;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;

/** R26, R27: the manager moves clients to another consultant, to several in turn, or to the public pool. */
final class Transfers {

    /** One client: to a consultant (a contact, R18) or to the pool (public at once); a deal only when said so. */
    void transfer(Scratch s, Action.Transfer a) {
        String phone = Phones.normalise(a.phone());
        Client c = s.client(phone);
        if (c == null) {
            throw new ActionRejectedException(Refusal.NO_CLIENT, a.phone());
        }
        if (c.deal() && !a.deal()) {
            throw new ActionRejectedException(Refusal.DEAL_NEEDS_CONSENT, a.phone(), c.owner());
        }
        if (a.to() != null) {
            requireConsultant(s, a.to());
        }
        move(s, c, a.to(), a.at(), a.reason());
    }

    /** Every client the consultant owns now (protected, not a deal), oldest registration first, dealt in turn. */
    void transferAll(Scratch s, Action.TransferAll a) {
        requireConsultant(s, a.from());
        for (String to : a.to()) {
            requireConsultant(s, to);
            if (to.equals(a.from())) {
                throw new ActionRejectedException(Refusal.TRANSFER_TO_SELF, to);
            }
        }
        int days = s.policy().protectionDays();
        List<Client> theirs = s.clientsOwnedBy(a.from()).stream()
                .filter(c -> !c.deal() && a.from().equals(c.ownerAt(a.at(), days)))
                .sorted(Comparator.comparing(Client::registered, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Client::phone))
                .toList();
        for (int i = 0; i < theirs.size(); i++) {
            String to = a.to().isEmpty() ? null : a.to().get(i % a.to().size());
            move(s, theirs.get(i), to, a.at(), a.reason());
        }
    }

    private static void move(Scratch s, Client c, String to, LocalDateTime at, String reason) {
        Client after = to == null ? c.pooledAt(at) : c.transferredTo(to, at);
        s.emit(new Event.Transferred(at, c.phone(), c.owner(), to, after, reason));
    }

    /** The office's consultants: the roster, the office as set up, and anyone who has signed in today. */
    static boolean isConsultant(OfficeState s, String name) {
        return name != null && (s.roster().contains(name) || s.profile() != null
                && s.profile().consultants().contains(name) || s.consultant(name) != null);
    }

    private static void requireConsultant(OfficeState s, String name) {
        if (!isConsultant(s, name)) {
            throw new ActionRejectedException(Refusal.UNKNOWN_CONSULTANT, name);
        }
    }
}
