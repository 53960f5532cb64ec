package com.rotadesk.model.engine.state;

import com.rotadesk.model.Carry;
import com.rotadesk.model.Channel;
import com.rotadesk.model.Client;
import com.rotadesk.model.ClientSource;
import com.rotadesk.model.Credit;
import com.rotadesk.model.Event;
import com.rotadesk.model.OfficeProfile;
import com.rotadesk.model.Policy;
import com.rotadesk.model.RotationKey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** The office as it stands: the one state the engine keeps, changed only by {@link Evolution}. */
public final class LiveState extends OfficeState {
    private final ClientBook clients;
    private Policy policy;
    private List<String> roster = List.of();
    private OfficeProfile profile;
    private Day day;
    private final EarlierStates earlier;

    /** An office with these policies and clients, before its first day. */
    public LiveState(Policy policy, ClientSource source) {
        this(policy, source, EarlierStates.NONE);
    }

    /** An office whose earlier days {@code earlier} replays (R28 corrects them). */
    public LiveState(Policy policy, ClientSource source, EarlierStates earlier) {
        this.policy = policy;
        this.clients = new ClientBook(source);
        this.earlier = earlier;
    }

    /** A point the clients can be put back to (the opening of a day). */
    public int clientMark() {
        return clients.mark();
    }

    /** Every client known (slow: the source's as well). */
    public Collection<Client> allClients() {
        return clients.all();
    }

    /** Today's events in order (empty before the first day). */
    @Override
    public List<Event> events() {
        return day == null ? List.of() : Collections.unmodifiableList(day.events);
    }

    @Override
    public int eventCount() {
        return day == null ? 0 : day.events.size();
    }

    // ---------------------------------------------------------------- readers

    @Override
    public Policy policy() {
        return policy;
    }

    @Override
    public List<String> roster() {
        return roster;
    }

    @Override
    public OfficeProfile profile() {
        return profile;
    }

    @Override
    public LocalDate date() {
        return day == null ? null : day.date;
    }

    @Override
    public Carry carry() {
        return day == null ? Carry.NONE : day.carry;
    }

    @Override
    public boolean surge() {
        return day != null && day.surge;
    }

    @Override
    public ConsultantDay consultant(String name) {
        return day == null ? null : day.consultants.get(name);
    }

    @Override
    public List<ConsultantDay> consultants() {
        return day == null ? List.of() : List.copyOf(day.consultants.values());
    }

    @Override
    public Rotation rotation(RotationKey key) {
        return day == null ? null : day.rotations.get(key);
    }

    @Override
    public List<Rotation> rotations() {
        return day == null ? List.of() : List.copyOf(day.rotations.values());
    }

    @Override
    public VisitEntry visit(String ref) {
        Integer i = day == null ? null : day.byRef.get(ref);
        return i == null ? null : day.visits.get(i);
    }

    @Override
    public List<VisitEntry> visits() {
        return day == null ? List.of() : Collections.unmodifiableList(day.visits);
    }

    @Override
    public List<VisitEntry> waiting() {
        if (day == null) {
            return List.of();
        }
        List<VisitEntry> out = new ArrayList<>(day.waiting.size());
        day.waiting.forEach(ref -> out.add(visit(ref)));
        return out;
    }

    @Override
    public int visitCount(Channel channel) {
        return day == null ? 0 : day.counts.getOrDefault(channel, 0);
    }

    @Override
    public FirstReception firstReception(Channel channel, String phone) {
        return day == null || phone == null ? null : day.first.get(channel).get(phone);
    }

    @Override
    public Map<Channel, List<Credit>> pendingCredits(String consultant) {
        return day == null ? null : day.pendingCredits.get(consultant);
    }

    @Override
    public Map<String, Map<Channel, List<Credit>>> pendingCredits() {
        return day == null ? Map.of() : Collections.unmodifiableMap(day.pendingCredits);
    }

    @Override
    public Client client(String phone) {
        return clients.get(phone);
    }

    @Override
    public List<Client> clientsOwnedBy(String consultant) {
        return clients.ownedBy(consultant);
    }

    @Override
    public Client clientAtOpening(String phone) {
        return phone == null ? null : clients.atOpening(phone);
    }

    @Override
    public EarlierStates earlier() {
        return earlier;
    }

    // ---------------------------------------------------------------- writers

    /** Puts the clients back to a mark (today's opening), for an undo's rebuild (R24). */
    void rollbackClients(int mark) {
        clients.rollback(mark);
    }

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
        clients.commit();
        day = new Day(date, carry);
    }

    /** Today afresh from its opening, keeping the clients' log (an undo replays today's events on it). */
    void restartDay(LocalDate date, Carry carry) {
        day = new Day(date, carry);
    }

    @Override
    void setSurge(boolean on) {
        day.surge = on;
    }

    @Override
    ConsultantDay consultantForWrite(String name) {
        return day.consultants.computeIfAbsent(name, ConsultantDay::new);
    }

    @Override
    Rotation rotationForWrite(RotationKey key) {
        return day.rotations.computeIfAbsent(key, Rotation::new);
    }

    @Override
    VisitEntry visitForWrite(String ref) {
        return visit(ref);
    }

    @Override
    VisitEntry visitForWrite(int index) {
        return day.visits.get(index);
    }

    @Override
    int nextVisitIndex() {
        return day.visits.size();
    }

    @Override
    void addVisit(VisitEntry visit) {
        day.visits.add(visit);
        day.byRef.put(visit.ref(), visit.index);
        day.counts.merge(visit.channel(), 1, Integer::sum);
    }

    @Override
    void addWaiting(String ref) {
        if (!day.waiting.contains(ref)) {
            day.waiting.add(ref);
        }
    }

    @Override
    void removeWaiting(String ref) {
        day.waiting.remove(ref);
    }

    @Override
    void setFirstReception(Channel channel, String phone, FirstReception first) {
        if (first == null) {
            day.first.get(channel).remove(phone);
        } else {
            day.first.get(channel).put(phone, first);
        }
    }

    @Override
    void removePendingCredits(String consultant) {
        day.pendingCredits.remove(consultant);
    }

    @Override
    void putClient(String phone, Client client) {
        clients.put(phone, client);
    }

    @Override
    void record(Event event) {
        if (day != null) {
            day.events.add(event);
        }
    }
}
