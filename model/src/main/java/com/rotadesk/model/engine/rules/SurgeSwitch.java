package com.rotadesk.model.engine.rules;

import com.rotadesk.model.Action;
import com.rotadesk.model.ActionRejectedException;
import com.rotadesk.model.Channel;
import com.rotadesk.model.Event;
import com.rotadesk.model.Policy;
import com.rotadesk.model.Refusal;
import com.rotadesk.model.engine.state.Rotation;
import com.rotadesk.model.engine.state.Scratch;

/** R22: the receptionist switches surge; switching it off restarts the walk-in rounds or resumes them. */
final class SurgeSwitch {

    void surge(Scratch s, Action.Surge a) {
        if (s.surge() == a.on()) {
            throw new ActionRejectedException(a.on() ? Refusal.SURGE_ALREADY_ON : Refusal.SURGE_ALREADY_OFF);
        }
        s.emit(new Event.SurgeSwitched(a.at(), a.on()));
        if (a.on() || s.policy().surgeEnd() != Policy.SurgeEnd.RESTART) {
            return;
        }
        for (Rotation r : s.rotations()) {
            // nothing changes for a round that has not begun
            if (r.key().channel() == Channel.WALK_IN && r.pointer() > 0) {
                s.emit(new Event.RoundStarted(a.at(), Channel.WALK_IN, r.key().group(), r.round() + 1));
            }
        }
    }
}
