-- registry: emergency access (緊急時アクセス) — a user outside a child's scope opened the child's emergency
-- information for a stated reason, for a limited time; the センター長 reviews every such access.
CREATE TABLE registry_emergency_access (
    id                 UUID          NOT NULL PRIMARY KEY,
    version            BIGINT        NOT NULL,
    child_id           UUID          NOT NULL,
    username           VARCHAR(100)  NOT NULL,
    user_display_name  VARCHAR(100)  NOT NULL,
    user_role          VARCHAR(30)   NOT NULL,
    reason             VARCHAR(500)  NOT NULL,
    granted_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    reviewed_at        TIMESTAMP WITH TIME ZONE,
    reviewed_by        VARCHAR(100),
    review_comment     VARCHAR(500),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by         VARCHAR(100)  NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by         VARCHAR(100)  NOT NULL,
    CONSTRAINT fk_registry_emergency_access_child FOREIGN KEY (child_id) REFERENCES registry_children (id)
);
-- The grant check looks up the caller's latest grant for a child.
CREATE INDEX ix_registry_emergency_access_grant ON registry_emergency_access (child_id, username, expires_at);
CREATE INDEX ix_registry_emergency_access_granted ON registry_emergency_access (granted_at);
