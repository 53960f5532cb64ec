package com.rotadesk.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/** One thing the desk confirmed; the day's state is a fold of these (R24, R25). */
public sealed interface Action {

    /** When the desk confirmed it (office local time). */
    LocalDateTime at();

    /** A manual adjustment (R23): the manager's decision, always with a reason. */
    sealed interface Adjustment extends Action {
        /** Why, as written on the rotation sheet. */
        String reason();
    }

    /** Ends the previous day (everyone signed out) and starts this one (R1, R4). */
    record StartDay(LocalDate date) implements Action {
        @Override
        public LocalDateTime at() {
            return date.atStartOfDay();
        }
    }

    /** The office's policies from now on. */
    record ChangePolicy(LocalDateTime at, Policy policy) implements Action {
    }

    /** The office's name, groups and consultants; the consultants' order is also the roster of R2. */
    record ConfigureOffice(LocalDateTime at, OfficeProfile profile) implements Action {
    }

    /** The manager's fixed order of consultants, used under {@code order=fixed} (R2). */
    record SetRoster(LocalDateTime at, List<String> consultants) implements Action {
        /** Copies the list. */
        public SetRoster {
            consultants = List.copyOf(consultants);
        }
    }

    /** R1: joins a group's rotation on both channels; a null group means the office's default group. */
    record SignIn(LocalDateTime at, String consultant, String group) implements Action {
    }

    /** R1: leaves every rotation and drops credits. */
    record SignOut(LocalDateTime at, String consultant) implements Action {
    }

    /** Steps away on business or private matters. */
    record StepAway(LocalDateTime at, String consultant, AwayKind kind) implements Action {
    }

    /** Back from being away. */
    record Back(LocalDateTime at, String consultant) implements Action {
    }

    /**
     * A visitor group at the desk or a call on the phone channel, with the receptionist's rejections.
     *
     * @param ref         the desk's handle for the visit (later actions name it)
     * @param type        the receptionist's classification, or null to take the engine's
     * @param named       the consultant a designated or referral visitor asks for, or null
     * @param family      the answer to the household question (R20), or null when not asked
     * @param group       the group, or null for the default group
     * @param rejections  proposals turned down, in order (R7)
     */
    record CheckIn(LocalDateTime at, Channel channel, String ref, Registration registration, VisitType type,
            String named, Boolean family, String group, List<Rejection> rejections) implements Action {
        /** Copies the rejections. */
        public CheckIn {
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(ref, "ref");
            Objects.requireNonNull(registration, "registration");
            rejections = List.copyOf(rejections);
        }
    }

    /**
     * R9: the waiting visit is placed now by its type and the rules as they stand.
     *
     * @param rejections proposals the receptionist turned down for this visit now (R7: "not here", "declines"),
     *                   in order; a new visitor's walk continues past them, as at check-in
     */
    record Assign(LocalDateTime at, String ref, List<Rejection> rejections) implements Action {
        /** Copies the rejections. */
        public Assign {
            Objects.requireNonNull(ref, "ref");
            rejections = List.copyOf(rejections);
        }

        /** Placed by the rules with nobody turned down. */
        public Assign(LocalDateTime at, String ref) {
            this(at, ref, List.of());
        }
    }

    /** R9b: the visitor leaves (送客), or a waiting visitor gives up. */
    record EndVisit(LocalDateTime at, String ref) implements Action {
    }

    /** R13, R14: a counted reception becomes uncounted with a refund credit. */
    record VoidVisit(LocalDateTime at, String ref, VoidReason reason) implements Action {
    }

    /** R19: the visit's client closed a deal with the visit's consultant. */
    record MarkDeal(LocalDateTime at, String ref) implements Action {
    }

    /** R18: a recorded follow-up refreshes the owner's protection. */
    record FollowUp(LocalDateTime at, String phone) implements Action {
    }

    /**
     * R28: a visit's or call's registration corrected, with a reason; the rotation stands and ownership follows
     * the corrected data. A null field stays as it was.
     */
    record Correct(LocalDateTime at, String ref, String name, String phone, Integer party, VisitSource source,
            String notes, String reason) implements Action {
        /** Requires the visit. */
        public Correct {
            Objects.requireNonNull(ref, "ref");
        }
    }

