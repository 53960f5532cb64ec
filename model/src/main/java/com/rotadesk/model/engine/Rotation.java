package com.rotadesk.model.engine;

import com.rotadesk.model.Credit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The list, pointer and round of one group on one channel, with its credits and turns (R1-R8).
 * The pointer is a position between consultants: {@code pointer} consultants stand above it.
 */
final class Rotation {
    final RotationKey key;
    final List<String> members = new ArrayList<>();
    int pointer;
    int round = 1;
    final Map<String, List<Credit>> credits = new HashMap<>();
    final Map<String, Integer> turns = new HashMap<>();

    Rotation(RotationKey key) {
        this.key = key;
    }

    /** Puts a consultant at an index; above the pointer they wait for the next round (R7). */
    void insert(int index, String consultant) {
        members.add(index, consultant);
        if (index < pointer) {
            pointer++;
        }
    }

    /** Removes a consultant; returns true when that ended the round (nobody left below the pointer). */
    boolean remove(String consultant) {
        int index = members.indexOf(consultant);
        if (index < 0) {
            return false;
        }
        members.remove(index);
        if (index < pointer) {
            pointer--;
        }
        if (pointer > 0 && pointer >= members.size()) {
            pointer = 0;
            round++;
            return true;
        }
        return false;
    }

    int creditCount(String consultant) {
        List<Credit> held = credits.get(consultant);
        return held == null ? 0 : held.size();
    }

    Credit oldestCredit(String consultant) {
        List<Credit> held = credits.get(consultant);
        return held == null || held.isEmpty() ? null : held.getFirst();
    }

    void addCredit(String consultant, Credit credit) {
        List<Credit> held = credits.computeIfAbsent(consultant, k -> new ArrayList<>());
        int i = held.size();
        while (i > 0 && held.get(i - 1).since().isAfter(credit.since())) {
            i--;
        }
        held.add(i, credit);
    }

    Credit useOldestCredit(String consultant) {
        return credits.get(consultant).removeFirst();
    }

    Credit takeNewestCredit(String consultant) {
        return credits.get(consultant).removeLast();
    }

    int turns(String consultant) {
        return turns.getOrDefault(consultant, 0);
    }

    void addTurn(String consultant, int delta) {
        turns.merge(consultant, delta, Integer::sum);
    }

    /** The consultant the pointer reaches first, or null with an empty list. */
    String dueNext() {
        return members.isEmpty() ? null : members.get(pointer);
    }
}
