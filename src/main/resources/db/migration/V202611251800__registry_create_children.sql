-- registry: children with medical care and their families. Soft-deleted with who, when and why.
CREATE TABLE registry_children (
    id                UUID          NOT NULL PRIMARY KEY,
    version           BIGINT        NOT NULL,
    family_name       VARCHAR(50)   NOT NULL,
    given_name        VARCHAR(50)   NOT NULL,
    family_name_kana  VARCHAR(100)  NOT NULL,
    given_name_kana   VARCHAR(100)  NOT NULL,
    search_text       VARCHAR(400)  NOT NULL,
    birth_date        DATE          NOT NULL,
    sex               VARCHAR(20)   NOT NULL,
    postal_code       VARCHAR(8),
    address           VARCHAR(200),
    municipality_code VARCHAR(6)    NOT NULL,
    region_name       VARCHAR(50)   NOT NULL,
    diagnoses         VARCHAR(1000),
    icd10_code        VARCHAR(10),
    primary_doctor    VARCHAR(100),
    hospital          VARCHAR(200),
    services_used     VARCHAR(1000),
    school_status     VARCHAR(30),
    school_name       VARCHAR(200),
    coordinator_name  VARCHAR(100),
    meis_registered   BOOLEAN       NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    status_date       DATE,
    status_reason     VARCHAR(500),
    deleted_at        TIMESTAMP WITH TIME ZONE,
    deleted_by        VARCHAR(100),
    deletion_reason   VARCHAR(500),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by        VARCHAR(100)  NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by        VARCHAR(100)  NOT NULL
);
CREATE INDEX ix_registry_children_region ON registry_children (region_name, status);
CREATE INDEX ix_registry_children_municipality ON registry_children (municipality_code);
CREATE INDEX ix_registry_children_birth_date ON registry_children (birth_date);
CREATE INDEX ix_registry_children_kana ON registry_children (family_name_kana, given_name_kana, birth_date);

CREATE TABLE registry_family_members (
    id               UUID          NOT NULL PRIMARY KEY,
    child_id         UUID          NOT NULL,
    name             VARCHAR(100)  NOT NULL,
    kana             VARCHAR(200),
    relationship     VARCHAR(30)   NOT NULL,
    phone            VARCHAR(20),
    email            VARCHAR(200),
    primary_contact  BOOLEAN       NOT NULL,
    sort_order       INTEGER       NOT NULL,
    CONSTRAINT fk_registry_family_members_child FOREIGN KEY (child_id) REFERENCES registry_children (id)
);
CREATE INDEX ix_registry_family_members_child ON registry_family_members (child_id);
CREATE INDEX ix_registry_family_members_phone ON registry_family_members (phone);
