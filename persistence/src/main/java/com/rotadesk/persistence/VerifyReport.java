package com.rotadesk.persistence;

import java.util.List;

/**
 * What checking the journal found: its hash chain, the personal data each entry commits to, and every anchor
 * outside the file (the head record, the backups, an anchor read off a signed sheet).
 *
 * @param entries        entries checked
 * @param head           where the chain ends
 * @param findings       what is wrong, the first broken entry first; empty when all is well
 * @param anchors        each anchor checked, in words ("head record 290:4f3a… matches")
 * @param personsChecked person rows whose data was checked against the journal's commitments
 * @param personsBefore  person rows only entries written before those commitments refer to (not checkable)
 */
public record VerifyReport(long entries, ChainHead head, List<Finding> findings, List<String> anchors,
        long personsChecked, long personsBefore) {

    /** One thing verify found wrong, at a journal entry (or just past the end, for missing entries). */
    public record Finding(long entry, String reason) {
    }

    /** Copies the lists. */
    public VerifyReport {
        findings = List.copyOf(findings);
        anchors = List.copyOf(anchors);
    }

    /** True when nothing was found wrong. */
    public boolean intact() {
        return findings.isEmpty();
    }

    /** The first entry found wrong, or -1. */
    public long firstBroken() {
        return findings.isEmpty() ? -1 : findings.getFirst().entry();
    }

    /** Why, for the first finding; null when intact. */
    public String reason() {
        return findings.isEmpty() ? null : findings.getFirst().reason();
    }
}
