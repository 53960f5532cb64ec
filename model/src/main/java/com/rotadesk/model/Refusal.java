package com.rotadesk.model;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * Why the engine refused an action, as a code the desk can put in the user's language; each carries the English
 * sentence (a {@link MessageFormat} pattern over the refusal's details) that logs, the command line and tests use.
 */
public enum Refusal {
    NO_DAY("no day has started"),
    NOT_ON_DAY("the action at {0} is not on {1}"),
    EARLIER_THAN_LAST("the action at {0} is earlier than {1}"),
    NOTHING_TO_UNDO("nothing left to undo today"),
    DAY_OUT_OF_ORDER("day {0} does not follow {1}"),
    ALREADY_SIGNED_IN("{0} is already signed in"),
    DISQUALIFIED_FOR_DAY("{0} is disqualified for the rest of the day"),
    DISQUALIFIED("{0} is disqualified"),
    NOT_AWAY("{0} is not away"),
    NOT_SIGNED_IN("{0} is not signed in"),
    STILL_WAITING("visit {0} is still waiting"),
    NEEDS_NAMED("a {0} visit needs the consultant it asks for"),
    NO_OWNER_FOR_TYPE("phone {0} has no owner: the visitor cannot be {1}"),
    NOT_A_REPEAT("phone {0} was not received earlier today: not a same-day repeat"),
    REJECTION_NOT_NEW("rejections apply to new visitors only, not to a {0} visit"),
    WAITS_BEHIND("visit {0} waits behind earlier visitors: nobody was proposed"),
    NOT_WAITING("visit {0} is not waiting"),
    NO_OWNER("phone {0} has no owner"),
    NOBODY_PROPOSED("nobody was proposed for {0}, so {1} cannot be rejected"),
    NOT_PROPOSED("the engine proposed {1} for {0}, not {2}"),
    CALL_ALREADY_LOGGED("call {0} was logged when taken"),
    ALREADY_LEFT("visit {0} has already left"),
    NOT_COUNTED("visit {0} is not a counted reception"),
    VOID_TOO_LATE("visit {0} started more than {1} minutes ago: only the manager''s adjustment can change it now"),
    NOT_RECEIVED("visit {0} has not been received"),
    DEAL_NEEDS_CONTACT("visit {0} needs a name and a phone to record a deal"),
    NO_OWNER_TO_FOLLOW("phone {0} has no owner to follow up"),
    SURGE_ALREADY_ON("surge is already on"),
    SURGE_ALREADY_OFF("surge is already off"),
    REORDER_MISMATCH("a reorder must list exactly the consultants now in the list: {0}"),
    NO_CREDIT("{0} holds no make-up credit"),
    NOT_IN_LIST("{0} is not in the list"),
    CANNOT_DISQUALIFY("{0} cannot be disqualified"),
    NOT_DISQUALIFIED("{0} is not disqualified"),
    NEEDS_REASON("a manual adjustment needs a reason"),
    NO_SUCH_VISIT("no visit {0} today"),
    NO_CLIENT("no client has phone {0}"),
    DEAL_NEEDS_CONSENT("{0} is a closed deal of {1}: it moves only when the manager says so"),
    UNKNOWN_CONSULTANT("{0} is not one of the office''s consultants"),
    TRANSFER_TO_SELF("{0}''s clients cannot be transferred to {0}"),
    NOTHING_TO_CORRECT("the correction of {0} changes nothing"),
    NO_SUCH_DAY("the journal holds no day {0}"),
    NOT_AN_EARLIER_DAY("{0} is not an earlier day: today''s visits are corrected as today''s"),
    NO_SUCH_EARLIER_VISIT("no visit {1} on {0}");

    private final String english;

    /**
     * A visit named in a refusal: the desk shows the visitor's name and number, never the internal ref; in English
     * sentences (logs, the command line, tests) it reads as the ref.
     */
    public record Visitor(String ref, int number, String name) {
        @Override
        public String toString() {
            return ref;
        }
    }

    Refusal(String english) {
        this.english = english;
    }

    /** The English sentence with the details filled in (details are shown as their {@code toString()}). */
    public String english(Object... details) {
        Object[] texts = new Object[details.length];
        for (int i = 0; i < details.length; i++) {
            texts[i] = details[i] instanceof VisitType t ? t.code() : String.valueOf(details[i]);
        }
        return new MessageFormat(english, Locale.ROOT).format(texts);
    }

    /** The key of this refusal in a resource bundle: {@code refusal.NOT_SIGNED_IN}. */
    public String key() {
        return "refusal." + name();
    }
}
