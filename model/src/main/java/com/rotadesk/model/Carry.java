package com.rotadesk.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one day hands to the next under {@code carryOver=true} (R4): each rotation's order starting
 * from its next-up, and each consultant's unused credits per channel, waiting for their next sign-in.
 */
public record Carry(Map<RotationKey, List<String>> orders, Map<String, Map<Channel, List<Credit>>> credits) {

    /** Nothing carried: a fresh day. */
    public static final Carry NONE = new Carry(Map.of(), Map.of());

    /** Copies deeply. */
    public Carry {
        Map<RotationKey, List<String>> o = new HashMap<>();
        orders.forEach((k, v) -> o.put(k, List.copyOf(v)));
        orders = Map.copyOf(o);
        Map<String, Map<Channel, List<Credit>>> c = new HashMap<>();
        credits.forEach((name, byChannel) -> {
            Map<Channel, List<Credit>> m = new HashMap<>();
            byChannel.forEach((ch, list) -> m.put(ch, List.copyOf(list)));
            c.put(name, Map.copyOf(m));
        });
        credits = Map.copyOf(c);
    }
}
