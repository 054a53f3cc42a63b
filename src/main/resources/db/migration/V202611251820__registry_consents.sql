-- registry: consents (同意) of a child's family, one row per purpose; withdrawn, never deleted.
CREATE TABLE registry_consents (
    id                 UUID          NOT NULL PRIMARY KEY,
    version            BIGINT        NOT NULL,
    child_id           UUID          NOT NULL,
    purpose            VARCHAR(30)   NOT NULL,
    organisation       VARCHAR(200),
    institution_kind   VARCHAR(30),
    given_on           DATE          NOT NULL,
    method             VARCHAR(20)   NOT NULL,
    recorded_by        VARCHAR(100)  NOT NULL,
    expires_on         DATE,
    withdrawn_on       DATE,
    withdrawal_reason  VARCHAR(500),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by         VARCHAR(100)  NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by         VARCHAR(100)  NOT NULL,
    CONSTRAINT fk_registry_consents_child FOREIGN KEY (child_id) REFERENCES registry_children (id),
    CONSTRAINT ck_registry_consents_sharing CHECK (purpose <> 'SHARE_INSTITUTION'
        OR organisation IS NOT NULL OR institution_kind IS NOT NULL)
);
CREATE INDEX ix_registry_consents_child ON registry_consents (child_id, purpose);
-- The access check of 関係機関 users looks consents up by organisation.
CREATE INDEX ix_registry_consents_organisation ON registry_consents (organisation, purpose);
