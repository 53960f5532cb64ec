package com.rotadesk.persistence;

import com.rotadesk.model.Client;
import com.rotadesk.model.ClientStanding;

import java.time.LocalDateTime;

/**
 * One client of the register as the manager's office shows it.
 *
 * @param client    the client as the record holds it now
 * @param standing  where the client stands at the time asked (owner, protected until, public since, deal), as the
 *                  rules say
 * @param visits    how many walk-in visits the desk registered for the phone, under any name
 * @param lastVisit the last of them, or null
 */
public record ClientRow(Client client, ClientStanding standing, int visits, LocalDateTime lastVisit) {
}
