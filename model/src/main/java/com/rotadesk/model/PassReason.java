package com.rotadesk.model;

/** Why the walk went past a consultant (R7). */
public enum PassReason {
    BUSY("busy"),
    AWAY_BUSINESS("away-business"),
    AWAY_PRIVATE("away-private"),
    ABSENT("absent"),
    DECLINED("declined");

    private final String code;

    PassReason(String code) {
        this.code = code;
    }

    /** The name used in scenarios. */
    public String code() {
        return code;
    }

    /** True for the receptionist's rejections, which are violations inside the window. */
    public boolean isRejection() {
        return this == ABSENT || this == DECLINED;
    }

    /** Parses {@code absent} or {@code declined} (the reasons a receptionist gives). */
    public static PassReason parseRejection(String code) {
        return switch (code) {
            case "absent" -> ABSENT;
            case "declined" -> DECLINED;
            default -> throw new IllegalArgumentException(
                    "unknown rejection '" + code + "' (absent, declined)");
        };
    }
}
