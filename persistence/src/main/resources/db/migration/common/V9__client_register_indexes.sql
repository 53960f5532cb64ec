-- The manager's office (issue 14): the client register searched as the manager types, on ten years of clients.
-- A name typed is matched from its start (王 finds 王建国), a consultant's clients come newest contact first, and the
-- register with no search shows the latest contacts: each an index range instead of a scan of every client.
CREATE INDEX client_name ON client (name, phone);
-- replaces V8's owner-only index: the same lookups (a consultant's clients) and their order by last contact
DROP INDEX client_owner;
CREATE INDEX client_owner_contact ON client (owner, last_contact);
CREATE INDEX client_last_contact ON client (last_contact);
