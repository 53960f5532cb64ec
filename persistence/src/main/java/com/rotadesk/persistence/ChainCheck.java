package com.rotadesk.persistence;

import org.jooq.DSLContext;

import static com.rotadesk.persistence.jooq.Tables.PERSON;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Walks the journal once: each entry against the one before under its hash scheme, each unerased person row
 * against the entries' commitments, erased rows for anything but pseudonyms, and every anchor against the entry
 * it names. Reads only the journal and the person rows: read tables play no part.
 */
final class ChainCheck {
    private static final int MOST_FINDINGS = 20;

    private final List<Anchor> anchors;
    private final List<ChainHead> restores;
    private final List<VerifyReport.Finding> findings = new ArrayList<>();
    private final List<String> checked = new ArrayList<>();
    private final Set<Long> personsSeen = new HashSet<>();
    private final Set<Long> personsCommitted = new HashSet<>();
    private final List<Anchor> pending;
    private final List<ChainHead> restoresPending;
    private long count;
    private long expectSeq = 1;
    private String previous = HashChain.GENESIS;
    private int lastScheme = 1;
    private boolean chainBroken;

    /** {@code restores}: the points the office was restored to (the ledger), which excuse later folder anchors. */
    ChainCheck(List<Anchor> anchors, List<ChainHead> restores) {
        this.anchors = anchors;
        this.restores = restores;
        this.pending = new ArrayList<>(anchors);
        this.pending.sort(Comparator.comparingLong(a -> a.head().seq()));
        this.restoresPending = new ArrayList<>(restores);
    }

    static VerifyReport run(DSLContext db, List<Anchor> anchors, List<ChainHead> restores) {
        ChainCheck check = new ChainCheck(anchors, restores);
        Journal.forEach(db, e -> check.entry(db, e));
        return check.report();
    }

    private void entry(DSLContext db, JournalEntry e) {
        count++;
        if (!chainBroken) {
            chain(e);
        }
        person(e);
        rows(db, e);
        for (var it = pending.iterator(); it.hasNext(); ) {
            Anchor a = it.next();
            if (a.head().seq() == e.seq()) {
                it.remove();
                if (a.head().matches(e.seq(), e.hash())) {
                    checked.add(a.source() + " " + a.head().text() + ": matches");
                } else {
                    mismatch(a, e.seq(), "the journal's entry " + e.seq() + " is not the one " + a.source() + " ("
                            + a.head().text() + ") recorded: the journal up to it was rewritten");
                }
            }
        }
        restoresPending.removeIf(r -> {
            if (r.seq() != e.seq()) {
                return false;
            }
            if (!r.matches(e.seq(), e.hash())) {
                add(e.seq(), "the ledger's restore to entry " + r.text() + " does not match the journal's entry "
                        + e.seq());
            }
            return true;
        });
    }

    private void chain(JournalEntry e) {
        String why = null;
        if (e.seq() != expectSeq) {
            why = "entry " + expectSeq + " is missing";
        } else if (!e.prevHash().equals(previous)) {
            why = "entry " + e.seq() + " does not follow the entry before it";
        } else if (e.scheme() < lastScheme) {
            why = "entry " + e.seq() + " claims an older hash scheme than the entries before it";
        } else if (e.scheme() >= 2 && e.personId() != null && e.personDigest() == null) {
            why = "entry " + e.seq() + " lost its commitment to the visitor's data";
        } else if (!HashChain.hash(e.scheme(), e.hashInput(previous)).equals(e.hash())) {
            why = "entry " + e.seq() + " was changed after it was written";
        }
        if (why != null) {
            add(e.seq() != expectSeq ? expectSeq : e.seq(), why);
            chainBroken = true;
        }
        previous = e.hash();
        lastScheme = Math.max(lastScheme, e.scheme());
        expectSeq = e.seq() + 1;
    }

