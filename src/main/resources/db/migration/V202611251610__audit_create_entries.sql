-- audit: the append-only audit log. Rows are written once and never changed, so there is no version column
-- and no updated_* columns. Times are UTC; the screen shows them in JST.
CREATE TABLE audit_entries (
    id             UUID          NOT NULL PRIMARY KEY,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    actor          VARCHAR(100)  NOT NULL,
    action         VARCHAR(30)   NOT NULL,
    target_type    VARCHAR(100)  NOT NULL,
    target_id      VARCHAR(100),
    detail         VARCHAR(500),
    remote_address VARCHAR(64)
);
CREATE INDEX ix_audit_entries_occurred_at ON audit_entries (occurred_at);
CREATE INDEX ix_audit_entries_actor ON audit_entries (actor);
CREATE INDEX ix_audit_entries_target ON audit_entries (target_type, target_id);
