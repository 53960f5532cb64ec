-- Personal data (names, phones) lives apart from the chained journal, so one visitor can be erased
-- (PIPL) without breaking the chain: the journal refers to a person by id only.
CREATE TABLE person (
    id          BIGINT       NOT NULL PRIMARY KEY,
    phone       VARCHAR(32),
    -- last four digits, so typing them at the desk finds the client through an index
    phone_tail  CHAR(4),
    name        VARCHAR(64),
    -- the first person id that had this phone: the stable pseudonym used when it is erased
    phone_key   BIGINT,
    erased_at   TIMESTAMP
);
CREATE INDEX person_phone ON person (phone);
CREATE INDEX person_phone_tail ON person (phone_tail);

-- The append-only journal of confirmed actions (R24, R25); each entry's hash covers the previous
-- entry's hash, so an edited or deleted row breaks the chain at that row.
CREATE TABLE journal (
    seq         BIGINT        NOT NULL PRIMARY KEY,
    action_at   TIMESTAMP     NOT NULL,
    kind        VARCHAR(32)   NOT NULL,
    payload     VARCHAR(8000) NOT NULL,
    person_id   BIGINT        REFERENCES person (id),
    prev_hash   CHAR(64)      NOT NULL,
    hash        CHAR(64)      NOT NULL
);

-- Read tables: rebuilt from the journal alone, updated in the same transaction as each entry.
CREATE TABLE visit (
    day_date     DATE         NOT NULL,
    channel      VARCHAR(8)   NOT NULL,
    visit_no     INT          NOT NULL,
    ref          VARCHAR(64)  NOT NULL,
    group_name   VARCHAR(64)  NOT NULL,
    person_id    BIGINT,
    party        INT          NOT NULL,
    source       VARCHAR(24)  NOT NULL,
    visit_type   VARCHAR(16)  NOT NULL,
    arrival      TIMESTAMP    NOT NULL,
    visit_state  VARCHAR(16)  NOT NULL,
    consultant   VARCHAR(64),
    received_at  TIMESTAMP,
    ended_at     TIMESTAMP,
    counted      BOOLEAN      NOT NULL,
    make_up      BOOLEAN      NOT NULL,
    stand_in     BOOLEAN      NOT NULL,
    voided       VARCHAR(16),
    PRIMARY KEY (day_date, channel, visit_no)
);

CREATE TABLE consultant_day (
    day_date     DATE         NOT NULL,
    consultant   VARCHAR(64)  NOT NULL,
    group_name   VARCHAR(64),
    status       VARCHAR(16)  NOT NULL,
    signed_in_at TIMESTAMP,
    signed_out_at TIMESTAMP,
    turns_walk_in INT         NOT NULL,
    turns_phone  INT          NOT NULL,
    credits_walk_in INT       NOT NULL,
    credits_phone INT         NOT NULL,
    violations   INT          NOT NULL,
    PRIMARY KEY (day_date, consultant)
);

CREATE TABLE client (
    phone        VARCHAR(32)  NOT NULL PRIMARY KEY,
    name         VARCHAR(64),
    household    VARCHAR(2000) NOT NULL,
    owner        VARCHAR(64),
    last_contact TIMESTAMP,
    deal         BOOLEAN      NOT NULL,
    lead         VARCHAR(64)
);

CREATE TABLE setting (
    name         VARCHAR(64)  NOT NULL PRIMARY KEY,
    setting_value VARCHAR(4000) NOT NULL
);
