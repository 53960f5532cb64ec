package com.rotadesk.model.engine.rules;

import com.rotadesk.model.ActionRejectedException;
import com.rotadesk.model.Refusal;
import com.rotadesk.model.engine.state.OfficeState;
import com.rotadesk.model.engine.state.VisitEntry;

/** Finding the visit an action names, and naming it in a refusal. */
final class Visits {
    private Visits() {
    }

    /** The latest visit with that handle today, refusing when there is none. */
    static VisitEntry require(OfficeState s, String ref) {
        VisitEntry v = s.visit(ref);
        if (v == null) {
            throw new ActionRejectedException(Refusal.NO_SUCH_VISIT, ref);
        }
        return v;
    }

    /** A visit as a refusal names it: the visitor and their number, never the desk's handle alone. */
    static Refusal.Visitor who(VisitEntry v) {
        return new Refusal.Visitor(v.ref(), v.number(), v.registration().name());
    }
}
