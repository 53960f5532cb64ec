package com.rotadesk.persistence;

import com.rotadesk.model.Action;
import com.rotadesk.model.Channel;
import com.rotadesk.model.Credit;
import com.rotadesk.model.Policy;
import com.rotadesk.model.Carry;
import com.rotadesk.model.DayOpening;
import com.rotadesk.model.RotationKey;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A day's opening as text (deterministic: sorted keys), for the {@code day_opening} table. */
final class OpeningCodec {
    private OpeningCodec() {
    }

    static String encode(DayOpening o) {
        Map<String, String> f = new TreeMap<>();
        f.put("date", o.date().toString());
        o.policy().asSettings().forEach((k, v) -> f.put("policy." + k, v));
        f.put("roster", join(o.roster()));
        if (o.profile() != null) {
            f.put("profile", ActionCodec.encode(new Action.ConfigureOffice(LocalDateTime.MIN, o.profile())).payload());
        }
        o.carry().orders().forEach((k, v) -> f.put("order." + ActionCodec.escape(k.group()) + "|" + k.channel().code(),
                join(v)));
        o.carry().credits().forEach((name, byChannel) -> byChannel.forEach((ch, list) -> {
            List<String> items = new ArrayList<>();
            list.forEach(c -> items.add(c.since() + "@" + c.origin().name()));
            f.put("credit." + ActionCodec.escape(name) + "|" + ch.code(), String.join(",", items));
        }));
        StringBuilder sb = new StringBuilder();
        f.forEach((k, v) -> sb.append(k).append('=').append(ActionCodec.escape(v)).append('\n'));
        return sb.toString();
    }

    static DayOpening decode(String text) {
        Map<String, String> f = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (!line.isEmpty()) {
                int eq = line.indexOf('=');
                f.put(line.substring(0, eq), ActionCodec.unescape(line.substring(eq + 1)));
            }
        }
        Map<String, String> settings = new LinkedHashMap<>();
        Map<RotationKey, List<String>> orders = new HashMap<>();
        Map<String, Map<Channel, List<Credit>>> credits = new HashMap<>();
        f.forEach((k, v) -> {
            if (k.startsWith("policy.")) {
                settings.put(k.substring(7), v);
            } else if (k.startsWith("order.")) {
                int bar = k.lastIndexOf('|');
                orders.put(new RotationKey(ActionCodec.unescape(k.substring(6, bar)), Channel.parse(k.substring(bar + 1))),
                        split(v));
            } else if (k.startsWith("credit.")) {
                int bar = k.lastIndexOf('|');
                List<Credit> list = new ArrayList<>();
                for (String item : v.split(",")) {
                    int at = item.lastIndexOf('@');
                    list.add(new Credit(LocalDateTime.parse(item.substring(0, at)),
                            Credit.Origin.valueOf(item.substring(at + 1))));
                }
                credits.computeIfAbsent(ActionCodec.unescape(k.substring(7, bar)), n -> new HashMap<>())
                        .put(Channel.parse(k.substring(bar + 1)), list);
            }
        });
        var profile = f.containsKey("profile")
                ? ((Action.ConfigureOffice) ActionCodec.decode("configure-office", LocalDateTime.MIN, f.get("profile"),
                        null, id -> null)).profile()
                : null;
        return new DayOpening(LocalDate.parse(f.get("date")), Policy.fromSettings(settings), split(f.get("roster")),
                profile, new Carry(orders, credits));
    }

    private static String join(List<String> items) {
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add(ActionCodec.escape(i)));
        return String.join(",", out);
    }

    private static List<String> split(String s) {
        if (s == null || s.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String p : s.split(",", -1)) {
            out.add(ActionCodec.unescape(p));
        }
        return out;
    }
}
