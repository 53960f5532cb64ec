package com.rotadesk.app.desk;

import com.rotadesk.model.Action;

/** An action in a few words, for the undo prompt. */
final class ActionText {
    private ActionText() {
    }

    static String of(Texts t, Action a) {
        String time = t.time(a.at()) + " ";
        return time + switch (a) {
            case Action.SignIn s -> t.get("action.signIn") + " " + s.consultant();
            case Action.SignOut s -> t.get("action.signOut") + " " + s.consultant();
            case Action.StepAway s -> t.get(s.kind() == com.rotadesk.model.AwayKind.BUSINESS ? "action.awayBusiness"
                    : "action.awayPrivate") + " " + s.consultant();
            case Action.Back b -> t.get("action.back") + " " + b.consultant();
            case Action.CheckIn c -> t.get(c.channel() == com.rotadesk.model.Channel.PHONE ? "checkin.callTitle"
                    : "checkin.title") + " " + (c.registration().name() == null ? "" : c.registration().name());
            case Action.EndVisit e -> t.get("action.end");
            case Action.VoidVisit v -> t.get("action.void");
            case Action.MarkDeal d -> t.get("action.deal");
            case Action.Surge s -> t.get(s.on() ? "action.surgeOn" : "action.surgeOff");
            case Action.GrantCredit g -> t.get("action.grant") + " " + g.consultant();
            case Action.TakeCredit g -> t.get("action.take") + " " + g.consultant();
            case Action.Disqualify d -> t.get("action.disqualify") + " " + d.consultant();
            case Action.Reinstate r -> t.get("action.reinstate") + " " + r.consultant();
            case Action.AssignTo x -> t.get("action.assign") + " " + x.consultant();
            case Action.ChangePolicy c -> t.get("menu.settings");
            case Action.ConfigureOffice c -> t.get("menu.officeSetup");
            default -> t.get("action.other");
        };
    }
}
