-- R17, R26, R27, R29: a client's registration time (the earlier registration wins, oldest first when a consultant's
-- clients are handed out), whether the record came from an imported register, and when the manager pooled it.
ALTER TABLE client ADD COLUMN registered TIMESTAMP;
ALTER TABLE client ADD COLUMN imported BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE client ADD COLUMN pooled TIMESTAMP;
ALTER TABLE client_version ADD COLUMN registered TIMESTAMP;
ALTER TABLE client_version ADD COLUMN imported BOOLEAN;
ALTER TABLE client_version ADD COLUMN pooled TIMESTAMP;
ALTER TABLE day_client ADD COLUMN registered TIMESTAMP;
ALTER TABLE day_client ADD COLUMN imported BOOLEAN;
ALTER TABLE day_client ADD COLUMN pooled TIMESTAMP;
-- Before this version a registration was not kept: an owned client's last contact is the best there is.
UPDATE client SET registered = last_contact WHERE owner IS NOT NULL;
UPDATE client_version SET registered = last_contact WHERE owner IS NOT NULL;
UPDATE day_client SET registered = last_contact WHERE owner IS NOT NULL;
-- A consultant's clients, for transfers (R26) and the manager's office.
CREATE INDEX client_owner ON client (owner);
-- Decision 0005: each entry keeps a digest of the events it produced, so a replay under a later build says which
-- entry no longer replays the same. Hashed into the chain from scheme 3 on.
ALTER TABLE journal ADD COLUMN events_digest CHAR(64);
ALTER TABLE journal ADD COLUMN events_version SMALLINT;
CREATE INDEX client_version_owner ON client_version (owner);
-- R29: an imported register is one journal entry with many visitors: its rows live here, each with its person
-- row and that row's commitment; the entry's text holds the rows' digest, so the chain covers every row.
CREATE TABLE journal_row (
    seq           BIGINT        NOT NULL REFERENCES journal (seq),
    position      INT           NOT NULL,
    person_id     BIGINT        REFERENCES person (id),
    person_digest CHAR(64),
    payload       VARCHAR(2000) NOT NULL,
    PRIMARY KEY (seq, position)
);
CREATE INDEX journal_row_person ON journal_row (person_id);
