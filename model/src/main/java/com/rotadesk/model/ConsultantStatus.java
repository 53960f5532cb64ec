package com.rotadesk.model;

/** What a consultant is doing right now, as the board shows it. */
public enum ConsultantStatus {
    AVAILABLE("available"),
    RECEIVING("receiving"),
    AWAY_BUSINESS("away-business"),
    AWAY_PRIVATE("away-private"),
    DISQUALIFIED("disqualified"),
    SIGNED_OUT("signed-out");

    private final String code;

    ConsultantStatus(String code) {
        this.code = code;
    }

    /** The name used in scenarios. */
    public String code() {
        return code;
    }

    /** Parses a scenario status name. */
    public static ConsultantStatus parse(String code) {
        for (ConsultantStatus s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown status '" + code + "'");
    }
}
