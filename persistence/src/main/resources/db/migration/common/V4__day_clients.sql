-- The clients each day met, as they stood at that day's opening: a day's replay (today's board at start-up,
-- a past day's sheets) reads them as one range of rows instead of looking up every visitor's version in
-- client_version, scattered over ten years of pages. Rebuildable from the journal; a day without rows
-- (written before this table existed) falls back to client_version.
CREATE TABLE day_client (
    -- the day's opening entry (day_opening.seq)
    day_seq      BIGINT        NOT NULL,
    phone        VARCHAR(32)   NOT NULL,
    -- true: no client with this phone at the opening
    removed      BOOLEAN       NOT NULL,
    name         VARCHAR(64),
    household    VARCHAR(2000),
    owner        VARCHAR(64),
    last_contact TIMESTAMP,
    deal         BOOLEAN,
    lead         VARCHAR(64),
    PRIMARY KEY (day_seq, phone)
);
