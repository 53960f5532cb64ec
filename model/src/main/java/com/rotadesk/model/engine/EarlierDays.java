package com.rotadesk.model.engine;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Where the engine finds the office's earlier days, for a correction of one of them (R28 "at any time"): a store
 * replays them. An answer must not depend on anything journaled since the opening of the day that asks, so that
 * replaying that day decides its corrections as they were decided (R25).
 */
public interface EarlierDays {

    /** No earlier days (a new office, a scenario): a correction of an earlier day is refused. */
    EarlierDays NONE = new EarlierDays() {
        @Override
        public OfficeEngine day(LocalDate date, LocalDate asking) {
            return null;
        }

        @Override
        public List<LocalDate> touching(Collection<String> phones, LocalDate after, LocalDate before) {
            return List.of();
        }

        @Override
        public List<LocalDate> corrected(LocalDate before, LocalDate asking) {
            return List.of();
        }
    };

    /**
     * The day {@code date} as its replay ended, with the corrections of its visits journaled before the opening of
     * {@code asking} shown ({@link OfficeEngine#showCorrected}); null when the journal holds no such day.
     */
    OfficeEngine day(LocalDate date, LocalDate asking);

    /** The days after {@code after} and before {@code before} on which any of the phones appears, oldest first. */
    List<LocalDate> touching(Collection<String> phones, LocalDate after, LocalDate before);

    /**
     * The days before {@code before} with a correction of one of their visits journaled before the opening of
     * {@code asking} (the ones {@link #day} shows), oldest first.
     */
    List<LocalDate> corrected(LocalDate before, LocalDate asking);
}