    /**
     * R28 for an earlier day ("at any time"): a visit or call of {@code day}, named by its channel and number, has
     * its registration corrected, with a reason. The day itself never changes (R25); the register of that day shows
     * the corrected values with 更正, and ownership of the phones concerned is worked out again from that day to now.
     * A null field stays as it was.
     */
    record CorrectEarlier(LocalDateTime at, LocalDate day, Channel channel, int number, String name,
            String phone, Integer party, VisitSource source, String notes, String reason) implements Action {
        /** Requires the day and the channel. */
        public CorrectEarlier {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(channel, "channel");
        }
    }

    /** R29: the office's old register, every row in one action; each row's fate is an event. */
    record Import(LocalDateTime at, List<ImportRow> rows) implements Action {
        /** Copies the rows. */
        public Import {
            rows = List.copyOf(rows);
        }
    }

    /**
     * One row of an imported register, as read from the file (R29).
     *
     * @param phone   the phone as written (spaces and dashes allowed)
     * @param first   the first registration (defaults to {@code last})
     * @param last    the last contact: protection runs from it (R18)
     * @param deal    the deal's date, or null when there was none (R19: never lapses)
     * @param unknown what to do when the owner is not one of the office's consultants
     */
    record ImportRow(String phone, String name, String owner, LocalDate first, LocalDate last, LocalDate deal,
            UnknownOwner unknown) {
        /** An owner not in the office by default stays the owner (added, not signed in). */
        public ImportRow {
            unknown = unknown == null ? UnknownOwner.ADD : unknown;
        }
    }

    /** R29: an imported owner who is not one of the office's consultants. */
    enum UnknownOwner {
        /** They stay the owner: added to the office, not signed in. */
        ADD,
        /** Their clients go to the public pool. */
        POOL
    }

    /** R22: surge on or off. */
    record Surge(LocalDateTime at, boolean on) implements Action {
    }

    /** R24: undoes the last action of the day that is not yet undone. */
    record Undo(LocalDateTime at) implements Action {
    }

    /** R23: a new order of a rotation's list; the pointer stays before the same next-up. */
    record Reorder(LocalDateTime at, String group, Channel channel, List<String> order, String reason)
            implements Adjustment {
        /** Copies the order. */
        public Reorder {
            order = List.copyOf(order);
        }
    }

    /** R23: one make-up credit granted by the manager. */
    record GrantCredit(LocalDateTime at, String consultant, Channel channel, String reason) implements Adjustment {
    }

    /** R23: the consultant's newest credit taken back. */
    record TakeCredit(LocalDateTime at, String consultant, Channel channel, String reason) implements Adjustment {
    }

    /** R23: the pointer placed just before this consultant. */
    record MovePointer(LocalDateTime at, String group, Channel channel, String consultant, String reason)
            implements Adjustment {
    }

    /** R23: a waiting visit given to anyone, counted or not (the pointer does not move). */
    record AssignTo(LocalDateTime at, String ref, String consultant, boolean counted, String reason)
            implements Adjustment {
    }

    /** R23: removed from the day's rotation. */
    record Disqualify(LocalDateTime at, String consultant, String reason) implements Adjustment {
    }

    /**
     * R26: the client of one phone moved to a consultant, or to the public pool ({@code to} null). A deal client
     * moves only with {@code deal} true.
     */
    record Transfer(LocalDateTime at, String phone, String to, boolean deal, String reason) implements Adjustment {
    }

    /**
     * R26: every client a consultant owns now (protected, not a deal), oldest registration first, dealt to the
     * consultants {@code to} in turn, or to the public pool when {@code to} is empty.
     */
    record TransferAll(LocalDateTime at, String from, List<String> to, String reason) implements Adjustment {
        /** Copies the list. */
        public TransferAll {
            to = List.copyOf(to);
        }
    }

    /** R23: a disqualified consultant back in the rotation, placed like a late sign-in. */
    record Reinstate(LocalDateTime at, String consultant, String reason) implements Adjustment {
    }
}
