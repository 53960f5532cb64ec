-- Shared mode (decision 0008): several desks append to one office's journal on a PostgreSQL server.

-- Hashes, digests, salts and phone tails always fill their length. As CHAR (bpchar) a string parameter is compared
-- as text and no index is used; as VARCHAR the same values compare through the index.
ALTER TABLE journal ALTER COLUMN prev_hash TYPE VARCHAR(64);
ALTER TABLE journal ALTER COLUMN hash TYPE VARCHAR(64);
ALTER TABLE journal ALTER COLUMN person_digest TYPE VARCHAR(64);
ALTER TABLE journal ALTER COLUMN events_digest TYPE VARCHAR(64);
ALTER TABLE journal_row ALTER COLUMN person_digest TYPE VARCHAR(64);
ALTER TABLE person ALTER COLUMN phone_tail TYPE VARCHAR(4);
ALTER TABLE person ALTER COLUMN salt TYPE VARCHAR(32);

-- The journal's primary key makes two entries with one number impossible; this makes two entries after the same
-- entry (a fork) impossible too, whatever a client does.
CREATE UNIQUE INDEX journal_prev_hash ON journal (prev_hash);

-- The head of the office's stream: every append locks this one row (SELECT ... FOR UPDATE), reads where the chain
-- ends, inserts the next entry and moves the head, all in one transaction. It also serves as the head record
-- (decision 0004) in shared mode: a journal that ends elsewhere was cut or rewritten.
CREATE TABLE office_head (
    id          SMALLINT     NOT NULL PRIMARY KEY CHECK (id = 1),
    seq         BIGINT       NOT NULL,
    hash        VARCHAR(64)  NOT NULL
);
INSERT INTO office_head (id, seq, hash)
    SELECT 1, COALESCE(MAX(seq), 0),
           COALESCE((SELECT hash FROM journal ORDER BY seq DESC LIMIT 1), REPEAT('0', 64))
    FROM journal;

-- The desk's phone lookup by the first digits typed: a range over the phone in byte order, whatever the
-- database's collation (the query compares under COLLATE "C" too).
CREATE INDEX person_phone_c ON person (phone COLLATE "C");
