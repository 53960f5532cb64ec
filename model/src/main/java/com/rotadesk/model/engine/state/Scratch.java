package com.rotadesk.model.engine.state;

import com.rotadesk.model.Carry;
import com.rotadesk.model.Channel;
import com.rotadesk.model.Client;
import com.rotadesk.model.Credit;
import com.rotadesk.model.Event;
import com.rotadesk.model.OfficeProfile;
import com.rotadesk.model.Policy;
import com.rotadesk.model.RotationKey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A decision's own copy of the office: it reads through to the live state and copies only what the decision's
 * events change (a rotation, a consultant, a visit), so deciding an action costs what the action touches and the
 * live state never sees a refused or tried action. {@link #emit} is the only way to change it.
 */
public final class Scratch extends OfficeState {
    private final OfficeState base;
    private final List<Event> events = new ArrayList<>();
    private Policy policy;
    private List<String> roster;
    private OfficeProfile profile;
    private Boolean surge;
    private boolean dayStarted;
    private final Map<String, ConsultantDay> consultants = new LinkedHashMap<>();
    private final Map<RotationKey, Rotation> rotations = new LinkedHashMap<>();
    private final Map<Integer, VisitEntry> visits = new HashMap<>();
    private final List<VisitEntry> added = new ArrayList<>();
    private final Map<String, Integer> refs = new HashMap<>();
    private List<String> waiting;
    private final Map<Channel, Map<String, FirstReception>> first = new EnumMap<>(Channel.class);
    private final Set<String> creditsTaken = new HashSet<>();
    private final Map<String, Client> clients = new HashMap<>();

    private Scratch(OfficeState base) {
        this.base = base;
        for (Channel ch : Channel.values()) {
            first.put(ch, new HashMap<>());
        }
    }

    /** A scratch over the office as it stands. */
    public static Scratch over(OfficeState base) {
        return new Scratch(base);
    }

    /** Records an event and changes this scratch by it, as {@link Evolution} changes the live state. */
    public void emit(Event event) {
        Evolution.evolve(this, event);
    }

    /** The events this decision emitted, in order. */
    public List<Event> emitted() {
        return List.copyOf(events);
    }

    @Override
    public List<Event> events() {
        requireDay();
        List<Event> all = new ArrayList<>(base.events());
        all.addAll(events);
        return all;
    }

    @Override
    public int eventCount() {
        return base.eventCount() + events.size();
    }

    @Override
    public List<Client> clientsOwnedBy(String consultant) {
        Map<String, Client> merged = new LinkedHashMap<>();
        base.clientsOwnedBy(consultant).forEach(c -> merged.put(c.phone(), c));
        clients.forEach((phone, c) -> {
            if (c != null && consultant.equals(c.owner())) {
                merged.put(phone, c);
            } else {
                merged.remove(phone);
            }
        });
        return List.copyOf(merged.values());
    }

    @Override
    public Client clientAtOpening(String phone) {
        return base.clientAtOpening(phone);
    }

    @Override
    public EarlierStates earlier() {
        return base.earlier();
    }

    private void requireDay() {
        if (dayStarted) {
            throw new IllegalStateException("a decision ends with the start of a day");
        }
    }

    // ---------------------------------------------------------------- readers

    @Override
    public Policy policy() {
        return policy != null ? policy : base.policy();
    }

    @Override
    public List<String> roster() {
        return roster != null ? roster : base.roster();
    }

    @Override
    public OfficeProfile profile() {
        return profile != null ? profile : base.profile();
    }

    @Override
    public LocalDate date() {
        requireDay();
        return base.date();
    }

    @Override
    public Carry carry() {
        requireDay();
        return base.carry();
    }

    @Override
    public boolean surge() {
        requireDay();
        return surge != null ? surge : base.surge();
    }

    @Override
    public ConsultantDay consultant(String name) {
        requireDay();
        ConsultantDay mine = consultants.get(name);
        return mine != null ? mine : base.consultant(name);
    }

    @Override
    public List<ConsultantDay> consultants() {
        requireDay();
        List<ConsultantDay> out = new ArrayList<>();
        for (ConsultantDay c : base.consultants()) {
            out.add(consultants.getOrDefault(c.name(), c));
        }
        consultants.forEach((name, c) -> {
            if (base.consultant(name) == null) {
                out.add(c);
            }
        });
        return out;
    }

    @Override
    public Rotation rotation(RotationKey key) {
        requireDay();
        Rotation mine = rotations.get(key);
        return mine != null ? mine : base.rotation(key);
    }

    @Override
    public List<Rotation> rotations() {
        requireDay();
        List<Rotation> out = new ArrayList<>();
        for (Rotation r : base.rotations()) {
            out.add(rotations.getOrDefault(r.key(), r));
        }
        rotations.forEach((key, r) -> {
            if (base.rotation(key) == null) {
                out.add(r);
            }
        });
        return out;
    }

    @Override
    public VisitEntry visit(String ref) {
        requireDay();
        Integer i = refs.get(ref);
        if (i == null) {
            VisitEntry theirs = base.visit(ref);
            return theirs == null ? null : visits.getOrDefault(theirs.index, theirs);
        }
        return byIndex(i);
    }

    private VisitEntry byIndex(int i) {
        VisitEntry mine = visits.get(i);
        if (mine != null) {
            return mine;
        }
        int baseCount = base.visits().size();
        return i < baseCount ? base.visits().get(i) : added.get(i - baseCount);
    }

    @Override
    public List<VisitEntry> visits() {
        requireDay();
        List<VisitEntry> theirs = base.visits();
        List<VisitEntry> out = new ArrayList<>(theirs.size() + added.size());
        for (VisitEntry v : theirs) {
            out.add(visits.getOrDefault(v.index, v));
        }
        for (VisitEntry v : added) {
            out.add(visits.getOrDefault(v.index, v));
        }
        return out;
    }

    @Override
    public List<VisitEntry> waiting() {
        requireDay();
        if (waiting == null) {
            List<VisitEntry> out = new ArrayList<>();
            base.waiting().forEach(v -> out.add(visit(v.ref())));
            return out;
        }
        List<VisitEntry> out = new ArrayList<>(waiting.size());
        waiting.forEach(ref -> out.add(visit(ref)));
        return out;
    }

    @Override
    public int visitCount(Channel channel) {
        requireDay();
        int n = base.visitCount(channel);
        for (VisitEntry v : added) {
            if (v.channel() == channel) {
                n++;
            }
        }
        return n;
    }

    @Override
    public FirstReception firstReception(Channel channel, String phone) {
        requireDay();
        if (phone != null && first.get(channel).containsKey(phone)) {
            return first.get(channel).get(phone);
        }
        return base.firstReception(channel, phone);
    }

    @Override
    public Map<Channel, List<Credit>> pendingCredits(String consultant) {
        requireDay();
        return creditsTaken.contains(consultant) ? null : base.pendingCredits(consultant);
    }

    @Override
    public Map<String, Map<Channel, List<Credit>>> pendingCredits() {
        requireDay();
        Map<String, Map<Channel, List<Credit>>> out = new HashMap<>(base.pendingCredits());
        creditsTaken.forEach(out::remove);
        return out;
    }

    @Override
    public Client client(String phone) {
        if (phone != null && clients.containsKey(phone)) {
            return clients.get(phone);
        }
        return base.client(phone);
    }

    // ---------------------------------------------------------------- writers

    @Override
    void setPolicy(Policy policy) {
        this.policy = policy;
    }

    @Override
    void setRoster(List<String> roster) {
        this.roster = List.copyOf(roster);
    }

    @Override
    void setProfile(OfficeProfile profile) {
        this.profile = profile;
    }

    @Override
    void startDay(LocalDate date, Carry carry) {
        dayStarted = true;
    }

    @Override
    void setSurge(boolean on) {
        surge = on;
    }

    @Override
    ConsultantDay consultantForWrite(String name) {
        return consultants.computeIfAbsent(name, n -> {
            ConsultantDay theirs = base.consultant(n);
            return theirs == null ? new ConsultantDay(n) : theirs.copy();
        });
    }

    @Override
    Rotation rotationForWrite(RotationKey key) {
        return rotations.computeIfAbsent(key, k -> {
            Rotation theirs = base.rotation(k);
            return theirs == null ? new Rotation(k) : theirs.copy();
        });
    }

    @Override
    VisitEntry visitForWrite(String ref) {
        VisitEntry v = visit(ref);
        return v == null ? null : visitForWrite(v.index);
    }

    @Override
    VisitEntry visitForWrite(int index) {
        return visits.computeIfAbsent(index, i -> byIndex(i).copy());
    }

    @Override
    int nextVisitIndex() {
        return base.visits().size() + added.size();
    }

    @Override
    void addVisit(VisitEntry visit) {
        added.add(visit);
        visits.put(visit.index, visit);
        refs.put(visit.ref(), visit.index);
    }

    private List<String> waitingForWrite() {
        if (waiting == null) {
            waiting = new ArrayList<>();
            base.waiting().forEach(v -> waiting.add(v.ref()));
        }
        return waiting;
    }

    @Override
    void addWaiting(String ref) {
        List<String> w = waitingForWrite();
        if (!w.contains(ref)) {
            w.add(ref);
        }
    }

    @Override
    void removeWaiting(String ref) {
        waitingForWrite().remove(ref);
    }

    @Override
    void setFirstReception(Channel channel, String phone, FirstReception reception) {
        first.get(channel).put(phone, reception);
    }

    @Override
    void removePendingCredits(String consultant) {
        creditsTaken.add(consultant);
    }

    @Override
    void putClient(String phone, Client client) {
        clients.put(phone, client);
    }

    @Override
    void record(Event event) {
        events.add(event);
    }
}
