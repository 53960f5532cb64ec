package com.rotadesk.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What happened, in order: the engine decides these from an action and only then changes the day by them.
 * Each event carries every fact the board, the sheets and the journal's digest need, so nothing outside the
 * engine re-derives a rule.
 */
public sealed interface Event {

    /** When it happened. */
    LocalDateTime at();

    // ------------------------------------------------------------------ the office

    /** Policies changed. */
    record PolicyChanged(LocalDateTime at, Policy policy) implements Event {
    }

    /** R2: the manager's fixed order of consultants. */
    record RosterSet(LocalDateTime at, List<String> consultants) implements Event {
        /** Copies the list. */
        public RosterSet {
            consultants = List.copyOf(consultants);
        }
    }

    /** The office's name, groups and consultants; the consultants' order is also the roster. */
    record OfficeConfigured(LocalDateTime at, OfficeProfile profile) implements Event {
    }

    /** R1, R4: a new day began with what the previous one carried over. */
    record DayStarted(LocalDate date, Carry carry) implements Event {
        @Override
        public LocalDateTime at() {
            return date.atStartOfDay();
        }
    }

    // ------------------------------------------------------------------ presence (R1-R4)

    /** R1: signed in to a group (both channels follow with {@link ListJoined}). */
    record SignedIn(LocalDateTime at, String consultant, String group) implements Event {
    }

    /** R1: signed out (every list follows with {@link ListLeft}). */
    record SignedOut(LocalDateTime at, String consultant) implements Event {
    }

    /** R2-R4, R23: entered a list at {@code index}; at or below the pointer they take a turn this round (R7). */
    record ListJoined(LocalDateTime at, String consultant, String group, Channel channel, int index)
            implements Event {
    }

    /** R1, R7: left a list. */
    record ListLeft(LocalDateTime at, String consultant, String group, Channel channel) implements Event {
    }

    /** R4: credits carried from an earlier day, given back at sign-in with their original times. */
    record CreditsCarried(LocalDateTime at, String consultant, String group, Channel channel, List<Credit> credits)
            implements Event {
        /** Copies the list. */
        public CreditsCarried {
            credits = List.copyOf(credits);
        }
    }

    /** R1, R7: credits lost by signing out or by disqualification. */
    record CreditsDropped(LocalDateTime at, String consultant, String group, Channel channel, int count)
            implements Event {
    }

    /** Stepped away. */
    record WentAway(LocalDateTime at, String consultant, AwayKind kind) implements Event {
    }

    /** Came back. */
    record CameBack(LocalDateTime at, String consultant) implements Event {
    }

    // ------------------------------------------------------------------ visits and the walk (R5-R15, R22)

    /**
     * A visit or call registered at the desk.
     *
     * @param type              the type it was given (the receptionist's, or the engine's proposal, R10)
     * @param walks             it takes the walk (R6/R7): a new visitor, or a referral under {@code referral=as-new};
     *                          only then can the receptionist turn a proposal down ("not here", "declines")
     * @param nonBuyer          a non-buyer or the repeat of one: never ownership (R10, R13)
     * @param householdConflict the phone belongs to another name who is not family (R20)
     */
    record Registered(LocalDateTime at, String ref, int number, Channel channel, String group,
            Registration registration, VisitType type, String named, boolean walks, boolean nonBuyer,
            boolean householdConflict) implements Event {
        /** Requires the handle and the registration. */
        public Registered {
            Objects.requireNonNull(ref, "ref");
            Objects.requireNonNull(registration, "registration");
        }
    }

    /** R7: the walk went past a consultant, or the receptionist rejected one; {@code outcome} says what it cost. */
    record Passed(LocalDateTime at, String ref, String consultant, Channel channel, String group,
            PassReason reason, PassOutcome outcome, int round) implements Event {
    }

    /** R5, R9: outside the window a rejection records nothing, but the consultant drops out of this visit's walk. */
    record RejectedOutsideWindow(LocalDateTime at, String ref, String consultant, PassReason reason)
            implements Event {
    }

    /** A make-up credit granted (pass, refund or the manager). */
    record CreditGranted(LocalDateTime at, String consultant, Channel channel, String group, Credit.Origin origin)
            implements Event {
    }

