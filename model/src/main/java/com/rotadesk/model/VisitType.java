package com.rotadesk.model;

/** How a visit is classified at check-in (R10); only {@link #NEW} takes the walk. */
public enum VisitType {
    NEW("new"),
    RETURNING("returning"),
    DEAL_RETURN("deal-return"),
    DESIGNATED("designated"),
    REFERRAL("referral"),
    NON_BUYER("non-buyer"),
    REPEAT("repeat");

    private final String code;

    VisitType(String code) {
        this.code = code;
    }

    /** The name used in scenarios. */
    public String code() {
        return code;
    }

    /** Parses a scenario type name. */
    public static VisitType parse(String code) {
        for (VisitType t : values()) {
            if (t.code.equals(code)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown visit type '" + code
                + "' (new, returning, deal-return, designated, referral, non-buyer, repeat)");
    }
}
