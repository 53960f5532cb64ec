-- The desk's phone lookup shows each match's last visit: find a person's visits without a scan.
CREATE INDEX visit_person ON visit (person_id);
