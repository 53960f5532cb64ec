package com.rotadesk.app.sheets;

import com.rotadesk.model.Channel;
import com.rotadesk.model.VisitSource;
import com.rotadesk.model.VisitType;
import com.rotadesk.model.VoidReason;

import java.time.LocalTime;
import java.util.List;

/**
 * One row of the visit or call register. Name and phone are kept as registered (a pseudonym starting with
 * {@code @} stands for erased data); masking and erasure labels are the layout's job, so that one flag decides.
 *
 * @param arrival   when the visitor arrived or the call came in
 * @param received  when a consultant took it, or null (waiting, gone)
 * @param ended     when the reception ended (送客), or null
 * @param name      the visitor's name, or null when not given
 * @param phone     the normalised phone, or null when not given
 * @param consultant who received it, or null
 */
public record RegisterLine(int number, String ref, Channel channel, LocalTime arrival, LocalTime received,
        LocalTime ended, String name, String phone, int party, VisitType type, VisitSource source,
        String consultant, boolean counted, List<Note> notes) {

    /** Copies the notes. */
    public RegisterLine {
        notes = List.copyOf(notes);
    }

    /** Remarks printed in the notes column, in this order. */
    public sealed interface Note {
        /** R16: name or phone missing; no ownership until completed. */
        record Incomplete() implements Note {
        }

        /** R6: the counted turn used a make-up credit. */
        record MakeUp() implements Note {
        }

        /** R11: received by a stand-in for the owner or named consultant. */
        record StandIn(String forConsultant) implements Note {
        }

        /** R13-R15: the counted turn was voided and refunded. */
        record Voided(VoidReason reason) implements Note {
        }

        /** R20: the phone belongs to another name who is not family. */
        record HouseholdConflict() implements Note {
        }

        /** R5: a new visitor outside the rotation window, not counted. */
        record OutsideWindow() implements Note {
        }

        /** R23: the manager assigned it. */
        record Manual(String reason) implements Note {
        }

        /** R19: a deal was closed on this visit. */
        record Deal() implements Note {
        }

        /** R9: still waiting at the end of the sheet's day. */
        record Waiting() implements Note {
        }

        /** R9: left before anyone received them. */
        record Gone() implements Note {
        }

        /** R28: the name, phone, party size, source or notes were corrected after check-in (更正). */
        record Corrected() implements Note {
        }

        /** The receptionist's own note (中介带看, 看3号楼). */
        record Remark(String text) implements Note {
        }
    }
}
