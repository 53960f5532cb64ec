package com.rotadesk.app.desk;

import com.rotadesk.model.Action;
import com.rotadesk.model.AwayKind;
import com.rotadesk.model.Channel;
import com.rotadesk.model.Visit;
import com.rotadesk.model.VisitState;

/**
 * An action in a few words: as the undo list shows it ("10:42 送客 王先生（丁伟）"), and as the status bar says what
 * was just done ("送客：王先生（丁伟）"). Visitors are named from the board, never by the desk's internal handle.
 */
final class ActionText {
    private ActionText() {
    }

    /** The action as the undo list shows it, with its time; {@code board} names the visitors. */
    static String of(Texts t, Action a, BoardSnapshot board) {
        return t.time(a.at()) + " " + words(t, a, board);
    }

    /** The action without its time. */
    static String words(Texts t, Action a, BoardSnapshot board) {
        return switch (a) {
            case Action.SignIn s -> t.get("action.signIn") + " " + s.consultant();
            case Action.SignOut s -> t.get("action.signOut") + " " + s.consultant();
            case Action.StepAway s -> t.get(s.kind() == AwayKind.BUSINESS ? "action.awayBusiness"
                    : "action.awayPrivate") + " " + s.consultant();
            case Action.Back b -> t.get("action.back") + " " + b.consultant();
            case Action.CheckIn c -> t.get(c.channel() == Channel.PHONE ? "checkin.callTitle" : "checkin.title") + " "
                    + visitor(t, board.visit(c.ref()), c.registration().name());
            case Action.Assign x -> t.get("undo.assign", visitor(t, board.visit(x.ref()), null));
            case Action.EndVisit e -> {
                Visit v = board.visit(e.ref());
                yield v != null && v.state() == VisitState.GONE ? t.get("waiting.gone") + " " + visitor(t, v, null)
                        : t.get("action.end") + " " + withConsultant(t, v);
            }
            case Action.VoidVisit v -> t.get("undo.void", withConsultant(t, board.visit(v.ref())));
            case Action.MarkDeal d -> t.get("action.deal") + " " + withConsultant(t, board.visit(d.ref()));
            case Action.FollowUp f -> t.get("undo.followUp");
            case Action.Surge s -> t.get(s.on() ? "action.surgeOn" : "action.surgeOff");
            case Action.GrantCredit g -> t.get("undo.grant", g.consultant());
            case Action.TakeCredit g -> t.get("undo.take", g.consultant());
            case Action.Disqualify d -> t.get("undo.disqualify", d.consultant());
            case Action.Reinstate r -> t.get("undo.reinstate", r.consultant());
            case Action.AssignTo x -> t.get("undo.assignTo", visitor(t, board.visit(x.ref()), null), x.consultant());
            case Action.MovePointer m -> t.get("undo.pointer", m.consultant());
            case Action.Reorder r -> t.get("undo.reorder");
            case Action.Correct c -> t.get("undo.correct", visitor(t, board.visit(c.ref()), null));
            case Action.CorrectEarlier c -> t.get("undo.correctEarlier", t.shortDate(c.day()), c.number());
            case Action.Import i -> t.get("undo.import", i.rows().size());
            case Action.Transfer x -> t.get("undo.transfer", x.to());
            case Action.TransferAll x -> t.get("undo.transferAll", x.from());
            case Action.ChangePolicy c -> t.get("undo.policy");
            case Action.ConfigureOffice c -> t.get("undo.office");
            case Action.SetRoster r -> t.get("undo.office");
            case Action.StartDay d -> t.get("undo.startDay");
            case Action.Undo u -> t.get("undo.title");
        };
    }

    /** What the status bar says once the action is confirmed; {@code after} is the board the store answered. */
    static String done(Texts t, Action a, BoardSnapshot after) {
        return switch (a) {
            case Action.SignIn s -> t.get("done.signIn", s.consultant());
            case Action.SignOut s -> {
                var open = after.receptionsOf(s.consultant());
                yield open.isEmpty() ? t.get("done.signOut", s.consultant())
                        : t.get("done.signOutReceiving", s.consultant(), names(t, open));
            }
            case Action.StepAway s -> t.get(s.kind() == AwayKind.BUSINESS ? "done.awayBusiness" : "done.awayPrivate",
                    s.consultant());
            case Action.Back b -> t.get("done.back", b.consultant());
            case Action.CheckIn c -> received(t, after.visit(c.ref()), c.registration().name(),
                    c.channel() == Channel.PHONE ? "done.call" : "done.checkIn");
            case Action.Assign x -> received(t, after.visit(x.ref()), null, "done.assign");
            case Action.EndVisit e -> {
                Visit v = after.visit(e.ref());
                yield v != null && v.state() == VisitState.GONE ? t.get("done.gone", visitor(t, v, null))
                        : t.get("done.end", withConsultant(t, v));
            }
            case Action.Surge s -> t.get(s.on() ? "done.surgeOn" : "done.surgeOff");
            case Action.Correct c -> t.get("done.correct", visitor(t, after.visit(c.ref()), c.name()),
                    CorrectionWords.changed(t, c), c.reason());
            case Action.CorrectEarlier c -> t.get("done.correctEarlier", t.shortDate(c.day()), c.number(),
                    CorrectionWords.changed(t, c), c.reason());
            case Action.VoidVisit v -> t.get("done.void", withConsultant(t, after.visit(v.ref())));
            default -> t.get("done.other", words(t, a, after));
        };
    }

    /** "王先生 → 丁伟（新客户 · 计入）", or that the visitor waits. */
    private static String received(Texts t, Visit v, String fallbackName, String key) {
        String who = visitor(t, v, fallbackName);
        if (v == null || v.consultant() == null) {
            return t.get(key + "Waits", who);
        }
        return t.get(key, who, v.consultant(), t.type(v.type()) + " · "
                + t.get(v.counted() ? "visit.counted" : "visit.uncounted"));
    }

    /** "王先生（丁伟）", or the visitor alone while nobody receives them. */
    static String withConsultant(Texts t, Visit v) {
        String who = visitor(t, v, null);
        return v == null || v.consultant() == null ? who : t.get("visitor.with", who, v.consultant());
    }

    /** The visitor's name, or their number when they gave none (or were erased). */
    static String visitor(Texts t, Visit v, String fallbackName) {
        if (v == null) {
            return fallbackName == null ? t.get("visitor.unnamed") : fallbackName;
        }
        String name = BoardSnapshot.displayName(v);
        return name.equals("—") ? t.get("visitor.number", v.number()) : name;
    }

    private static String names(Texts t, java.util.List<BoardSnapshot.Reception> open) {
        return String.join(t.get("list.separator"), open.stream().map(BoardSnapshot.Reception::visitor).toList());
    }
}
