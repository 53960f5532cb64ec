package com.rotadesk.persistence;

import com.rotadesk.model.Action;
import com.rotadesk.model.Policy;
import com.rotadesk.model.engine.OfficeEngine;
import com.rotadesk.model.review.DayReplay;
import com.rotadesk.model.review.PlayedDay;
import com.rotadesk.model.review.RecordedDay;
import com.rotadesk.model.sim.DayGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A range of recorded days, read at once, replays to exactly what each day's own replay gives. */
class RecordedDaysTest {
    private static final LocalDate FIRST = LocalDate.of(2026, 11, 2);

    /** The five days, written once for the class (a few thousand confirmed entries): each test starts on a copy. */
    @TempDir
    static Path template;

    @TempDir
    Path folder;

    @BeforeAll
    static void writeTheDaysOnce() {
        try (OfficeStore store = OfficeStore.open(template)) {
            fill(store);
        }
    }

    /** This test's office: a copy of the five days. */
    private void copyTheDays() throws IOException {
        try (Stream<Path> files = Files.walk(template)) {
            for (Path from : files.toList()) {
                Path to = folder.resolve(template.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    /** Five typical generated days with a closed day (no records) after the third, and the manager's adjustments. */
    private static void fill(OfficeStore store) {
        DayGenerator generator = new DayGenerator(2026, DayGenerator.Settings.typical());
        OfficeEngine engine = new OfficeEngine(Policy.defaults());
        List<Action> journal = new ArrayList<>();
        journal.add(new Action.SetRoster(FIRST.atStartOfDay(), generator.consultants()));
        engine.apply(journal.getFirst());
        for (int d : new int[] {0, 1, 2, 4, 5}) {
            journal.addAll(generator.day(engine, FIRST.plusDays(d)));
        }
        journal.forEach(store::submit);
    }

    @Test
    void eachDayOfTheRangeReplaysAsThatDaysOwnReplayDoes() throws IOException {
        copyTheDays();
        try (OfficeStore store = OfficeStore.open(folder)) {
            List<RecordedDay> days = store.recordedDays(FIRST, FIRST.plusDays(5));

            assertThat(days).extracting(RecordedDay::date).containsExactly(FIRST, FIRST.plusDays(1), FIRST.plusDays(2),
                    FIRST.plusDays(4), FIRST.plusDays(5));
            for (RecordedDay day : days) {
                OfficeEngine own = store.engineAt(day.date());
                PlayedDay played = DayReplay.play(day);
                assertThat(played.events()).as("events of %s", day.date()).isEqualTo(own.events());
                assertThat(played.visits()).as("visits of %s", day.date()).isEqualTo(own.visits());
                assertThat(day.opening()).isEqualTo(own.opening());
            }
        }
    }

    @Test
    void aRangeStartsAndEndsWhereAskedAndOnADayWithoutRecordsHoldsNothing() throws IOException {
        copyTheDays();
        try (OfficeStore store = OfficeStore.open(folder)) {
            assertThat(store.recordedDays(FIRST.plusDays(1), FIRST.plusDays(4))).extracting(RecordedDay::date)
                    .containsExactly(FIRST.plusDays(1), FIRST.plusDays(2), FIRST.plusDays(4));
            assertThat(store.recordedDays(FIRST.plusDays(3), FIRST.plusDays(3))).isEmpty();
            assertThat(store.recordedDays(FIRST.minusDays(30), FIRST.minusDays(1))).isEmpty();
            // today (the last day) is a day like the others
            assertThat(store.recordedDays(FIRST.plusDays(5), FIRST.plusDays(40))).singleElement()
                    .satisfies(d -> assertThat(DayReplay.play(d).visits()).isEqualTo(store.engine().visits()));
        }
    }

    @Test
    void theDaysReplayOnAnotherThreadWhileTheDeskGoesOn() throws Exception {
        copyTheDays();
        try (OfficeStore store = OfficeStore.open(folder)) {
            List<RecordedDay> days = store.recordedDays(FIRST, FIRST.plusDays(5));
            List<PlayedDay> before = days.stream().map(DayReplay::play).toList();
            CompletableFuture<List<PlayedDay>> elsewhere = CompletableFuture.supplyAsync(
                    () -> days.stream().map(DayReplay::play).toList());
            store.submit(new Action.SignIn(store.engine().date().atTime(23, 0), "新人", null));
            assertThat(elsewhere.get()).isEqualTo(before);
        }
    }
}
