package com.rotadesk.app.sheets;

import com.rotadesk.model.Refusal;

import java.util.List;

/** Why the engine refused an action, in the reader's language (the desk's refusal sentences). */
@FunctionalInterface
public interface RefusalWords {
    /** The sentence for a refusal and the details it names. */
    String of(Refusal refusal, List<Object> details);

    /** The engine's English sentences. */
    RefusalWords ENGLISH = (refusal, details) -> refusal.english(details.toArray());
}
