-- institution: 関係機関 and the 医療的ケア each accepts. No personal data: contacts are work contacts.
CREATE TABLE institution_institutions (
    id                UUID          NOT NULL PRIMARY KEY,
    version           BIGINT        NOT NULL,
    name              VARCHAR(200)  NOT NULL,
    kana              VARCHAR(200)  NOT NULL,
    search_text       VARCHAR(400)  NOT NULL,
    kind              VARCHAR(30)   NOT NULL,
    office_number     VARCHAR(10),
    postal_code       VARCHAR(8),
    address           VARCHAR(200),
    municipality_code VARCHAR(6)    NOT NULL,
    region_name       VARCHAR(50)   NOT NULL,
    phone             VARCHAR(20),
    email             VARCHAR(200),
    website           VARCHAR(300),
    age_min           INTEGER,
    age_max           INTEGER,
    capacity          INTEGER,
    waiting_status    VARCHAR(20),
    last_confirmed_on DATE,
    public_listing    BOOLEAN       NOT NULL,
    notes             VARCHAR(2000),
    retired           BOOLEAN       NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by        VARCHAR(100)  NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by        VARCHAR(100)  NOT NULL,
    -- NULLs do not collide in a unique constraint on both databases: many entries have no 事業所番号.
    CONSTRAINT uq_institution_institutions_office_number UNIQUE (office_number)
);
CREATE INDEX ix_institution_institutions_region ON institution_institutions (region_name, kind);
CREATE INDEX ix_institution_institutions_municipality ON institution_institutions (municipality_code);

CREATE TABLE institution_contacts (
    id             UUID          NOT NULL PRIMARY KEY,
    institution_id UUID          NOT NULL REFERENCES institution_institutions (id),
    name           VARCHAR(100)  NOT NULL,
    role           VARCHAR(100),
    phone          VARCHAR(20),
    email          VARCHAR(200),
    sort_order     INTEGER       NOT NULL
);
CREATE INDEX ix_institution_contacts_institution ON institution_contacts (institution_id);

CREATE TABLE institution_capabilities (
    id             UUID          NOT NULL PRIMARY KEY,
    institution_id UUID          NOT NULL REFERENCES institution_institutions (id),
    item_no        INTEGER       NOT NULL,
    acceptance     VARCHAR(20)   NOT NULL,
    notes          VARCHAR(500),
    CONSTRAINT uq_institution_capabilities_item UNIQUE (institution_id, item_no),
    CONSTRAINT ck_institution_capabilities_item_no CHECK (item_no BETWEEN 1 AND 14)
);
CREATE INDEX ix_institution_capabilities_item ON institution_capabilities (item_no, acceptance);
