package com.rotadesk.model.engine;

import com.rotadesk.model.Client;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Clients by phone, with a change log so a day can be rolled back for undo (R24). */
final class ClientRegistry {
    private record Change(String phone, Client before) {
    }

    private final Map<String, Client> byPhone = new HashMap<>();
    private final List<Change> log = new ArrayList<>();

    Client get(String phone) {
        return phone == null ? null : byPhone.get(phone);
    }

    void put(Client client) {
        log.add(new Change(client.phone(), byPhone.get(client.phone())));
        byPhone.put(client.phone(), client);
    }

    /** A point to roll back to. */
    int mark() {
        return log.size();
    }

    void rollback(int mark) {
        for (int i = log.size() - 1; i >= mark; i--) {
            Change c = log.remove(i);
            if (c.before() == null) {
                byPhone.remove(c.phone());
            } else {
                byPhone.put(c.phone(), c.before());
            }
        }
    }

    /** Forgets the log: nothing before this point can be rolled back (a new day began). */
    void commit() {
        log.clear();
    }

    Iterable<Client> all() {
        return byPhone.values();
    }

    int size() {
        return byPhone.size();
    }
}
