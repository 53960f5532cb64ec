package com.rotadesk.model.engine;

import com.rotadesk.model.Channel;
import com.rotadesk.model.Client;

import java.util.Comparator;

/** Everything a desk can observe of an engine, as one comparable text (for determinism and undo properties). */
final class StateFingerprint {
    private StateFingerprint() {
    }

    static String of(OfficeEngine engine) {
        StringBuilder sb = new StringBuilder();
        sb.append("date ").append(engine.date()).append(" surge ").append(engine.surge()).append('\n');
        for (ConsultantView c : engine.consultants()) {
            sb.append(c).append('\n');
            for (String g : engine.groups()) {
                for (Channel ch : Channel.values()) {
                    sb.append("  ").append(g).append(' ').append(ch).append(" turns ").append(engine.turns(c.name(), g, ch))
                            .append(" credits ").append(engine.credits(c.name(), g, ch)).append('\n');
                }
            }
        }
        for (String g : engine.groups()) {
            for (Channel ch : Channel.values()) {
                sb.append(engine.rotation(g, ch)).append(" next ").append(engine.nextUp(g, ch)).append('\n');
            }
        }
        engine.visits().forEach(v -> sb.append(v).append('\n'));
        engine.waiting().forEach(v -> sb.append("waiting ").append(v.ref()).append('\n'));
        engine.events().forEach(e -> sb.append(e).append('\n'));
        engine.clients().stream().sorted(Comparator.comparing(Client::phone)).forEach(c -> sb.append(c).append('\n'));
        return sb.toString();
    }
}
