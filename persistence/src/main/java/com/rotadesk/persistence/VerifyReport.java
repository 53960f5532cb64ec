package com.rotadesk.persistence;

/**
 * The result of checking the journal's hash chain.
 *
 * @param entries     entries checked
 * @param firstBroken the sequence number of the first entry that does not chain, or -1 when all do
 * @param reason      why that entry is broken, or null
 */
public record VerifyReport(long entries, long firstBroken, String reason) {

    /** True when every entry chains to the one before. */
    public boolean intact() {
        return firstBroken < 0;
    }
}
