package com.rotadesk.model.review;

import com.rotadesk.model.Action;
import com.rotadesk.model.Client;
import com.rotadesk.model.ClientSource;
import com.rotadesk.model.DayOpening;
import com.rotadesk.model.engine.OfficeEngine;
import com.rotadesk.model.scenario.Scenario;
import com.rotadesk.model.scenario.ScenarioParser;
import com.rotadesk.model.scenario.ScenarioRunner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario's days as the journal would hold them, by playing it (every expectation is checked on the way): each
 * day's opening, its clients as of that opening, and its actions.
 */
public final class ScenarioDays {
    private ScenarioDays() {
    }

    /** The days of a scenario file in the test resources ({@code /review/NAME}). */
    public static List<RecordedDay> of(String resource) {
        return of(parse(resource));
    }

    /** Parses a scenario file of the test resources. */
    public static Scenario parse(String resource) {
        try {
            return ScenarioParser.parse(Path.of(ScenarioDays.class.getResource(resource).toURI()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The days of a scenario, played with its policies. */
    public static List<RecordedDay> of(Scenario scenario) {
        OfficeEngine engine = new OfficeEngine(ScenarioRunner.policyOf(scenario));
        engine.apply(new Action.SetRoster(ScenarioParser.DEFAULT_DATE.atStartOfDay(), scenario.roster()));
        List<RecordedDay> days = new ArrayList<>();
        List<Action> actions = new ArrayList<>();
        DayOpening[] opening = {null};
        ClientSource[] clients = {null};
        new ScenarioRunner(engine, action -> {
            List<com.rotadesk.model.Event> events = engine.apply(action);
            if (action instanceof Action.StartDay) {
                if (opening[0] != null) {
                    days.add(new RecordedDay(opening[0], clients[0], actions));
                    actions.clear();
                }
                opening[0] = engine.opening();
                clients[0] = snapshot(engine.clients());
            } else {
                actions.add(action);
            }
            return events;
        }).run(scenario);
        if (opening[0] != null) {
            days.add(new RecordedDay(opening[0], clients[0], actions));
        }
        return days;
    }

    /** The days of a journal (a generated one), played from its first action with these policies. */
    public static List<RecordedDay> ofJournal(com.rotadesk.model.Policy policy, List<Action> journal) {
        OfficeEngine engine = new OfficeEngine(policy);
        List<RecordedDay> days = new ArrayList<>();
        List<Action> actions = new ArrayList<>();
        DayOpening opening = null;
        ClientSource clients = null;
        for (Action action : journal) {
            engine.apply(action);
            if (action instanceof Action.StartDay) {
                if (opening != null) {
                    days.add(new RecordedDay(opening, clients, actions));
                    actions.clear();
                }
                opening = engine.opening();
                clients = snapshot(engine.clients());
            } else if (opening != null) {
                actions.add(action);
            }
        }
        if (opening != null) {
            days.add(new RecordedDay(opening, clients, actions));
        }
        return days;
    }

    /** The clients as they are now, answering later as they were. */
    static ClientSource snapshot(Iterable<Client> now) {
        Map<String, Client> byPhone = new HashMap<>();
        now.forEach(c -> byPhone.put(c.phone(), c));
        List<Client> all = List.copyOf(byPhone.values());
        return new ClientSource() {
            @Override
            public Client find(String phone) {
                return byPhone.get(phone);
            }

            @Override
            public List<Client> all() {
                return all;
            }
        };
    }
}
