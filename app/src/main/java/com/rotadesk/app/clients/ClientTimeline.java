package com.rotadesk.app.clients;

import com.rotadesk.model.Client;
import com.rotadesk.model.ClientStanding;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A client's whole record, oldest first (R30): every visit, call, follow-up, deal, transfer, correction, import and
 * household decision, each with its time, the consultant, the rules that decided it and its journal entry, and the
 * lapses of protection between them.
 *
 * @param phone    the phone asked for (normalised digits)
 * @param client   the client as the record holds it now, or null when the phone owns no record
 * @param standing where the client stands now
 * @param lastDay  the newest day the timeline shows (its anchor is printed), or null when it shows none
 * @param anchor   the chain's anchor at the end of {@code lastDay} ({@code 290:4f3a9c1e77d02b6a}), or null
 */
public record ClientTimeline(String phone, Client client, ClientStanding standing, List<Line> lines,
        LocalDate lastDay, String anchor, LocalDateTime now) {

    /** Copies the lines. */
    public ClientTimeline {
        lines = List.copyOf(lines);
    }

    /** What a line records. */
    public enum Kind {
        VISIT, CALL, RECEIVED, WAITING, FOLLOW_UP, DEAL, TRANSFER, POOL, IMPORT, CORRECTION, HOUSEHOLD, VOID, UNDO,
        OWNERSHIP, LAPSE
    }

    /**
     * A rule and what it decided, for the line's words: {@code R17} with the key {@code firstRegistration}, or
     * {@code R18} {@code protectedUntil} with the date.
     */
    public record Rule(String id, String key, List<Object> args) {
        /** Copies the arguments (which may hold nulls). */
        public Rule {
            args = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args));
        }

        static Rule of(String id, String key, Object... args) {
            return new Rule(id, key, java.util.Arrays.asList(args));
        }
    }

    /**
     * One line.
     *
     * @param consultant who it concerns: the receiver, the owner, the new owner of a transfer (null: nobody)
     * @param detail     what the line says besides its kind (the visit's type, the name a visitor gave), or null
     * @param entry      its journal entry (0 for a lapse, which no entry records: the rules say when it falls)
     */
    public record Line(LocalDateTime at, Kind kind, String consultant, Detail detail, List<Rule> rules, long entry) {
        /** Copies the rules. */
        public Line {
            rules = List.copyOf(rules);
        }
    }

    /** The facts a line shows besides its rules. */
    public sealed interface Detail {
    }

    /**
     * A visit or call: the type it got, the name given, counted or not, and which of its day's visits it is (its
     * channel and number, for a correction of it; null when the record does not say).
     */
    public record VisitDetail(com.rotadesk.model.VisitType type, String name, boolean counted, boolean received,
            com.rotadesk.model.Event.VisitKey visit) implements Detail {
    }

    /** A transfer: from whom, with the manager's reason. */
    public record TransferDetail(String from, String reason) implements Detail {
    }

    /** An imported row: its place in its import, its fate. */
    public record ImportDetail(int row, com.rotadesk.model.Event.ImportFate fate,
            com.rotadesk.model.Event.ImportRefusal why) implements Detail {
    }

    /** A correction: the name and phone before and after, and why. */
    public record CorrectionDetail(String nameBefore, String nameAfter, String phoneBefore, String phoneAfter,
            String reason) implements Detail {
    }

    /** A household member's name (R20). */
    public record NameDetail(String name) implements Detail {
    }

    /** The action the undo took back (R24). */
    public record UndoDetail(com.rotadesk.model.Action undone) implements Detail {
    }

    /** A void's reason (R13, R14). */
    public record VoidDetail(com.rotadesk.model.VoidReason reason) implements Detail {
    }
}
