package com.rotadesk.app.clients;

import com.rotadesk.model.Action;
import com.rotadesk.model.Event;
import com.rotadesk.persistence.ClientRow;
import com.rotadesk.persistence.OfficeStore;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Importing an old register (R29) as the manager does it, into an office that already has data: the file read, the
 * columns recognised and every row's fate previewed (the engine asked twice), then the one journaled import (the
 * engine's decision, the journal entry, the read tables for every client it takes in). The register is the tests'
 * dirty one ({@link DirtyRegister}) at the size asked, written as GB18030 CSV, UTF-8 CSV with a byte-order mark and
 * XLSX, each read and previewed a few times. The office is a copy of the data folder named (the ten years {@code
 * StoreBenchmark} generates) with the register's three consultants joined to it; {@code -} imports into a new office
 * of those three with one client. Prints a Markdown table for docs/benchmarks.md.
 * {@code ./mvnw -pl app -Pbench -DskipTests verify -Dbench.args="../persistence/target/bench-office 50000 3"}.
 */
public final class ImportBenchmark {
    private ImportBenchmark() {
    }

    /** Args: data folder (or {@code -}), register rows, previews per format. */
    public static void main(String[] args) throws Exception {
        String office = args.length > 0 ? args[0] : "-";
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path work = Files.createTempDirectory("rotadesk-import-bench-");
        DirtyRegister reg = DirtyRegister.of(2026, size, null);
        // each row printed as it is measured too: a long run shows where it is
        List<String> rows = new ArrayList<>() {
            @Override
            public boolean add(String row) {
                System.out.println(row);
                return super.add(row);
            }
        };
        rows.add(String.format("| register | %,d rows: %s |", reg.rows().size(), reg.expected()));
        Map<String, Path> files = new LinkedHashMap<>();
        files.put("GB18030 CSV", reg.csv(work.resolve("register-gb18030.csv"), Charset.forName("GB18030"), false));
        files.put("UTF-8 CSV (BOM)", reg.csv(work.resolve("register-utf8.csv"), StandardCharsets.UTF_8, true));
        files.put("XLSX", reg.xlsx(work.resolve("register.xlsx")));
        // one copy of the office for the run: every format is previewed against it (a preview changes nothing),
        // then one register imported; each copy costs a backup of the whole database when it closes
        Path folder = office.equals("-") ? Files.createDirectories(work.resolve("office"))
                : OfficeStore.trialCopy(Path.of(office));
        try (OfficeStore store = OfficeStore.open(folder)) {
            LocalDateTime at = LocalDateTime.now().withNano(0);
            long before = prepare(store, office.equals("-"), at);
            rows.add(String.format("| office | %,d journal entries, %,d clients |", before, store.clientCount()));
            ClientOffice clients = new ClientOffice(store);
            ImportPreview last = null;
            for (var f : files.entrySet()) {
                double[] read = new double[runs];
                double[] preview = new double[runs];
                for (int r = 0; r < runs; r++) {
                    long t = System.nanoTime();
                    RegisterTable table = new RegisterReader().read(f.getValue());
                    read[r] = ms(t);
                    t = System.nanoTime();
                    last = clients.preview(table, ColumnMapping.recognise(table), Action.UnknownOwner.POOL, at);
                    preview[r] = ms(t);
                }
                rows.add(String.format("| %s: %.1f MB | %s |", f.getKey(), Files.size(f.getValue()) / 1e6,
                        last.counts()));
                rows.add(row(f.getKey() + ": read the file", read));
                rows.add(row(f.getKey() + ": recognise the columns and preview every row", preview));
            }
            // what the store's append does first, on its own: the engine deciding the very action
            Action.Import action = last.action(at.plusSeconds(1));
            long t = System.nanoTime();
            List<Event> events = store.engine().decide(action);
            double decide = ms(t);
            t = System.nanoTime();
            ClientOffice.ImportResult result = clients.importRegister(last, at.plusSeconds(1));
            double imported = ms(t);
            if (store.journalSize() != before + 1 || !result.counts().equals(last.counts())
                    || events.size() < last.counts().clients()) {
                throw new IllegalStateException("the import is not its preview: " + result.counts());
            }
            rows.add(row("the engine's decision alone (part of the import)", decide));
            rows.add(row("the journaled import of the XLSX register (decide, journal, read tables)", imported));
            rows.add(String.format("| after the import | %,d clients |", store.clientCount()));
        } finally {
            if (!office.equals("-")) {
                OfficeStore.deleteCopy(folder);
            }
            OfficeStore.deleteCopy(work);
        }
        System.out.println();
        System.out.println("| measure | first | every run (ms) |");
        System.out.println("|---|---|---|");
        rows.forEach(System.out::println);
    }

    /**
     * Today started and the register's consultants in the office (untimed); the journal's size after. A new office
     * is the tests' own: its three consultants signed in and one client of theirs.
     */
    private static long prepare(OfficeStore store, boolean fresh, LocalDateTime at) {
        ClientOffice office = new ClientOffice(store);
        if (fresh) {
            ImportDirtyRegisterTest.office(store);
            office.startToday(at);
        } else {
            office.startToday(at);
            store.submit(ClientOffice.addConsultants(store.engine(), DirtyRegister.OFFICE, at));
            List<ClientRow> someone = store.clients("", at, 1);
            if (someone.isEmpty()) {
                throw new IllegalStateException("the office named holds no client");
            }
        }
        return store.journalSize();
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static String row(String what, double... samples) {
        StringBuilder all = new StringBuilder();
        for (double s : samples) {
            all.append(all.isEmpty() ? "" : " · ").append(String.format("%.0f", s));
        }
        double[] s = samples.clone();
        Arrays.sort(s);
        return String.format("| %s | %.0f ms | %s (median %.0f) |", what, samples[0], all, s[s.length / 2]);
    }
}
