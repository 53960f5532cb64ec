package com.rotadesk.model.engine.rules;

import com.rotadesk.model.PassOutcome;
import com.rotadesk.model.Policy;

/** R8: a pass that would earn a credit beyond {@code makeUpCap} becomes a forfeit, recorded as such. */
final class CreditCap {

    /** The outcome a pass really has for someone holding {@code held} credits. */
    PassOutcome capped(Policy policy, PassOutcome outcome, int held) {
        if (outcome == PassOutcome.KEEP && !policy.creditAllowed(held)) {
            return PassOutcome.FORFEIT_AT_CAP;
        }
        return outcome;
    }
}
