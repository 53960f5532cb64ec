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
import java.util.List;
import java.util.Map;

/**
 * The office and its current day as the rules read it. Everyone outside this package only reads; the writers are
 * package-private, so {@link Evolution} is the only code that changes a state: the live one, or a {@link Scratch}
 * a decision plays its own events on.
 */
public abstract sealed class OfficeState permits LiveState, Scratch {
    /** The group of an office that never names one. */
    public static final String DEFAULT_GROUP = "default";

    OfficeState() {
    }

    /** The policy in force. */
    public abstract Policy policy();

    /** The manager's fixed order (R2). */
    public abstract List<String> roster();

    /** The office as set up, or null (scenarios). */
    public abstract OfficeProfile profile();

    /** The current day, or null before the first. */
    public abstract LocalDate date();

    /** What the day inherited (R4). */
    public abstract Carry carry();

    /** Surge is on (R22). */
    public abstract boolean surge();

    /** The consultant's day, or null when they have not appeared today. */
    public abstract ConsultantDay consultant(String name);

    /** Everyone who appeared today, in order of first appearance. */
    public abstract List<ConsultantDay> consultants();

    /** A rotation, or null when nobody ever joined it today. */
    public abstract Rotation rotation(RotationKey key);

    /** Today's rotations in the order they began. */
    public abstract List<Rotation> rotations();

    /** The latest visit with that handle today, or null. */
    public abstract VisitEntry visit(String ref);

    /** Today's visits and calls in arrival order. */
    public abstract List<VisitEntry> visits();

    /** Visits waiting now, oldest first. */
    public abstract List<VisitEntry> waiting();

    /** How many visits a channel has had today. */
    public abstract int visitCount(Channel channel);

    /** Who first received the phone today on the channel, or null. */
    public abstract FirstReception firstReception(Channel channel, String phone);

    /** Carried credits still waiting for the consultant's sign-in (R4), or null. */
    public abstract Map<Channel, List<Credit>> pendingCredits(String consultant);

    /** Everyone with carried credits still waiting. */
    public abstract Map<String, Map<Channel, List<Credit>>> pendingCredits();

    /** The client with that phone (normalised), or null. */
    public abstract Client client(String phone);

    /** The clients whose recorded owner is the consultant (protected or lapsed), in no particular order. */
    public abstract List<Client> clientsOwnedBy(String consultant);

    /** The client with that phone as it stood when today opened, or null (R28 works ownership out from it). */
    public abstract Client clientAtOpening(String phone);

    /** The office's earlier days, for a correction of one of them (R28). */
    public abstract EarlierStates earlier();

    /** Today's events so far, in order. */
    public abstract List<Event> events();

    /** How many events today has had: a running number for what happens first. */
    public abstract int eventCount();

    /** The group a query without a group means: the office's first group. */
    public String defaultGroup() {
        OfficeProfile p = profile();
        return p == null ? DEFAULT_GROUP : p.groups().getFirst().name();
    }

    /** True when the consultant can take a visitor now. */
    public boolean available(String name) {
        ConsultantDay cd = consultant(name);
        return cd != null && cd.available();
    }

    /** The rotation of a group on a channel, or null. */
    public Rotation rotation(String group, Channel channel) {
        return rotation(new RotationKey(group, channel));
    }

    // ---------------------------------------------------------------- for Evolution only

    abstract void setPolicy(Policy policy);

    abstract void setRoster(List<String> roster);

    abstract void setProfile(OfficeProfile profile);

    abstract void startDay(LocalDate date, Carry carry);

    abstract void setSurge(boolean on);

    /** The consultant's day to change, made when absent. */
    abstract ConsultantDay consultantForWrite(String name);

    /** The rotation to change, made when absent. */
    abstract Rotation rotationForWrite(RotationKey key);

    /** The latest visit with that handle, to change. */
    abstract VisitEntry visitForWrite(String ref);

    /** The visit at that place in the day's list, to change. */
    abstract VisitEntry visitForWrite(int index);

    /** The index the next visit takes. */
    abstract int nextVisitIndex();

    abstract void addVisit(VisitEntry visit);

    abstract void addWaiting(String ref);

    abstract void removeWaiting(String ref);

    /** Who first received the phone on the channel today; null: nobody (a correction took the phone away). */
    abstract void setFirstReception(Channel channel, String phone, FirstReception first);

    abstract void removePendingCredits(String consultant);

    /** The phone's client from now on; null: the phone belongs to nobody. */
    abstract void putClient(String phone, Client client);

    abstract void record(Event event);
}
