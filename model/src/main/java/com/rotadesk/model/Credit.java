package com.rotadesk.model;

import java.time.LocalDateTime;

/** A make-up credit (补接): the right to take a new visitor ahead of the pointer (R6). */
public record Credit(LocalDateTime since, Origin origin) {

    /** Where the credit came from; every origin counts toward the cap (R8). */
    public enum Origin {
        /** A pass with {@code keep} (R7). */
        PASS,
        /** A voided or short reception refunded (R13-R15); granted even beyond the cap. */
        REFUND,
        /** The manager's adjustment (R23). */
        MANUAL
    }
}
