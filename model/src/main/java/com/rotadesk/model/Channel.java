package com.rotadesk.model;

/** The two independent rotations each group keeps: visitors at the desk and incoming calls (R21). */
public enum Channel {
    WALK_IN("walk-in"),
    PHONE("phone");

    private final String code;

    Channel(String code) {
        this.code = code;
    }

    /** The name used in scenarios and settings. */
    public String code() {
        return code;
    }

    /** Parses {@code walk-in} or {@code phone}. */
    public static Channel parse(String code) {
        for (Channel c : values()) {
            if (c.code.equals(code)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown channel '" + code + "' (walk-in, phone)");
    }
}
