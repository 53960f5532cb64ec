-- The server's catalogue (schema rotadesk, decision 0008): which offices live on this database, each in a schema of
-- its own, and the erasure ledger of every office. The ledger lives outside the offices' schemas so that restoring
-- one office's schema from a dump (pg_restore -n office_x) cannot bring an erased visitor back: every open applies
-- each erasure again, as the ledger file beside an H2 database does (decision 0004).
CREATE TABLE office (
    code        VARCHAR(32)  NOT NULL PRIMARY KEY,
    schema_name VARCHAR(63)  NOT NULL UNIQUE,
    created_at  TIMESTAMP    NOT NULL DEFAULT LOCALTIMESTAMP
);

-- One line per erasure, in the ledger file's own words: person ids and the first entry that referred to each
-- (no personal data).
CREATE TABLE ledger (
    office      VARCHAR(32)  NOT NULL REFERENCES office (code),
    line_no     BIGINT       NOT NULL,
    line        VARCHAR(100000) NOT NULL,
    PRIMARY KEY (office, line_no)
);
