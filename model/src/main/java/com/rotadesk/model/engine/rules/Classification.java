package com.rotadesk.model.engine.rules;

import com.rotadesk.model.Action;
import com.rotadesk.model.ActionRejectedException;
import com.rotadesk.model.AssignmentReason;
import com.rotadesk.model.Client;
import com.rotadesk.model.Policy;
import com.rotadesk.model.Refusal;
import com.rotadesk.model.VisitType;
import com.rotadesk.model.engine.state.OfficeState;
import com.rotadesk.model.engine.state.VisitEntry;

import java.time.LocalDateTime;

/** R10, R20: who is new, who belongs to a consultant, and to whom a visit that does not walk goes. */
final class Classification {

    /**
     * What the desk is told about a visitor at check-in.
     *
     * @param householdJoin     the receptionist said the visitor is family of the phone's client (R20)
     * @param householdConflict the phone's client has another name and the visitor is not family (R20), and the
     *                          engine chose the type
     * @param walks             takes the walk: new, or a referral under {@code referral=as-new}
     * @param nonBuyer          a non-buyer, or the same-day repeat of one: never ownership (R10, R13)
     */
    record Verdict(VisitType type, boolean householdJoin, boolean householdConflict, boolean walks,
            boolean nonBuyer) {
    }

    /** R10, R20: the visit's type (the receptionist's or the engine's proposal), checked against the facts. */
    Verdict classify(OfficeState s, Action.CheckIn a) {
        Policy policy = s.policy();
        String phone = a.registration().phone();
        Client client = s.client(phone);
        String owner = client == null ? null : client.ownerAt(a.at(), policy.protectionDays());
        boolean otherName = owner != null && a.registration().name() != null
                && !client.knowsName(a.registration().name());
        boolean join = otherName && Boolean.TRUE.equals(a.family());
        boolean conflict = otherName && !join;
        VisitType type = a.type() != null ? a.type() : propose(s, a, owner, client, conflict);
        if ((type == VisitType.DESIGNATED || type == VisitType.REFERRAL
                && policy.referral() == Policy.ReferralRouting.TO_OWNER) && a.named() == null) {
            throw new ActionRejectedException(Refusal.NEEDS_NAMED, type);
        }
        if ((type == VisitType.RETURNING || type == VisitType.DEAL_RETURN) && owner == null) {
            throw new ActionRejectedException(Refusal.NO_OWNER_FOR_TYPE, phone, type);
        }
        if (type == VisitType.REPEAT && s.firstReception(a.channel(), phone) == null) {
            throw new ActionRejectedException(Refusal.NOT_A_REPEAT, phone);
        }
        boolean walks = type == VisitType.NEW
                || type == VisitType.REFERRAL && policy.referral() == Policy.ReferralRouting.AS_NEW;
        boolean nonBuyer = type == VisitType.NON_BUYER || type == VisitType.REPEAT
                && s.firstReception(a.channel(), phone).nonBuyer();
        return new Verdict(type, join, conflict && a.type() == null, walks, nonBuyer);
    }

    /** R10: an owned client returns; otherwise a phone received earlier today repeats; otherwise new. */
    private static VisitType propose(OfficeState s, Action.CheckIn a, String owner, Client client, boolean conflict) {
        if (owner != null && !conflict) {
            return client.deal() ? VisitType.DEAL_RETURN : VisitType.RETURNING;
        }
        if (conflict) {
            return VisitType.NEW;
        }
        if (s.firstReception(a.channel(), a.registration().phone()) != null) {
            return VisitType.REPEAT;
        }
        return VisitType.NEW;
    }

    /** R10: the consultant a visit that does not walk goes to: the owner, the one named, the first receiver. */
    String target(OfficeState s, VisitEntry v, LocalDateTime at) {
        return switch (v.type()) {
            case RETURNING, DEAL_RETURN -> {
                Client c = s.client(v.registration().phone());
                String owner = c == null ? null : c.ownerAt(at, s.policy().protectionDays());
                if (owner == null) {
                    // a waiting returning visitor whose protection lapsed meanwhile still goes to the owner
                    owner = c == null ? null : c.owner();
                }
                if (owner == null) {
                    throw new ActionRejectedException(Refusal.NO_OWNER, v.registration().phone());
                }
                yield owner;
            }
            case DESIGNATED, REFERRAL -> v.named();
            case REPEAT -> s.firstReception(v.channel(), v.registration().phone()).consultant();
            case NEW, NON_BUYER -> throw new IllegalStateException("no target for " + v.type());
        };
    }

    /** Why that consultant, in the words the board shows. */
    AssignmentReason reason(OfficeState s, VisitEntry v, String target) {
        return switch (v.type()) {
            case RETURNING, DEAL_RETURN -> {
                Client c = s.client(v.registration().phone());
                yield new AssignmentReason.Owner(target,
                        c.deal() ? null : c.protectedUntil(s.policy().protectionDays()), c.deal());
            }
            case REPEAT -> new AssignmentReason.SameDayRepeat(target);
            default -> new AssignmentReason.Named(target, v.type());
        };
    }
}
