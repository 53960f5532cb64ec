package com.rotadesk.persistence;

import com.rotadesk.model.Action;

import java.nio.file.Path;
import java.util.List;

/**
 * One operation of the desk or the command line, run in its own JVM until {@link KillHarnessTest} kills it:
 * prints "start" as the operation begins and "done" when a one-shot operation ended, "confirmed N" per check-in.
 */
public final class KillTarget {
    private KillTarget() {
    }

    /** {@code MODE FOLDER [BACKUP]}. */
    public static void main(String[] args) {
        Path folder = Path.of(args[0 + 1]);
        switch (args[0]) {
            case "first-start", "upgrade" -> {
                say("start");
                OfficeStore.open(folder).close();
                say("done");
            }
            case "check-ins" -> {
                List<Action> journal = CrashWriter.journal();
                try (OfficeStore store = OfficeStore.open(folder)) {
                    say("start");
                    for (int i = (int) store.journalSize(); i < journal.size(); i++) {
                        store.submit(journal.get(i));
                        say("confirmed " + (i + 1));
                    }
                }
                say("done");
            }
            case "backup" -> {
                try (OfficeStore store = OfficeStore.open(folder)) {
                    say("start");
                    while (true) {
                        store.backup();
                    }
                }
            }
            case "restore" -> {
                say("start");
                while (true) {
                    Backups.restore(folder, Path.of(args[2]));
                }
            }
            case "erase" -> {
                try (OfficeStore store = OfficeStore.open(folder)) {
                    say("start");
                    store.erase(args[2], java.time.LocalDateTime.of(2026, 12, 1, 10, 0));
                    say("done");
                }
            }
            case "rebuild" -> {
                try (OfficeStore store = OfficeStore.open(folder)) {
                    say("start");
                    while (true) {
                        store.rebuild();
                    }
                }
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
