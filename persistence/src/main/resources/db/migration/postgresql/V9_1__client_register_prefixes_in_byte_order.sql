-- On a server the register's searches by a name's, an owner's or a phone's start compare in byte order
-- (COLLATE "C", ClientQueries.bytes): a prefix's range up to U+FFFF holds every value that starts so only in that
-- order, and under a glibc collation such as zh_CN.UTF-8 it held nothing. Their indexes follow the same order; V9's
-- name index, in the database's collation, served only those searches.
DROP INDEX client_name;
CREATE INDEX client_name ON client (name COLLATE "C", phone);
CREATE INDEX client_owner_bytes ON client (owner COLLATE "C");
CREATE INDEX client_phone_bytes ON client (phone COLLATE "C");
