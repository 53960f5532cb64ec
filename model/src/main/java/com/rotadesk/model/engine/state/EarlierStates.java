package com.rotadesk.model.engine.state;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** The office's earlier days as their replays end, for a correction of one of them (R28 "at any time"). */
public interface EarlierStates {

    /** An engine that knows no earlier day (scenarios of one day, a new office). */
    EarlierStates NONE = new EarlierStates() {
        @Override
        public OfficeState day(LocalDate date) {
            return null;
        }

        @Override
        public List<LocalDate> touching(Collection<String> phones, LocalDate after, LocalDate before) {
            return List.of();
        }

        @Override
        public List<LocalDate> corrected(LocalDate before) {
            return List.of();
        }
    };

    /** The day as it ended, or null when the journal holds no such day. */
    OfficeState day(LocalDate date);

    /** The days after {@code after} and before {@code before} on which any of the phones appears, oldest first. */
    List<LocalDate> touching(Collection<String> phones, LocalDate after, LocalDate before);

    /** The days before {@code before} whose replays ({@link #day}) show a correction made later, oldest first. */
    List<LocalDate> corrected(LocalDate before);
}
