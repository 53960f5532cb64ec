package com.rotadesk.model;

/** How the visitor came to the office; shown on the visit register. */
public enum VisitSource {
    WALK_IN("walk-in"),
    PHONE_INVITATION("phone-invitation"),
    REFERRAL("referral"),
    AGENT("agent"),
    ONLINE("online");

    private final String code;

    VisitSource(String code) {
        this.code = code;
    }

    /** The name used in scenarios and exports. */
    public String code() {
        return code;
    }

    /** Parses a source name. */
    public static VisitSource parse(String code) {
        for (VisitSource s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown source '" + code
                + "' (walk-in, phone-invitation, referral, agent, online)");
    }
}
