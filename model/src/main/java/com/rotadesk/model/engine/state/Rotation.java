package com.rotadesk.model.engine.state;

import com.rotadesk.model.Credit;
import com.rotadesk.model.RotationKey;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The list, pointer and round of one group on one channel, with its credits and turns (R1-R8). The pointer is a
 * position between consultants: {@code pointer} consultants stand above it. Read-only outside this package.
 */
public final class Rotation {
    private final RotationKey key;
    // a copy shares its original's collections until it first writes one (a decision's scratch copies the
    // rotation it walks, and most decisions change only the pointer or one consultant's turns)
    private List<String> members;
    private boolean membersShared;
    int pointer;
    int round = 1;
    private Map<String, List<Credit>> credits;
    private boolean creditsShared;
    private Map<String, Integer> turns;
    private boolean turnsShared;

    Rotation(RotationKey key) {
        this.key = key;
        this.members = new ArrayList<>();
        this.credits = new HashMap<>();
        this.turns = new HashMap<>();
    }

    private Rotation(Rotation of) {
        this.key = of.key;
        this.members = of.members;
        this.credits = of.credits;
        this.turns = of.turns;
        this.pointer = of.pointer;
        this.round = of.round;
        membersShared = true;
        creditsShared = true;
        turnsShared = true;
    }

    Rotation copy() {
        return new Rotation(this);
    }

    private List<String> ownMembers() {
        if (membersShared) {
            members = new ArrayList<>(members);
            membersShared = false;
        }
        return members;
    }

    private Map<String, List<Credit>> ownCredits() {
        if (creditsShared) {
            Map<String, List<Credit>> mine = new HashMap<>();
            credits.forEach((c, list) -> mine.put(c, new ArrayList<>(list)));
            credits = mine;
            creditsShared = false;
        }
        return credits;
    }

    private Map<String, Integer> ownTurns() {
        if (turnsShared) {
            turns = new HashMap<>(turns);
            turnsShared = false;
        }
        return turns;
    }

    /** Which rotation this is. */
    public RotationKey key() {
        return key;
    }

    /** The list in order. */
    public List<String> members() {
        return Collections.unmodifiableList(members);
    }

    /** How many consultants stand above the pointer. */
    public int pointer() {
        return pointer;
    }

    /** The current round (1 at the start of the day). */
    public int round() {
        return round;
    }

    /** Credits held, oldest first. */
    public List<Credit> credits(String consultant) {
        List<Credit> held = credits.get(consultant);
        return held == null ? List.of() : Collections.unmodifiableList(held);
    }

    /** How many credits the consultant holds. */
    public int creditCount(String consultant) {
        List<Credit> held = credits.get(consultant);
        return held == null ? 0 : held.size();
    }

    /** The consultant's oldest credit, or null. */
    public Credit oldestCredit(String consultant) {
        List<Credit> held = credits.get(consultant);
        return held == null || held.isEmpty() ? null : held.getFirst();
    }

    /** The consultant's newest credit, or null. */
    public Credit newestCredit(String consultant) {
        List<Credit> held = credits.get(consultant);
        return held == null || held.isEmpty() ? null : held.getLast();
    }

    /** Counted turns today. */
    public int turns(String consultant) {
        return turns.getOrDefault(consultant, 0);
    }

    /** The consultant the pointer reaches first, or null with an empty list. */
    public String dueNext() {
        return members.isEmpty() ? null : members.get(pointer);
    }

    // ---------------------------------------------------------------- changed only by Evolution

    void insert(int index, String consultant) {
        ownMembers().add(index, consultant);
        if (index < pointer) {
            pointer++;
        }
    }

    void remove(String consultant) {
        int index = members.indexOf(consultant);
        if (index < 0) {
            return;
        }
        ownMembers().remove(index);
        if (index < pointer) {
            pointer--;
        }
    }

    void reorder(List<String> order) {
        List<String> m = ownMembers();
        m.clear();
        m.addAll(order);
    }

    void addCredit(String consultant, Credit credit) {
        List<Credit> held = ownCredits().computeIfAbsent(consultant, k -> new ArrayList<>());
        int i = held.size();
        while (i > 0 && held.get(i - 1).since().isAfter(credit.since())) {
            i--;
        }
        held.add(i, credit);
    }

    void useOldestCredit(String consultant) {
        ownCredits().get(consultant).removeFirst();
    }

    void takeNewestCredit(String consultant) {
        ownCredits().get(consultant).removeLast();
    }

    void dropCredits(String consultant) {
        if (credits.containsKey(consultant)) {
            ownCredits().remove(consultant);
        }
    }

    void addTurn(String consultant, int delta) {
        ownTurns().merge(consultant, delta, Integer::sum);
    }
}
