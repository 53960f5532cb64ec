package com.rotadesk.model.engine;

import com.rotadesk.model.Action;
import com.rotadesk.model.ActionRejectedException;
import com.rotadesk.model.Channel;
import com.rotadesk.model.Client;
import com.rotadesk.model.ClientSource;
import com.rotadesk.model.DayOpening;
import com.rotadesk.model.Event;
import com.rotadesk.model.EventDigest;
import com.rotadesk.model.Policy;
import com.rotadesk.model.Refusal;
import com.rotadesk.model.scenario.Scenario;
import com.rotadesk.model.scenario.ScenarioParser;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * R28 "at any time": a visit of an earlier day corrected today. Each day is its own engine resumed from its opening,
 * with the clients the day before left, as a store keeps them; the earlier days are their replays.
 */
class EarlierCorrectionTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate TUESDAY = MONDAY.plusDays(1);
    private static final LocalDate WEDNESDAY = MONDAY.plusDays(2);

    private static final String HISTORY = """
            date: 2026-11-22
            09:00 signin 丙三
            09:10 visit 张太太 phone=13800000009 => 丙三
            date: 2026-11-23
            09:00 signin 甲一
            09:00 signin 乙二
            09:05 visit 王 phone=13800000011 => 甲一
            09:20 visit 李 phone=13800000012 => 乙二
            """;

    /** Tuesday 乙二 receives 王 under the right phone; Wednesday is today. */
    private static final String TUESDAY_SAW_HIM_AGAIN = """
            date: 2026-11-24
            09:00 signin 乙二
            09:10 visit 王 phone=13800000001 => 乙二
            date: 2026-11-25
            09:00 signin 甲一
            """;

    @Test
    void theMistypedPhoneNeverRegisteredAnyoneAndTheCorrectedOneIsOwnedFromThatDay() {
        Office office = Office.of(HISTORY + "date: 2026-11-24\n09:00 signin 甲一\n");

        List<Event> events = office.today(correction("13800000001"));

        Event.CorrectedEarlier corrected = only(events, Event.CorrectedEarlier.class).getFirst();
        assertThat(corrected.before().phone()).isEqualTo("13800000011");
        assertThat(corrected.after().phone()).isEqualTo("13800000001");
        assertThat(corrected.consultant()).isEqualTo("甲一");
        assertThat(corrected.belongsTo()).isNull();
        List<Event.OwnershipRecomputed> recomputed = only(events, Event.OwnershipRecomputed.class);
        assertThat(recomputed).extracting(Event.OwnershipRecomputed::phone)
                .containsExactly("13800000011", "13800000001");
        assertThat(recomputed.get(0).client()).isNull();
        Client owned = recomputed.get(1).client();
        assertThat(owned.owner()).isEqualTo("甲一");
        assertThat(owned.registered()).as("registered when the visit was received").isEqualTo(MONDAY.atTime(9, 5));
        assertThat(office.live.client("13800000001").owner()).isEqualTo("甲一");
        assertThat(office.live.client("13800000011")).isNull();
        assertThat(events).noneMatch(e -> e instanceof Event.Received || e instanceof Event.Voided
                || e instanceof Event.CreditGranted || e instanceof Event.PointerMoved);
    }

    @Test
    void theEarlierDaysRegisterShowsTheCorrectedValuesAndItsRotationStands() {
        Office office = Office.of(HISTORY + "date: 2026-11-24\n09:00 signin 甲一\n");
        office.today(correction("13800000001"));
        OfficeEngine before = office.replay(MONDAY, List.of());

        OfficeEngine shown = office.replay(MONDAY, List.of(office.corrections.getFirst()));

        assertThat(shown.visits().getFirst().registration().phone()).isEqualTo("13800000001");
        assertThat(shown.visits().getFirst().corrected()).isTrue();
        assertThat(shown.visits().get(1).corrected()).isFalse();
        assertThat(shown.turns("甲一", OfficeEngine.DEFAULT_GROUP, Channel.WALK_IN))
                .isEqualTo(before.turns("甲一", OfficeEngine.DEFAULT_GROUP, Channel.WALK_IN));
        assertThat(shown.events()).isEqualTo(before.events());
    }

    @Test
    void r17ThePhoneRegisteredEarlierByAnotherConsultantKeepsItsOwnerAndTheDeskIsToldWhose() {
        Office office = Office.of(HISTORY + "date: 2026-11-24\n09:00 signin 甲一\n");

        List<Event> events = office.today(correction("13800000009"));

        Event.CorrectedEarlier corrected = only(events, Event.CorrectedEarlier.class).getFirst();
        assertThat(corrected.belongsTo()).isEqualTo("丙三");
        assertThat(corrected.householdConflict()).as("王 is not 张太太").isTrue();
        assertThat(office.live.client("13800000009").owner()).isEqualTo("丙三");
    }

    @Test
    void r17TheEarlierRegistrationWinsOverALaterDaysVisitOfTheCorrectedPhone() {
        Office office = Office.of(HISTORY + TUESDAY_SAW_HIM_AGAIN);
        assertThat(office.live.client("13800000001").owner()).as("before the correction").isEqualTo("乙二");

        office.today(correction("13800000001"));

        Client c = office.live.client("13800000001");
        assertThat(c.owner()).as("甲一 received 王 on Monday, 乙二 on Tuesday").isEqualTo("甲一");
        assertThat(c.registered()).isEqualTo(MONDAY.atTime(9, 5));
        assertThat(c.lastContact()).as("Tuesday's visit is a contact of 甲一's client")
                .isEqualTo(TUESDAY.atTime(9, 10));
    }

    @Test
    void aSecondCorrectionOfTheSameVisitStartsFromTheFirst() {
        Office office = Office.of(HISTORY + "date: 2026-11-24\n09:00 signin 甲一\n");
        office.today(correction("13800000001"));

        List<Event> events = office.today(new Action.CorrectEarlier(TUESDAY.atTime(9, 40), MONDAY, Channel.WALK_IN,
                1, "王建国", null, null, null, null, "名字补全"));

        Event.CorrectedEarlier second = only(events, Event.CorrectedEarlier.class).getFirst();
        assertThat(second.before().phone()).isEqualTo("13800000001");
        assertThat(second.after().phone()).isEqualTo("13800000001");
        assertThat(second.after().name()).isEqualTo("王建国");
        assertThat(office.live.client("13800000001").owner()).isEqualTo("甲一");
    }

    @Test
    void replayingTheDayDecidesTheCorrectionAsItWasDecided() {
        Office office = Office.of(HISTORY + TUESDAY_SAW_HIM_AGAIN);
        List<Event> decided = office.today(correction("13800000001"));

        OfficeEngine again = office.replay(WEDNESDAY, List.of());

        List<Event> replayed = again.events().subList(again.events().size() - decided.size(), again.events().size());
        assertThat(EventDigest.of(replayed)).isEqualTo(EventDigest.of(decided));
    }

    @Test
    void refusedForTodayAnUnknownDayAnUnknownVisitOrWithoutAReason() {
        Office office = Office.of(HISTORY + "date: 2026-11-24\n09:00 signin 甲一\n");
        LocalDateTime at = TUESDAY.atTime(9, 30);

        assertThat(refusal(office, new Action.CorrectEarlier(at, TUESDAY, Channel.WALK_IN, 1, "王", null, null,
                null, null, "x"))).isEqualTo(Refusal.NOT_AN_EARLIER_DAY);
        assertThat(refusal(office, new Action.CorrectEarlier(at, MONDAY.minusDays(9), Channel.WALK_IN, 1, "王",
                null, null, null, null, "x"))).isEqualTo(Refusal.NO_SUCH_DAY);
        assertThat(refusal(office, new Action.CorrectEarlier(at, MONDAY, Channel.WALK_IN, 7, "王", null, null, null,
                null, "x"))).isEqualTo(Refusal.NO_SUCH_EARLIER_VISIT);
        assertThat(refusal(office, new Action.CorrectEarlier(at, MONDAY, Channel.WALK_IN, 1, "王", null, null, null,
                null, " "))).isEqualTo(Refusal.NEEDS_REASON);
        assertThat(refusal(office, new Action.CorrectEarlier(at, MONDAY, Channel.WALK_IN, 1, "王", null, null, null,
                null, "x"))).isEqualTo(Refusal.NOTHING_TO_CORRECT);
    }

    private static Refusal refusal(Office office, Action a) {
        Refusal[] code = new Refusal[1];
        assertThatThrownBy(() -> office.live.decide(a))
                .isInstanceOfSatisfying(ActionRejectedException.class, e -> code[0] = e.refusal());
        return code[0];
    }

    private static Action.CorrectEarlier tuesdaysFirst(String phone) {
        return new Action.CorrectEarlier(null, TUESDAY, Channel.WALK_IN, 1, null, phone, null, null, null, "电话录错");
    }

    @Test
    void twoCorrectionsOfOnePhoneOnDifferentDaysMadeTheSameDayKeepTheEarlierRegistration() {
        Office office = Office.of(MistypedMonday.mistypedTwice());
        office.today(correction("13800000001"));

        List<Event> events = office.today(tuesdaysFirst("13800000001"));

        Event.CorrectedEarlier second = only(events, Event.CorrectedEarlier.class).getFirst();
        assertThat(second.belongsTo()).as("Monday's corrected visit made him 甲一's client (R17)").isEqualTo("甲一");
        assertThat(office.live.client("13800000001").owner()).isEqualTo("甲一");
        assertThat(office.live.client("13800000001").registered()).isEqualTo(MONDAY.atTime(9, 5));
        assertThat(office.live.client("13800000022")).as("the second mistyped phone registered nobody").isNull();
    }

    @Test
    void twoCorrectionsOfOnePhoneMadeOnDifferentDaysKeepTheEarlierRegistration() {
        Office office = Office.of(MistypedMonday.mistypedTwice());
        office.today(correction("13800000001"));
        office.nextDay();

        List<Event> events = office.today(tuesdaysFirst("13800000001"));

        assertThat(only(events, Event.CorrectedEarlier.class).getFirst().belongsTo()).isEqualTo("甲一");
        assertThat(office.live.client("13800000001").owner()).as("Monday's correction, made yesterday, stands")
                .isEqualTo("甲一");
        assertThat(office.live.client("13800000001").registered()).isEqualTo(MONDAY.atTime(9, 5));
    }

    private static Action.CorrectEarlier correction(String phone) {
        return new Action.CorrectEarlier(null, MONDAY, Channel.WALK_IN, 1, null, phone, null, null, null, "电话录错");
    }

    private static <E extends Event> List<E> only(List<Event> events, Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /**
     * An office kept as a store keeps it: each day's opening, the clients as each day left them, each day's actions;
     * today's engine is live. The openings come from one engine that plays every day (a correction never changes
     * one: the rotation stands).
     */
    private static final class Office {
        private final Map<LocalDate, DayOpening> openings = new LinkedHashMap<>();
        private final Map<LocalDate, List<Action>> actions = new LinkedHashMap<>();
        private final Map<LocalDate, Map<String, Client>> clientsAtOpening = new HashMap<>();
        private final List<Action.CorrectEarlier> corrections = new ArrayList<>();
        private final Map<Action.CorrectEarlier, LocalDate> madeOn = new HashMap<>();
        private OfficeEngine live;

        static Office of(String lines) {
            Office o = new Office();
            Scenario scenario = ScenarioParser.parse("earlier", lines);
            OfficeEngine all = new OfficeEngine(Policy.fromSettings(Map.of()));
            LocalDate day = null;
            for (Scenario.Step step : scenario.steps()) {
                if (!(step instanceof Scenario.Act act)) {
                    continue;
                }
                Action a = act.action();
                if (a instanceof Action.StartDay) {
                    // the clients as the day before left them: what the store's versions hold at this opening
                    Map<String, Client> left = new HashMap<>();
                    if (o.live != null) {
                        o.live.clients().forEach(c -> left.put(c.phone(), c));
                    }
                    all.apply(a);
                    day = all.date();
                    o.clientsAtOpening.put(day, left);
                    o.openings.put(day, all.opening());
                    o.actions.put(day, new ArrayList<>());
                    o.live = o.resume(day);
                    continue;
                }
                all.apply(a);
                o.actions.get(day).add(a);
                o.live.apply(a);
            }
            return o;
        }

        /** Today ends and the next day opens, with the clients as today left them (its corrections included). */
        void nextDay() {
            LocalDate next = live.date().plusDays(1);
            Map<String, Client> left = new HashMap<>();
            live.clients().forEach(c -> left.put(c.phone(), c));
            Action start = new Action.StartDay(next);
            live.apply(start);
            clientsAtOpening.put(next, left);
            openings.put(next, live.opening());
            actions.put(next, new ArrayList<>());
            live = resume(next);
        }

        /** Confirms an action today at the desk, with a time after today's last. */
        List<Event> today(Action.CorrectEarlier draft) {
            LocalDate today = live.date();
            Action.CorrectEarlier a = draft.at() != null ? draft : new Action.CorrectEarlier(
                    today.atTime(9, 30), draft.day(), draft.channel(), draft.number(), draft.name(), draft.phone(),
                    draft.party(), draft.source(), draft.notes(), draft.reason());
            List<Event> events = live.apply(a);
            actions.get(today).add(a);
            corrections.add(a);
            madeOn.put(a, today);
            return events;
        }

        private OfficeEngine resume(LocalDate day) {
            Map<String, Client> clients = clientsAtOpening.get(day);
            ClientSource source = new ClientSource() {
                @Override
                public Client find(String phone) {
                    return clients.get(phone);
                }

                @Override
                public List<Client> all() {
                    return List.copyOf(clients.values());
                }
            };
            return OfficeEngine.resume(openings.get(day), source, new Asking());
        }

        /** A day replayed from its opening, with these corrections of it shown. */
        OfficeEngine replay(LocalDate day, List<Action.CorrectEarlier> shown) {
            OfficeEngine e = resume(day);
            actions.get(day).forEach(e::apply);
            shown.forEach(e::showCorrected);
            return e;
        }

        List<LocalDate> touching(LocalDate after, LocalDate before) {
            return openings.keySet().stream().filter(d -> d.isAfter(after) && d.isBefore(before)).toList();
        }

        /** The earlier days as a day sees them: corrections made before it opened. */
        private final class Asking implements EarlierDays {
            @Override
            public OfficeEngine day(LocalDate date, LocalDate asking) {
                if (!openings.containsKey(date)) {
                    return null;
                }
                return replay(date, corrections.stream().filter(c -> c.day().equals(date)
                        && madeOn.get(c).isBefore(asking)).toList());
            }

            @Override
            public List<LocalDate> touching(Collection<String> phones, LocalDate after, LocalDate before) {
                return Office.this.touching(after, before);
            }

            @Override
            public List<LocalDate> corrected(LocalDate before, LocalDate asking) {
                return corrections.stream().filter(c -> c.day().isBefore(before) && madeOn.get(c).isBefore(asking))
                        .map(Action.CorrectEarlier::day).distinct().sorted().toList();
            }
        }
    }
}