    private void person(JournalEntry e) {
        if (e.personId() == null) {
            return;
        }
        long id = e.personId();
        boolean first = personsSeen.add(id);
        if (e.erased()) {
            if (first && !Persons.onlyPseudonyms(id, e.phone(), e.name(), e.salt())) {
                add(e.seq(), "the visitor entry " + e.seq() + " refers to is marked erased but holds a name or phone");
            }
            return;
        }
        if (e.personDigest() == null) {
            return;
        }
        personsCommitted.add(id);
        if (e.salt() == null || !PersonDigest.of(e.salt(), e.phone(), e.name()).equals(e.personDigest())) {
            add(e.seq(), "the name or phone entry " + e.seq() + " refers to was changed after it was written");
        }
    }

    /**
     * An import's rows: their digest must be the one the entry's text (under the chain) recorded, and each
     * unerased visitor must match the row's commitment.
     */
    private void rows(DSLContext db, JournalEntry e) {
        String recorded = ActionCodec.recordedRowsDigest(e.payload());
        if (recorded == null) {
            return;
        }
        List<ActionCodec.StoredRow> rows = Journal.rows(db, e.seq());
        if (!ActionCodec.rowsDigest(rows).equals(recorded)) {
            add(e.seq(), "the rows of entry " + e.seq() + " (an imported register) were changed after it was written");
            return;
        }
        for (ActionCodec.StoredRow r : rows) {
            if (r.personId() == null) {
                continue;
            }
            var p = db.select(PERSON.PHONE, PERSON.NAME, PERSON.SALT, PERSON.ERASED_AT).from(PERSON)
                    .where(PERSON.ID.eq(r.personId())).fetchOne();
            boolean first = personsSeen.add(r.personId());
            if (p == null || p.value4() != null) {
                if (p != null && first && !Persons.onlyPseudonyms(r.personId(), p.value1(), p.value2(), p.value3())) {
                    add(e.seq(), "a visitor entry " + e.seq() + " refers to is marked erased but holds a name or phone");
                }
                continue;
            }
            personsCommitted.add(r.personId());
            if (p.value3() == null || !PersonDigest.of(p.value3(), p.value1(), p.value2()).equals(r.personDigest())) {
                add(e.seq(), "a name or phone of row " + r.position() + " of entry " + e.seq()
                        + " was changed after it was written");
            }
        }
    }

    private void mismatch(Anchor a, long at, String why) {
        ChainHead restore = excusing(a);
        if (restore != null) {
            checked.add(a.source() + " " + a.head().text() + ": from before the restore to entry " + restore.seq()
                    + " (superseded)");
        } else {
            add(at, why);
        }
    }

    /** The restore that superseded a folder anchor past it, if any; never for paper (said as a finding). */
    private ChainHead excusing(Anchor a) {
        for (ChainHead r : restores) {
            if (r.seq() < a.head().seq()) {
                if (!a.paper()) {
                    return r;
                }
                add(a.head().seq(), a.source() + " (" + a.head().text() + ") counted entries that a restore to entry "
                        + r.seq() + " took away");
                checked.add(a.source() + " " + a.head().text() + ": lost in the restore to entry " + r.seq());
                return r;
            }
        }
        return null;
    }

    private void add(long entry, String reason) {
        if (findings.size() < MOST_FINDINGS) {
            findings.add(new VerifyReport.Finding(entry, reason));
        }
    }

    private VerifyReport report() {
        for (Anchor a : pending) {
            if (a.head().seq() == 0 && count == 0) {
                checked.add(a.source() + " " + a.head().text() + ": matches (no entries yet)");
            } else if (a.head().seq() == 0) {
                checked.add(a.source() + " 0: matches (before the first entry)");
            } else {
                mismatch(a, count + 1, "the journal ends at entry " + count + " but " + a.source() + " recorded entry "
                        + a.head().seq() + " (" + a.head().text() + "): entries were deleted");
            }
        }
        for (ChainHead r : restoresPending) {
            add(count + 1, "the ledger's restore to entry " + r.text() + " is past the journal's end");
        }
        findings.sort(Comparator.comparingLong(VerifyReport.Finding::entry));
        long before = personsSeen.size() - personsCommitted.size();
        return new VerifyReport(count, new ChainHead(count == 0 ? 0 : expectSeq - 1, previous), findings, checked,
                personsCommitted.size(), before);
    }
}
