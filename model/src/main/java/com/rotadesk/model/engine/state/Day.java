package com.rotadesk.model.engine.state;

import com.rotadesk.model.Carry;
import com.rotadesk.model.Channel;
import com.rotadesk.model.Credit;
import com.rotadesk.model.Event;
import com.rotadesk.model.RotationKey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The data of one office day, held by the live state. */
final class Day {
    final LocalDate date;
    final Carry carry;
    final Map<String, ConsultantDay> consultants = new LinkedHashMap<>();
    final Map<RotationKey, Rotation> rotations = new LinkedHashMap<>();
    final List<VisitEntry> visits = new ArrayList<>();
    final Map<String, Integer> byRef = new HashMap<>();
    final List<String> waiting = new ArrayList<>();
    final Map<Channel, Map<String, FirstReception>> first = new EnumMap<>(Channel.class);
    final Map<Channel, Integer> counts = new EnumMap<>(Channel.class);
    /** Carried credits still waiting for their consultant's sign-in (R4). */
    final Map<String, Map<Channel, List<Credit>>> pendingCredits = new HashMap<>();
    final List<Event> events = new ArrayList<>();
    boolean surge;

    Day(LocalDate date, Carry carry) {
        this.date = date;
        this.carry = carry;
        for (Channel ch : Channel.values()) {
            first.put(ch, new HashMap<>());
        }
        carry.credits().forEach((name, byChannel) -> {
            Map<Channel, List<Credit>> copy = new EnumMap<>(Channel.class);
            byChannel.forEach((ch, list) -> copy.put(ch, List.copyOf(list)));
            pendingCredits.put(name, copy);
        });
    }
}
