package com.rotadesk.model.engine;

import com.rotadesk.model.Channel;
import com.rotadesk.model.Credit;
import com.rotadesk.model.Event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The mutable state of one office day; only {@link Rules} changes it, only {@link OfficeEngine} owns it. */
final class Day {
    final LocalDate date;
    final Carry carry;
    final Map<String, ConsultantDay> consultants = new LinkedHashMap<>();
    final Map<RotationKey, Rotation> rotations = new LinkedHashMap<>();
    final List<VisitEntry> visits = new ArrayList<>();
    final Map<String, VisitEntry> byRef = new HashMap<>();
    final List<VisitEntry> waiting = new ArrayList<>();
    /** The consultant who first received each phone today, per channel (R10 same-day repeat). */
    final Map<Channel, Map<String, String>> firstReceiver = new EnumMap<>(Channel.class);
    /** Phones first received today by a non-buyer reception (R10: the repeat stays a non-buyer). */
    final Map<Channel, Map<String, Boolean>> firstWasNonBuyer = new EnumMap<>(Channel.class);
    /** Carried credits still waiting for their consultant's sign-in (R4). */
    final Map<String, Map<Channel, List<Credit>>> pendingCredits = new HashMap<>();
    final List<Event> events = new ArrayList<>();
    final Map<Channel, Integer> numbers = new EnumMap<>(Channel.class);
    boolean surge;

    Day(LocalDate date, Carry carry) {
        this.date = date;
        this.carry = carry;
        for (Channel ch : Channel.values()) {
            firstReceiver.put(ch, new HashMap<>());
            firstWasNonBuyer.put(ch, new HashMap<>());
        }
        carry.credits().forEach((name, byChannel) -> {
            Map<Channel, List<Credit>> copy = new EnumMap<>(Channel.class);
            byChannel.forEach((ch, list) -> copy.put(ch, new ArrayList<>(list)));
            pendingCredits.put(name, copy);
        });
    }

    ConsultantDay consultant(String name) {
        return consultants.computeIfAbsent(name, ConsultantDay::new);
    }

    ConsultantDay existing(String name) {
        return consultants.get(name);
    }

    Rotation rotation(String group, Channel channel) {
        return rotations.computeIfAbsent(new RotationKey(group, channel), Rotation::new);
    }

    boolean available(String name) {
        ConsultantDay cd = consultants.get(name);
        return cd != null && cd.available();
    }

    int nextNumber(Channel channel) {
        return numbers.merge(channel, 1, Integer::sum);
    }

    /** What the next day inherits under carry-over: orders from each next-up, credits of those still listed. */
    Carry carryForward() {
        Map<RotationKey, List<String>> orders = new HashMap<>();
        Map<String, Map<Channel, List<Credit>>> credits = new HashMap<>();
        pendingCredits.forEach((name, byChannel) -> credits.put(name, new EnumMap<>(byChannel)));
        for (Rotation r : rotations.values()) {
            List<String> order = new ArrayList<>(r.members.size());
            for (int i = 0; i < r.members.size(); i++) {
                order.add(r.members.get((r.pointer + i) % r.members.size()));
            }
            orders.put(r.key, order);
            for (String name : r.members) {
                List<Credit> held = r.credits.get(name);
                if (held != null && !held.isEmpty()) {
                    credits.computeIfAbsent(name, k -> new EnumMap<>(Channel.class))
                            .put(r.key.channel(), List.copyOf(held));
                }
            }
        }
        return new Carry(orders, credits);
    }
}
