package com.rotadesk.app.desk;

import com.rotadesk.model.Action;
import com.rotadesk.model.OfficeProfile;
import com.rotadesk.model.Policy;
import com.rotadesk.model.engine.OfficeEngine;
import com.rotadesk.model.sim.DayGenerator;
import com.rotadesk.persistence.OfficeStore;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A data folder holding a month of a mid-size office (ten consultants, generated days with rejections, waiting,
 * away spells, surges, voids, deals, calls and undo), every action confirmed through the store as the desk would:
 * the month in review and the simulator have something real to show (the screenshots in docs/screenshots and the
 * desk's review test). {@code java … DemoMonth FOLDER FIRST-DAY DAYS}.
 */
public final class DemoMonth {
    private DemoMonth() {
    }

    /** Fills the folder with {@code days} days from {@code first} (the office closes on Sundays). */
    public static void fill(Path folder, LocalDate first, int days) {
        DayGenerator.Settings settings = new DayGenerator.Settings(10, 70, 12, 0.3, 0.04, 0.06, true, 0.03, 0.01,
                false, true, 3);
        DayGenerator generator = new DayGenerator(20261101L, settings);
        OfficeEngine engine = new OfficeEngine(Policy.defaults());
        try (OfficeStore store = OfficeStore.open(folder)) {
            Action setup = new Action.ConfigureOffice(first.atStartOfDay(), new OfficeProfile("阳光花园售楼处",
                    List.of(new OfficeProfile.Group("销售一组", generator.consultants()))));
            engine.apply(setup);
            store.submit(setup);
            for (int d = 0; d < days; d++) {
                LocalDate day = first.plusDays(d);
                if (day.getDayOfWeek() == java.time.DayOfWeek.SUNDAY) {
                    continue;
                }
                generator.day(engine, day).forEach(store::submit);
            }
        }
    }

    public static void main(String[] args) {
        fill(Path.of(args[0]), LocalDate.parse(args[1]), Integer.parseInt(args[2]));
    }
}