    /** R6: the oldest make-up credit used for a turn. */
    record CreditUsed(LocalDateTime at, String consultant, Channel channel, String group, LocalDateTime since)
            implements Event {
    }

    /** R23: the newest credit taken back by the manager. */
    record CreditTakenBack(LocalDateTime at, String consultant, Channel channel, String group, LocalDateTime since)
            implements Event {
    }

    /** R7, R9a: a violation recorded (a decline also counts toward the limit), on the rotation where it happened. */
    record ViolationRecorded(LocalDateTime at, String consultant, PassReason reason, Channel channel, String group)
            implements Event {
    }

    /** R7, R9a, R23: removed from the day's rotation (every list follows with {@link ListLeft}). */
    record Disqualified(LocalDateTime at, String consultant) implements Event {
    }

    /** R23: back in the rotation, declines cleared (lists follow with {@link ListJoined}). */
    record Reinstated(LocalDateTime at, String consultant) implements Event {
    }

    /** R7, R23: the pointer now stands before the consultant at {@code position} of the list. */
    record PointerMoved(LocalDateTime at, String group, Channel channel, int position) implements Event {
    }

    /** R7, R22: a new round began on a rotation; the pointer is at the top. */
    record RoundStarted(LocalDateTime at, Channel channel, String group, int round) implements Event {
    }

    /**
     * A visit placed with a consultant.
     *
     * @param round         the round the reception belongs to (for a counted turn, the round it was served in)
     * @param outsideWindow received outside the rotation window: nothing counted or moved (R5)
     */
    record Received(LocalDateTime at, String ref, String consultant, Channel channel, String group,
            boolean counted, boolean makeUp, int round, AssignmentReason reason, boolean outsideWindow)
            implements Event {

        /** R11: a stand-in reception, for {@link AssignmentReason.StandIn#forConsultant()}. */
        public boolean standIn() {
            return reason instanceof AssignmentReason.StandIn;
        }
    }

    /** R9: the visit waits. */
    record Waiting(LocalDateTime at, String ref, Channel channel, String group) implements Event {
    }

    /** R9b: a reception ended, or a waiting visitor left. */
    record Ended(LocalDateTime at, String ref, boolean beforeReception) implements Event {
    }

    /** R13-R15: a counted reception voided (a refund credit and the ownership's removal follow). */
    record Voided(LocalDateTime at, String ref, VoidReason reason) implements Event {
    }

    /** R22: surge switched. */
    record SurgeSwitched(LocalDateTime at, boolean on) implements Event {
    }

    // ------------------------------------------------------------------ clients (R16-R21)

    /** A change to one client; {@link #client()} is the client as it stands afterwards. */
    sealed interface ClientEvent extends Event {
        /** The client's phone (normalised digits). */
        String phone();

        /** The client after the change (null only when a correction leaves the phone nobody's). */
        Client client();
    }

    /** R17: the visit {@code ref} made {@code consultant} the client's owner. */
    record OwnershipGained(LocalDateTime at, String ref, String phone, String consultant, Client client)
            implements ClientEvent {
    }

    /** R18: a received visit or call of an owned client refreshed its protection. */
    record ContactRefreshed(LocalDateTime at, String ref, String phone, Client client) implements ClientEvent {
    }

    /** R16, R21: the client is known without owning anyone (a lead from a call, a stand-in's visitor). */
    record ClientNoted(LocalDateTime at, String ref, String phone, Client client) implements ClientEvent {
    }

    /** R20: a visitor with another name joined the household of the phone's client. */
    record HouseholdJoined(LocalDateTime at, String ref, String phone, String name, Client client)
            implements ClientEvent {
    }

    /** R14: the ownership a voided visit created is removed; the client is as before that visit. */
    record OwnershipRemoved(LocalDateTime at, String ref, String phone, String consultant, Client client)
            implements ClientEvent {
    }

    /** R19: a closed deal, marked on the visit {@code ref}. */
    record DealMarked(LocalDateTime at, String ref, String phone, String consultant, Client client)
            implements ClientEvent {
    }

    /** R18: a follow-up refreshed protection. */
    record FollowedUp(LocalDateTime at, String phone, Client client) implements ClientEvent {
    }

