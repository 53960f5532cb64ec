package com.rotadesk.persistence;

import com.rotadesk.model.Action;
import com.rotadesk.model.Policy;
import com.rotadesk.model.engine.OfficeEngine;
import com.rotadesk.model.sim.DayGenerator;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A desk that confirms actions as fast as it can until it is killed: prints "confirmed N" after each submit
 * returns, so the test knows what must survive. Run by {@link CrashKillTest} in its own JVM.
 */
public final class CrashWriter {
    private CrashWriter() {
    }

    /**
     * Generates the same days every run and writes those the office does not hold yet: {@code FOLDER}, or
     * {@code SERVER_URL OFFICE} for an office on a server.
     */
    public static void main(String[] args) {
        List<Action> journal = journal();
        try (OfficeStore store = open(args)) {
            for (int i = (int) store.journalSize(); i < journal.size(); i++) {
                store.submit(journal.get(i));
                System.out.println("confirmed " + (i + 1));
                System.out.flush();
            }
        }
        System.out.println("done");
    }

    /** {@code FOLDER}, or {@code SERVER_URL OFFICE}. */
    static OfficeStore open(String[] args) {
        if (ServerOffice.isServerUrl(args[0])) {
            return OfficeStore.open(new ServerOffice(args[0], null, null, args[1], false));
        }
        return OfficeStore.open(Path.of(args[0]));
    }

    static List<Action> journal() {
        LocalDate day = LocalDate.of(2026, 11, 23);
        DayGenerator generator = new DayGenerator(42, DayGenerator.Settings.typical());
        OfficeEngine engine = new OfficeEngine(Policy.defaults());
        List<Action> journal = new ArrayList<>();
        journal.add(new Action.SetRoster(day.atStartOfDay(), generator.consultants()));
        engine.apply(journal.getFirst());
        for (int d = 0; d < 6; d++) {
            journal.addAll(generator.day(engine, day.plusDays(d)));
        }
        return journal;
    }
}
