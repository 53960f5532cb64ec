-- Hash scheme 2 (decision 0004): each entry records the scheme it was hashed under, so entries written under
-- scheme 1 still verify, and commits to a salted digest of the personal data it refers to.
ALTER TABLE journal ADD COLUMN scheme SMALLINT DEFAULT 1 NOT NULL;
ALTER TABLE journal ADD COLUMN person_digest CHAR(64);
-- A person's random salt: the commitment in the journal hides the name and phone, and erasing the salt with
-- them leaves a digest that cannot be brute-forced back to a phone number.
ALTER TABLE person ADD COLUMN salt CHAR(32);
-- Which office this database belongs to (restore refuses another office's backup). An office that already has
-- a journal takes its first entry's hash, so its older backups, migrated later, name the same office.
CREATE TABLE office_identity (
    id          VARCHAR(64)  NOT NULL PRIMARY KEY
);
INSERT INTO office_identity (id)
    SELECT COALESCE((SELECT hash FROM journal WHERE seq = 1), CAST(RANDOM_UUID() AS VARCHAR(64)));
