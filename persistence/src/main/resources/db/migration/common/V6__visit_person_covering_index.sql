-- The phone lookup shows each match's last walk-in visit. With the channel and arrival in the index, H2
-- finds it from the index alone instead of reading every visit's row (one page each, scattered over ten
-- years). It replaces the person-only index of V3, so writing a visit costs no more than before.
DROP INDEX visit_person;
CREATE INDEX visit_person_arrival ON visit (person_id, channel, arrival);
