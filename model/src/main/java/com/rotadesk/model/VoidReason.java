package com.rotadesk.model;

/** Why a counted reception was voided (R13, R14, R15). */
public enum VoidReason {
    NON_BUYER("non-buyer"),
    OTHERS_CLIENT("others-client"),
    REPEAT("repeat"),
    SHORT_RECEPTION("short");

    private final String code;

    VoidReason(String code) {
        this.code = code;
    }

    /** The name used in scenarios. */
    public String code() {
        return code;
    }

    /** Parses a void reason a receptionist can give. */
    public static VoidReason parse(String code) {
        return switch (code) {
            case "non-buyer" -> NON_BUYER;
            case "others-client" -> OTHERS_CLIENT;
            case "repeat" -> REPEAT;
            default -> throw new IllegalArgumentException(
                    "unknown void reason '" + code + "' (non-buyer, others-client, repeat)");
        };
    }
}
