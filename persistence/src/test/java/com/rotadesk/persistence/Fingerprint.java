package com.rotadesk.persistence;

import com.rotadesk.model.Channel;
import com.rotadesk.model.Client;
import com.rotadesk.model.engine.ConsultantView;
import com.rotadesk.model.engine.OfficeEngine;

import java.util.Comparator;

/** What the board and the sheets can observe of an engine, as one text to compare. */
final class Fingerprint {
    private Fingerprint() {
    }

    static String of(OfficeEngine engine) {
        StringBuilder sb = new StringBuilder("date ").append(engine.date()).append('\n');
        for (ConsultantView c : engine.consultants()) {
            sb.append(c).append('\n');
            for (Channel ch : Channel.values()) {
                sb.append("  ").append(ch).append(' ').append(engine.turns(c.name(), c.group(), ch)).append(' ')
                        .append(engine.credits(c.name(), c.group(), ch)).append('\n');
            }
        }
        for (String g : engine.groups()) {
            for (Channel ch : Channel.values()) {
                sb.append(engine.rotation(g, ch)).append(" next ").append(engine.nextUp(g, ch)).append('\n');
            }
        }
        engine.visits().forEach(v -> sb.append(v).append('\n'));
        engine.events().forEach(e -> sb.append(e).append('\n'));
        engine.clients().stream().sorted(Comparator.comparing(Client::phone)).forEach(c -> sb.append(c).append('\n'));
        return sb.toString();
    }
}
