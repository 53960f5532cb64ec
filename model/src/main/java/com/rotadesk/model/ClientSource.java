package com.rotadesk.model;

import java.util.List;

/**
 * Where the engine finds clients it has not seen yet: storage keeps years of clients, and a day needs only
 * the few who visit. A source must answer as of the opening of the day the engine resumed from.
 */
public interface ClientSource {

    /** No clients beyond those the engine made itself. */
    ClientSource NONE = new ClientSource() {
        @Override
        public Client find(String phone) {
            return null;
        }

        @Override
        public List<Client> all() {
            return List.of();
        }
    };

    /** The client with this phone, or null. */
    Client find(String phone);

    /** Every client the source holds (slow; for rebuilds, checks and tests). */
    List<Client> all();

    /** The clients whose recorded owner is the consultant (R26 moves them); a store answers from an index. */
    default List<Client> ownedBy(String consultant) {
        return all().stream().filter(c -> consultant.equals(c.owner())).toList();
    }
}
