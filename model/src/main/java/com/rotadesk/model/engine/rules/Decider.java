package com.rotadesk.model.engine.rules;

import com.rotadesk.model.Action;
import com.rotadesk.model.Event;
import com.rotadesk.model.engine.state.OfficeState;
import com.rotadesk.model.engine.state.Scratch;
import com.rotadesk.model.engine.state.VisitEntry;

import java.util.List;

/**
 * {@code decide(office, action) -> events}: asks the rule family an action belongs to what happens, on a scratch
 * copy, and returns the events. Deciding never changes the office; a refusal throws before anything happened.
 */
public final class Decider {
    private final Presence presence = new Presence();
    private final Ownership ownership = new Ownership();
    private final Receptions receptions = new Receptions(ownership);
    private final Classification classification = new Classification();
    private final Passes passes = new Passes(new CreditCap(), presence);
    private final Walk walk = new Walk(passes, receptions);
    private final VoidAndRefund voids = new VoidAndRefund(receptions, ownership);
    private final Arrivals arrivals = new Arrivals(classification, walk, new StandIn(classification, receptions),
            voids, receptions);
    private final SurgeSwitch surge = new SurgeSwitch();
    private final Adjustments adjustments = new Adjustments(presence, receptions, new Transfers());
    private final Corrections corrections = new Corrections();
    private final Imports imports = new Imports();

    /** The events the action causes, in order; the office is unchanged. */
    public List<Event> decide(OfficeState office, Action action) {
        return play(office, action).emitted();
    }

    /** The scratch the action's events were played on: the office as it would stand afterwards. */
    public Scratch play(OfficeState office, Action action) {
        Scratch s = Scratch.over(office);
        switch (action) {
            case Action.StartDay a -> presence.startDay(s, a);
            case Action.ChangePolicy a -> s.emit(new Event.PolicyChanged(a.at(), a.policy()));
            case Action.SetRoster a -> s.emit(new Event.RosterSet(a.at(), a.consultants()));
            case Action.ConfigureOffice a -> s.emit(new Event.OfficeConfigured(a.at(), a.profile()));
            case Action.SignIn a -> presence.signIn(s, a);
            case Action.SignOut a -> presence.signOut(s, a);
            case Action.StepAway a -> presence.stepAway(s, a);
            case Action.Back a -> presence.back(s, a);
            case Action.CheckIn a -> arrivals.checkIn(s, a);
            case Action.Assign a -> arrivals.assign(s, a);
            case Action.EndVisit a -> {
                VisitEntry ended = receptions.end(s, a);
                voids.afterEnd(s, ended, a.at());
            }
            case Action.VoidVisit a -> voids.voidVisit(s, a);
            case Action.MarkDeal a -> ownership.deal(s, a);
            case Action.FollowUp a -> ownership.followUp(s, a);
            case Action.Surge a -> surge.surge(s, a);
            case Action.Correct a -> corrections.correct(s, a);
            case Action.CorrectEarlier a -> corrections.correctEarlier(s, a);
            case Action.Import a -> imports.importRows(s, a);
            case Action.Adjustment a -> adjustments.decide(s, a);
            case Action.Undo a -> throw new IllegalArgumentException("an undo is the engine's, not a rule's");
        }
        return s;
    }
}
