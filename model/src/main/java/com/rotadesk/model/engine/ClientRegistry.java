package com.rotadesk.model.engine;

import com.rotadesk.model.Client;
import com.rotadesk.model.ClientSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Clients by phone, with a change log so a day can be rolled back for undo (R24). Clients the engine has not
 * seen are asked of a {@link ClientSource}; a phone known to have no client is remembered as such (null).
 */
final class ClientRegistry {
    private record Change(String phone, boolean known, Client before) {
    }

    private final ClientSource source;
    private final Map<String, Client> byPhone = new HashMap<>();
    private final List<Change> log = new ArrayList<>();

    ClientRegistry(ClientSource source) {
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

    void put(Client client) {
        Client before = get(client.phone());
        log.add(new Change(client.phone(), true, before));
        byPhone.put(client.phone(), client);
    }

    /** A point to roll back to. */
    int mark() {
        return log.size();
    }

    void rollback(int mark) {
        for (int i = log.size() - 1; i >= mark; i--) {
            Change c = log.remove(i);
            byPhone.put(c.phone(), c.before());
        }
    }

    /** Forgets the log: nothing before this point can be rolled back (a new day began). */
    void commit() {
        log.clear();
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
