package com.rotadesk.model.review;

import com.rotadesk.model.Policy;
import com.rotadesk.model.PolicyException;
import com.rotadesk.model.PolicySetting;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The policies a simulation changes, as settings ({@code makeUpCap=2}), each checked by its {@link PolicySetting}.
 * Applied on top of whatever policy a day ran with, so a setting the office changed during the range keeps its
 * recorded values while the changed ones hold throughout.
 *
 * @param settings key to value, in the order given
 */
public record PolicyChange(Map<String, String> settings) {

    /** Checks every key and value; an unknown one is a {@link PolicyException} naming it. */
    public PolicyChange {
        Map<String, String> copy = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : settings.entrySet()) {
            PolicySetting setting = PolicySetting.named(e.getKey());
            String value = e.getValue() == null ? "" : e.getValue().strip();
            setting.check(value);
            copy.put(setting.key(), value);
        }
        settings = Collections.unmodifiableMap(copy);
    }

    /** Parses {@code key=value} words, as the command line takes them. */
    public static PolicyChange parse(List<String> words) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String w : words) {
            int eq = w.indexOf('=');
            if (eq <= 0) {
                throw new PolicyException("'" + w + "' is not key=value (for example makeUpCap=2)");
            }
            String key = w.substring(0, eq).strip();
            if (m.containsKey(key)) {
                throw new PolicyException("Policy " + key + " is given twice");
            }
            m.put(key, w.substring(eq + 1));
        }
        return new PolicyChange(m);
    }

    /** The policy with the changed settings. */
    public Policy applyTo(Policy policy) {
        Policy p = policy;
        for (Map.Entry<String, String> e : settings.entrySet()) {
            p = p.with(e.getKey(), e.getValue());
        }
        return p;
    }

    /** True when nothing is changed. */
    public boolean isEmpty() {
        return settings.isEmpty();
    }

    /** {@code makeUpCap=2 busyPass=forfeit}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        settings.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : " ").append(k).append('=').append(v));
        return sb.toString();
    }
}
