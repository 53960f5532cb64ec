package com.rotadesk.app.sheets;

import com.rotadesk.model.Action;
import com.rotadesk.model.Channel;
import com.rotadesk.model.RotationWindow;
import com.rotadesk.model.VisitType;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The day's rotation sheet (接待排序表): one block per group and channel, then the manager's adjustments (R23).
 *
 * @param office  the office's name, or empty when it was never set up
 * @param window  the rotation window in force at the end of the day (R5)
 */
public record RotationSheet(LocalDate date, String office, RotationWindow window, List<Block> blocks,
        List<AdjustmentLine> adjustments) {

    /** Copies the lists. */
    public RotationSheet {
        Objects.requireNonNull(date, "date");
        office = Objects.requireNonNullElse(office, "");
        blocks = List.copyOf(blocks);
        adjustments = List.copyOf(adjustments);
    }

    /** One rotation (a group on a channel): its list with a grid of {@code rounds} rounds. */
    public record Block(String group, Channel channel, int rounds, List<Line> lines) {
        /** Copies the lines. */
        public Block {
            lines = List.copyOf(lines);
        }
    }

    /**
     * One consultant's row of a block.
     *
     * @param position      1-based place in the list at the end of the day (consultants no longer listed follow)
     * @param presence      every spell between a sign-in and its sign-out, in order (one who signed out and in
     *                      again has two); empty for someone never signed in today
     * @param listed        still in the list at the end of the day
     * @param disqualified  removed from the day's rotation (R7, R9a, R23)
     * @param rounds        marks per round; index 0 is round 1, every list has {@link Block#rounds()} entries
     * @param counted       counted turns standing at the end of the day (voided ones excluded)
     * @param uncounted     uncounted receptions by visit type; types with none are absent
     * @param credits       make-up credits still held
     * @param violations    absent and declined rejections on this rotation (R7)
     */
    public record Line(int position, String consultant, List<Presence> presence, boolean listed,
            boolean disqualified, List<List<Mark>> rounds, int counted, Map<VisitType, Integer> uncounted,
            int credits, int violations) {
        /** Copies the grid and the counts. */
        public Line {
            presence = List.copyOf(presence);
            rounds = rounds.stream().map(List::copyOf).toList();
            EnumMap<VisitType, Integer> copy = new EnumMap<>(VisitType.class);
            copy.putAll(uncounted);
            uncounted = java.util.Collections.unmodifiableMap(copy);
        }

        /** The first sign-in of the day, or null. */
        public LocalTime signedIn() {
            return presence.isEmpty() ? null : presence.getFirst().in();
        }

        /** The sign-out when the consultant ended the day signed out, or null. */
        public LocalTime signedOut() {
            return presence.isEmpty() ? null : presence.getLast().out();
        }

        /** All uncounted receptions. */
        public int uncountedTotal() {
            return uncounted.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /**
     * One spell at the desk.
     *
     * @param in  the sign-in
     * @param out the sign-out that ended it, or null while still signed in
     */
    public record Presence(LocalTime in, LocalTime out) {
    }

    /** What one cell of the grid records for a consultant in a round. */
    public record Mark(Kind kind, LocalTime time) {
    }

    /** The kinds of grid marks, printed as the time, {@code 补}, {@code 空} or {@code 跳}. */
    public enum Kind {
        /** A counted turn from the walk (or surge, or the manager). */
        TURN,
        /** A counted turn that used a make-up credit (R6). */
        MAKE_UP,
        /** A counted turn later voided and refunded (R13-R15). */
        VOIDED,
        /** Passed with a credit (R7 keep). */
        PASS_KEEP,
        /** Passed without a credit: forfeit, forfeit at the cap, or a rejection (R7, R8). */
        FORFEIT
    }

    /** A manual adjustment as journaled, printed with its reason. */
    public record AdjustmentLine(LocalTime at, Action.Adjustment adjustment) {
    }
}
