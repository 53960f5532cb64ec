package com.rotadesk.model;

/** Why a consultant stepped away: approved business (公事) or private matters (私事). */
public enum AwayKind {
    BUSINESS("business"),
    PRIVATE("private");

    private final String code;

    AwayKind(String code) {
        this.code = code;
    }

    /** The name used in scenarios. */
    public String code() {
        return code;
    }

    /** Parses {@code business} or {@code private}. */
    public static AwayKind parse(String code) {
        return switch (code) {
            case "business" -> BUSINESS;
            case "private" -> PRIVATE;
            default -> throw new IllegalArgumentException("unknown away kind '" + code + "' (business, private)");
        };
    }
}
