-- R28 "at any time": a correction of an earlier day's visit is journaled on the day it is made; the day it
-- corrects finds it here, so that day's register shows the corrected values (更正) without reading the journal.
-- A read table like the others: rebuilt from the journal, copied with the office.
CREATE TABLE earlier_correction (
    -- the corrected day
    day_date DATE   NOT NULL,
    -- the correction's journal entry
    seq      BIGINT NOT NULL,
    PRIMARY KEY (day_date, seq)
);
