-- identity: users who log in. Disabled, never deleted, so the audit log always names someone who existed.
CREATE TABLE identity_users (
    id                   UUID          NOT NULL PRIMARY KEY,
    version              BIGINT        NOT NULL,
    username             VARCHAR(100)  NOT NULL,
    display_name         VARCHAR(100)  NOT NULL,
    password_hash        VARCHAR(200)  NOT NULL,
    role                 VARCHAR(30)   NOT NULL,
    region_name          VARCHAR(50),
    organisation         VARCHAR(200),
    enabled              BOOLEAN       NOT NULL,
    must_change_password BOOLEAN       NOT NULL,
    last_login_at        TIMESTAMP WITH TIME ZONE,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by           VARCHAR(100)  NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by           VARCHAR(100)  NOT NULL,
    CONSTRAINT uk_identity_users_username UNIQUE (username)
);
CREATE INDEX ix_identity_users_role ON identity_users (role);