    /**
     * R28: a visit's registration corrected; the rotation stands.
     *
     * @param householdConflict the corrected phone's client has another name (R20), so the visit gains nothing
     * @param belongsTo         the corrected phone is another consultant's client: the desk offers the void of R14
     */
    record Corrected(LocalDateTime at, String ref, Registration before, Registration after,
            boolean householdConflict, String belongsTo, String reason) implements Event {
    }

    /**
     * R28: a phone's client worked out again after a correction, as if the corrected data had been typed at
     * check-in; {@code client} is null when the phone now belongs to nobody.
     *
     * @param ref           the corrected visit's handle today, or null after a correction of an earlier day
     * @param creator       today's visit whose reception made the owner (its channel and number), or null
     * @param beforeCreator the client before that visit (R14 puts it back if that visit is voided)
     */
    record OwnershipRecomputed(LocalDateTime at, String ref, String phone, Client client, VisitKey creator,
            Client beforeCreator) implements ClientEvent {
    }

    /**
     * R28 for an earlier day: the visit {@code number} on {@code channel} of {@code day} corrected; that day's
     * rotation and record stand, its register shows {@code after} with 更正.
     *
     * @param householdConflict the corrected phone's client had another name then (R20), so the visit gained nothing
     * @param belongsTo         the corrected phone was another consultant's client then (no void: that day is over)
     * @param opening           each phone concerned with its client as the corrected record leaves it at today's
     *                          opening (null: nobody's); today's events are worked out again from these
     */
    record CorrectedEarlier(LocalDateTime at, LocalDate day, Channel channel, int number, String consultant,
            Registration before, Registration after, boolean householdConflict, String belongsTo, String reason,
            List<PhoneClient> opening) implements Event {
        /** Copies the clients. */
        public CorrectedEarlier {
            opening = List.copyOf(opening);
        }

        /** The client the corrected record gives the phone at today's opening, or null; absent phones: empty. */
        public java.util.Optional<PhoneClient> at(String phone) {
            return opening.stream().filter(p -> p.phone().equals(phone)).findFirst();
        }
    }

    /** A phone and its client (null: nobody's). */
    record PhoneClient(String phone, Client client) {
    }

    /** A visit of the day: its channel and running number (a handle may be reused later in the day). */
    record VisitKey(Channel channel, int number) {
    }

    /** R29: one row of an imported register and what became of it; {@code client} when it was taken in. */
    record ImportedRow(LocalDateTime at, int row, String phone, ImportFate fate, ImportRefusal why, Client client)
            implements Event {
    }

    /** R29: a row's fate, as the import's preview and report say it. */
    enum ImportFate {
        /** Taken in (also when the client goes to the public pool). */
        ACCEPTED,
        /** Not taken in: {@link ImportRefusal} says why. */
        REFUSED,
        /** RotaDesk already knows the phone: its record stays. */
        KNOWN,
        /** An earlier-imported row for the phone has an earlier or equal first registration: it stays. */
        CONFLICT,
        /** This row's first registration is earlier than the row imported before for the phone: it replaces it. */
        WINS
    }

    /** R16, R29: why a row was refused. */
    enum ImportRefusal {
        NO_NAME, BAD_PHONE, NO_OWNER, NO_LAST_CONTACT
    }

    /** R26: the manager moved a client; {@code to} is null for the public pool. */
    record Transferred(LocalDateTime at, String phone, String from, String to, Client client, String reason)
            implements ClientEvent {
    }

    // ------------------------------------------------------------------ the manager (R23)

    /** R23: a manual adjustment, printed with its reason on the rotation sheet. */
    record Adjusted(LocalDateTime at, Action.Adjustment adjustment) implements Event {
    }

    /** R23: the list in a new order; the pointer stands at {@code pointer}. */
    record ListReordered(LocalDateTime at, String group, Channel channel, List<String> order, int pointer)
            implements Event {
        /** Copies the order. */
        public ListReordered {
            order = List.copyOf(order);
        }
    }

    // ------------------------------------------------------------------ undo (R24)

    /** R24: the day's last standing action was undone, with the events it had caused; the day is as if it never happened. */
    record Undone(LocalDateTime at, Action action, List<Event> undone) implements Event {
        /** Copies the events. */
        public Undone {
            undone = List.copyOf(undone);
        }
    }
}
