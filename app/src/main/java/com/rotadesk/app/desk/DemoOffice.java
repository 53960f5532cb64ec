package com.rotadesk.app.desk;

import com.rotadesk.model.Action;
import com.rotadesk.model.AwayKind;
import com.rotadesk.model.Channel;
import com.rotadesk.model.OfficeProfile;
import com.rotadesk.model.PassReason;
import com.rotadesk.model.Registration;
import com.rotadesk.model.Rejection;
import com.rotadesk.model.VisitSource;
import com.rotadesk.model.VisitType;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A demo office a newcomer can try at once: one group of six consultants and a realistic morning, all confirmed
 * through the same path as the desk (so it is journaled, undoable and on the sheets like any day).
 */
final class DemoOffice {
    static final List<String> CONSULTANTS = List.of("谢铁峰", "徐娅", "丁伟", "李鑫", "陈刚", "林芳");

    private DemoOffice() {
    }

    /** The office and today's morning, ending a little before {@code now}. */
    static List<Action> morning(String officeName, String groupName, LocalDateTime now) {
        LocalDateTime dayStart = now.toLocalDate().atStartOfDay();
        // the morning's times count back from now, so that the receptionist's next action comes after them
        LocalDateTime t0 = now.minusMinutes(95).isBefore(dayStart.plusMinutes(1)) ? dayStart.plusMinutes(1)
                : now.minusMinutes(95);
        Clock c = new Clock(t0, now);
        List<Action> a = new ArrayList<>();
        a.add(new Action.ConfigureOffice(c.at(0), new OfficeProfile(officeName,
                List.of(new OfficeProfile.Group(groupName, CONSULTANTS)))));
        a.add(new Action.StartDay(now.toLocalDate()));
        for (int i = 0; i < CONSULTANTS.size(); i++) {
            a.add(new Action.SignIn(c.at(1 + i), CONSULTANTS.get(i), null));
        }
        a.add(visit(c.at(12), "demo-1", "王建国", "13812345678", 2, VisitSource.WALK_IN, List.of()));
        a.add(visit(c.at(18), "demo-2", "李秀英", "13987654321", 1, VisitSource.PHONE_INVITATION, List.of()));
        a.add(new Action.StepAway(c.at(22), "李鑫", AwayKind.BUSINESS));
        a.add(visit(c.at(30), "demo-3", "张伟", "13700001111", 3, VisitSource.AGENT, List.of()));
        a.add(new Action.EndVisit(c.at(40), "demo-1"));
        // the receptionist finds the proposed consultant not at the desk ("not here"): whoever the rules propose
        com.rotadesk.model.engine.OfficeEngine scratch = new com.rotadesk.model.engine.OfficeEngine(
                com.rotadesk.model.Policy.defaults());
        a.forEach(scratch::apply);
        Action.CheckIn demo4 = visit(c.at(48), "demo-4", "赵敏", "13622223333", 1, VisitSource.ONLINE, List.of());
        String proposed = scratch.trial(demo4).consultant();
        a.add(proposed == null ? demo4 : visit(c.at(48), "demo-4", "赵敏", "13622223333", 1, VisitSource.ONLINE,
                List.of(new Rejection(proposed, PassReason.ABSENT))));
        a.add(new Action.EndVisit(c.at(55), "demo-2"));
        a.add(new Action.CheckIn(c.at(60), Channel.PHONE, "demo-call-1", new Registration("孙丽", "13544445555", 1,
                VisitSource.PHONE_INVITATION), null, null, null, null, List.of()));
        a.add(visit(c.at(66), "demo-5", "王建国", "13812345678", 2, VisitSource.WALK_IN, List.of()));
        a.add(new Action.CheckIn(c.at(72), Channel.WALK_IN, "demo-6", new Registration("推销员", "13155556666", 1,
                VisitSource.WALK_IN), VisitType.NON_BUYER, null, null, null, List.of()));
        a.add(new Action.EndVisit(c.at(80), "demo-6"));
        a.add(visit(c.at(85), "demo-7", "周杰", "13866667777", 4, VisitSource.REFERRAL, List.of()));
        return a;
    }

    private static Action.CheckIn visit(LocalDateTime at, String ref, String name, String phone, int party,
            VisitSource source, List<Rejection> rejections) {
        return new Action.CheckIn(at, Channel.WALK_IN, ref, new Registration(name, phone, party, source), null, null,
                null, null, rejections);
    }

    /** Minutes from the morning's start, never later than now. */
    private record Clock(LocalDateTime start, LocalDateTime now) {
        LocalDateTime at(int minutes) {
            LocalDateTime t = start.plusMinutes(minutes);
            return t.isAfter(now) ? now : t;
        }
    }
}
