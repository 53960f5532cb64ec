package com.rotadesk.model.scenario;

import com.rotadesk.model.Action;
import com.rotadesk.model.ActionRejectedException;
import com.rotadesk.model.Channel;
import com.rotadesk.model.ConsultantStatus;
import com.rotadesk.model.Event;
import com.rotadesk.model.Policy;
import com.rotadesk.model.PolicyException;
import com.rotadesk.model.Visit;
import com.rotadesk.model.engine.OfficeEngine;
import com.rotadesk.model.engine.Proposal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Plays a scenario and checks every expectation; the first one that does not hold throws a
 * {@link ScenarioException} naming the file, the line and what differed.
 */
public final class ScenarioRunner {
    private final Function<Action, List<Event>> desk;
    private final OfficeEngine engine;

    /**
     * Runs against an engine that {@code desk} feeds: the desk may be the engine itself or a store that
     * journals each action and then applies it to the same engine.
     */
    public ScenarioRunner(OfficeEngine engine, Function<Action, List<Event>> desk) {
        this.engine = engine;
        this.desk = desk;
    }

    /** Plays a scenario on a fresh engine with its policies. */
    public static OfficeEngine play(Scenario scenario) {
        OfficeEngine engine = new OfficeEngine(policyOf(scenario));
        engine.apply(new Action.SetRoster(ScenarioParser.DEFAULT_DATE.atStartOfDay(), scenario.roster()));
        new ScenarioRunner(engine, engine::apply).run(scenario);
        return engine;
    }

    /** The scenario's policies over the defaults. */
    public static Policy policyOf(Scenario scenario) {
        try {
            return Policy.fromSettings(scenario.policy());
        } catch (PolicyException e) {
            throw new ScenarioException(scenario.source(), 1, e.getMessage());
        }
    }

    /** Plays every step in order. */
    public void run(Scenario scenario) {
        for (Scenario.Step step : scenario.steps()) {
            switch (step) {
                case Scenario.Act act -> play(scenario, act);
                case Scenario.Expect expect -> check(scenario, expect);
            }
        }
    }

    private void play(Scenario scenario, Scenario.Act act) {
        List<Event> events;
        try {
            events = desk.apply(act.action());
        } catch (ActionRejectedException e) {
            throw new ScenarioException(scenario.source(), act.line(), "the engine refused the action: " + e.getMessage());
        }
        if (act.fate() != null) {
            Event.ImportedRow row = events.stream().filter(e -> e instanceof Event.ImportedRow)
                    .map(e -> (Event.ImportedRow) e).reduce((a, b) -> b).orElseThrow();
            if (row.fate() != act.fate()) {
                throw new ScenarioException(scenario.source(), act.line(), "expected the row to be "
                        + act.fate().name().toLowerCase() + " but it was " + row.fate().name().toLowerCase()
                        + (row.why() == null ? "" : " (" + row.why().name().toLowerCase() + ")"));
            }
        }
        Scenario.Outcome want = act.outcome();
        if (want == null) {
            return;
        }
        Visit v = engine.visit(want.ref());
        String got = v.consultant() == null ? "waiting" : v.consultant();
        String expected = want.consultant() == null ? "waiting" : want.consultant();
        List<String> diffs = new ArrayList<>();
        if (!got.equals(expected)) {
            diffs.add("expected " + expected + " but the engine gave " + got + " (" + describe(v) + ")");
        } else if (want.consultant() != null) {
            if (want.counted() != null && want.counted() != v.counted()) {
                diffs.add("expected " + (want.counted() ? "counted" : "uncounted") + " but it was "
                        + (v.counted() ? "counted" : "uncounted") + " (" + describe(v) + ")");
            }
            if (want.makeUp() && !v.makeUp()) {
                diffs.add("expected a make-up turn but it was not (" + describe(v) + ")");
            }
        }
        if (!diffs.isEmpty()) {
            throw new ScenarioException(scenario.source(), act.line(), want.ref() + ": " + String.join("; ", diffs));
        }
    }

    private static String describe(Visit v) {
        return "type " + v.type().code() + ", " + (v.counted() ? "counted" : "uncounted")
                + (v.makeUp() ? ", make-up" : "") + (v.standIn() ? ", stand-in" : "") + ", reason " + v.reason();
    }

    private void check(Scenario scenario, Scenario.Expect e) {
        List<String> diffs = new ArrayList<>();
        String group = e.group();
        Channel ch = e.channel();
        for (Map.Entry<String, String> kv : e.values().entrySet()) {
            String key = kv.getKey();
            String want = kv.getValue();
            String got = switch (e.kind()) {
                case NEXT -> {
                    Proposal p = engine.nextUp(group, ch);
                    yield p == null ? "none" : p.consultant();
                }
                case ROUND -> Integer.toString(engine.round(group, ch));
                case TURNS -> Integer.toString(engine.turns(key, group, ch));
                case CREDITS -> Integer.toString(engine.credits(key, group, ch).size());
                case VIOLATIONS -> Integer.toString(engine.violations(key));
                case OWNER -> Objects.requireNonNullElse(engine.ownerOf(key, e.at()), "none");
                case STATUS -> {
                    try {
                        ConsultantStatus.parse(want);
                    } catch (IllegalArgumentException ex) {
                        throw new ScenarioException(scenario.source(), e.line(), ex.getMessage());
                    }
                    yield engine.status(key).code();
                }
            };
            if (!want.equals(got)) {
                String what = switch (e.kind()) {
                    case NEXT, ROUND -> key;
                    default -> e.kind().name().toLowerCase() + " " + key;
                };
                diffs.add(what + ": expected " + want + " but was " + got);
            }
        }
        if (!diffs.isEmpty()) {
            throw new ScenarioException(scenario.source(), e.line(), String.join("; ", diffs));
        }
    }
}
