-- shared: responses of API writes sent with an Idempotency-Key, so a client's retry gets the first answer
-- instead of creating a second record. One row per user and key; status is null while the first request runs.
-- Rows older than 24 hours are expired (deleted by the application).
CREATE TABLE shared_idempotent_requests (
    username          VARCHAR(100)  NOT NULL,
    idempotency_key   VARCHAR(200)  NOT NULL,
    request_hash      VARCHAR(64)   NOT NULL,
    status            INTEGER,
    location          VARCHAR(2000),
    content_type      VARCHAR(200),
    body              BYTEA,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_shared_idempotent_requests PRIMARY KEY (username, idempotency_key)
);

CREATE INDEX ix_shared_idempotent_requests_created ON shared_idempotent_requests (created_at);
