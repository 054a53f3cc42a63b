-- audit: tamper-evident hash chain. A sealing job gives each committed entry its place in the chain
-- (chain_index) and entry_hash = SHA-256(previous entry_hash + the entry's fields); changing or deleting a sealed
-- entry breaks the chain at that point. The head row serialises sealing across application nodes.
ALTER TABLE audit_entries ADD COLUMN chain_index BIGINT;
ALTER TABLE audit_entries ADD COLUMN entry_hash VARCHAR(64);
CREATE UNIQUE INDEX ux_audit_entries_chain_index ON audit_entries (chain_index);

CREATE TABLE audit_chain_head (
    id          INTEGER      NOT NULL PRIMARY KEY,
    last_index  BIGINT       NOT NULL,
    last_hash   VARCHAR(64)  NOT NULL
);
INSERT INTO audit_chain_head (id, last_index, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
