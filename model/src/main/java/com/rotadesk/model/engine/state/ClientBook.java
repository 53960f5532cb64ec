package com.rotadesk.model.engine.state;

import com.rotadesk.model.Client;
import com.rotadesk.model.ClientSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Clients by phone, with a change log so that today can be put back to its opening (R24). Clients not met yet are
 * asked of a {@link ClientSource} (storage keeps years of them); a phone known to have no client is remembered.
 */
final class ClientBook {
    private record Change(String phone, Client before) {
    }

    private final ClientSource source;
    private final Map<String, Client> byPhone = new HashMap<>();
    private final List<Change> log = new ArrayList<>();

    ClientBook(ClientSource source) {
        this.source = source;
    }

    Client get(String phone) {
        if (phone == null) {
            return null;
        }
        if (byPhone.containsKey(phone)) {
            return byPhone.get(phone);
        }
        Client found = source.find(phone);
        byPhone.put(phone, found);
        return found;
    }

    void put(String phone, Client client) {
        log.add(new Change(phone, get(phone)));
        byPhone.put(phone, client);
    }

    /** The client as it stood when the log began (today's opening). */
    Client atOpening(String phone) {
        for (Change c : log) {
            if (c.phone().equals(phone)) {
                return c.before();
            }
        }
        return get(phone);
    }

    int mark() {
        return log.size();
    }

    void rollback(int mark) {
        for (int i = log.size() - 1; i >= mark; i--) {
            Change c = log.remove(i);
            byPhone.put(c.phone(), c.before());
        }
    }

    /** Nothing before this point can be rolled back any more (a new day began). */
    void commit() {
        log.clear();
    }

    /** The clients whose recorded owner is the consultant: the source's, overlaid with what the engine changed. */
    List<Client> ownedBy(String consultant) {
        Map<String, Client> merged = new LinkedHashMap<>();
        for (Client c : source.ownedBy(consultant)) {
            merged.put(c.phone(), c);
        }
        byPhone.forEach((phone, c) -> {
            if (c != null && consultant.equals(c.owner())) {
                merged.put(phone, c);
            } else {
                merged.remove(phone);
            }
        });
        return List.copyOf(merged.values());
    }

    /** Every client: the source's, overlaid with what the engine changed. */
    List<Client> all() {
        Map<String, Client> merged = new LinkedHashMap<>();
        for (Client c : source.all()) {
            merged.put(c.phone(), c);
        }
        merged.putAll(byPhone);
        List<Client> out = new ArrayList<>(merged.size());
        merged.values().forEach(c -> {
            if (c != null) {
                out.add(c);
            }
        });
        return out;
    }
}
