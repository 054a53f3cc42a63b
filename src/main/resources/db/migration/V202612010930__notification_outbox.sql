-- notification: the e-mail outbox. A mail is written here in the transaction of the change that causes it and
-- sent afterwards; rows keep the delivery state for the administrators and are purged after the retention.
CREATE TABLE notification_outbox (
    id               UUID           NOT NULL PRIMARY KEY,
    version          BIGINT         NOT NULL,
    recipient        VARCHAR(254)   NOT NULL,
    template         VARCHAR(100)   NOT NULL,
    subject          VARCHAR(300)   NOT NULL,
    body             VARCHAR(10000) NOT NULL,
    status           VARCHAR(20)    NOT NULL,
    attempts         INTEGER        NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error       VARCHAR(500),
    delivered_at     TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by       VARCHAR(100)   NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by       VARCHAR(100)   NOT NULL
);

CREATE INDEX ix_notification_outbox_due ON notification_outbox (status, next_attempt_at);
CREATE INDEX ix_notification_outbox_created ON notification_outbox (created_at);
