package com.rotadesk.model.engine.rules;

import com.rotadesk.model.Action;
import com.rotadesk.model.ActionRejectedException;
import com.rotadesk.model.ClientSource;
import com.rotadesk.model.Event;
import com.rotadesk.model.Policy;
import com.rotadesk.model.Refusal;
import com.rotadesk.model.engine.state.Evolution;
import com.rotadesk.model.engine.state.LiveState;
import com.rotadesk.model.scenario.Scenario;
import com.rotadesk.model.scenario.ScenarioParser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Given the office's history (scenario lines), when the desk confirms one more line, then these events: the
 * decider's own test shape. The history is decided and evolved exactly as the engine does it.
 */
final class RuleSpec {
    /**
     * Two consultants; 甲一 is busy with A when C arrives, so the walk passes him with a credit (R7, busy keeps)
     * and 乙二 receives C. 甲一 still receives A and 乙二 still receives C.
     */
    static final String JIA_PASSED_BUSY = """
            09:00 signin 甲一
            09:00 signin 乙二
            09:05 visit A phone=13800000001 => 甲一
            09:06 visit B phone=13800000002 => 乙二
            09:07 end B
            09:08 visit C phone=13800000003 => 乙二
            """;

    private final Decider decider = new Decider();
    private final LiveState office;
    private final Map<String, String> policy;
    private String history = "";

    private RuleSpec(Map<String, String> policy) {
        this.policy = policy;
        this.office = new LiveState(Policy.fromSettings(policy), ClientSource.NONE);
    }

    /** An office with these policies ({@code key=value ...}, contract names) over the defaults. */
    static RuleSpec office(String policies) {
        Map<String, String> p = new java.util.LinkedHashMap<>();
        for (String kv : policies.split("\\s+")) {
            if (!kv.isBlank()) {
                String[] pair = kv.split("=", 2);
                p.put(pair[0], pair[1]);
            }
        }
        return new RuleSpec(p);
    }

    /** An office with the contract's defaults. */
    static RuleSpec office() {
        return office("");
    }

    /** Plays scenario lines (with their {@code date:} lines, if any) as the history. */
    RuleSpec given(String lines) {
        history = history + lines.strip() + "\n";
        List<Action> all = parse(history);
        for (Action a : all.subList(played, all.size())) {
            apply(a);
        }
        return this;
    }

    private int played;

    private void apply(Action a) {
        for (Event e : decider.decide(office, a)) {
            Evolution.apply(office, e);
        }
        played++;
    }

    /** The events one more line would cause; the office does not change. */
    List<Event> when(String line) {
        List<Action> all = parse(history + line.strip() + "\n");
        assertThat(all).hasSize(played + 1);
        int before = office.eventCount();
        List<Event> events = decider.decide(office, all.getLast());
        assertThat(office.eventCount()).as("deciding changed nothing").isEqualTo(before);
        return events;
    }

    /** The events of one more line, of one type. */
    <E extends Event> List<E> when(String line, Class<E> type) {
        return only(when(line), type);
    }

    /** The refusal one more line meets; the office does not change. */
    Refusal refused(String line) {
        List<Action> all = parse(history + line.strip() + "\n");
        int before = office.eventCount();
        Refusal[] code = new Refusal[1];
        assertThatThrownBy(() -> decider.decide(office, all.getLast()))
                .isInstanceOfSatisfying(ActionRejectedException.class, e -> code[0] = e.refusal());
        assertThat(office.eventCount()).as("a refusal leaves no trace").isEqualTo(before);
        return code[0];
    }

    /** The office itself, to read what the history left. */
    LiveState state() {
        return office;
    }

    static <E extends Event> List<E> only(List<Event> events, Class<E> type) {
        List<E> out = new ArrayList<>();
        for (Event e : events) {
            if (type.isInstance(e)) {
                out.add(type.cast(e));
            }
        }
        return out;
    }

    private List<Action> parse(String lines) {
        StringBuilder text = new StringBuilder();
        if (!policy.isEmpty()) {
            text.append("policy:");
            policy.forEach((k, v) -> text.append(' ').append(k).append('=').append(v));
            text.append('\n');
        }
        text.append(lines);
        List<Action> actions = new ArrayList<>();
        Scenario scenario = ScenarioParser.parse("rule-spec", text.toString());
        if (!scenario.roster().isEmpty()) {
            actions.add(new Action.SetRoster(ScenarioParser.DEFAULT_DATE.atStartOfDay(), scenario.roster()));
        }
        for (Scenario.Step step : scenario.steps()) {
            if (step instanceof Scenario.Act act) {
                actions.add(act.action());
            }
        }
        return actions;
    }
}
