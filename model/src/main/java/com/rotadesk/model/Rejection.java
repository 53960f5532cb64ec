package com.rotadesk.model;

import java.util.Objects;

/** The receptionist turned down a proposed consultant: "not here" or "declines" (R7). */
public record Rejection(String consultant, PassReason reason) {

    /** Only absent and declined are rejections. */
    public Rejection {
        Objects.requireNonNull(consultant, "consultant");
        if (!reason.isRejection()) {
            throw new IllegalArgumentException("a rejection is absent or declined, not " + reason.code());
        }
    }
}
