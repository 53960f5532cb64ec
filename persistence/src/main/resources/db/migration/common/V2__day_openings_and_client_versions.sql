-- How each day began (policy, roster, office, carried state), so that opening the office replays only today
-- and a past day's sheets replay only that day. Rebuildable from the journal.
CREATE TABLE day_opening (
    seq         BIGINT        NOT NULL PRIMARY KEY,
    day_date    DATE          NOT NULL,
    payload     VARCHAR(100000) NOT NULL
);
CREATE INDEX day_opening_day ON day_opening (day_date);

-- Every state a client has been in, by the journal entry that made it: the clients as of any day's opening.
CREATE TABLE client_version (
    phone        VARCHAR(32)   NOT NULL,
    seq          BIGINT        NOT NULL,
    removed      BOOLEAN       NOT NULL,
    name         VARCHAR(64),
    household    VARCHAR(2000),
    owner        VARCHAR(64),
    last_contact TIMESTAMP,
    deal         BOOLEAN,
    lead         VARCHAR(64),
    PRIMARY KEY (phone, seq)
);
