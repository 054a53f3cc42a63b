-- reference: 基準データ (圏域, 市町村, 庁内連携会議の部局, 医療的ケア判定スコア items). Rows are retired, never
-- deleted, because other modules keep region names and municipality codes in their own records.
CREATE TABLE reference_regions (
    id           UUID          NOT NULL PRIMARY KEY,
    version      BIGINT        NOT NULL,
    name         VARCHAR(50)   NOT NULL,
    alias        VARCHAR(50)   NOT NULL,
    office       VARCHAR(100)  NOT NULL,
    office_city  VARCHAR(50)   NOT NULL,
    sort_order   INTEGER       NOT NULL,
    retired      BOOLEAN       NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   VARCHAR(100)  NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by   VARCHAR(100)  NOT NULL,
    CONSTRAINT uk_reference_regions_name UNIQUE (name)
);
CREATE INDEX ix_reference_regions_sort_order ON reference_regions (sort_order);

CREATE TABLE reference_municipalities (
    id           UUID          NOT NULL PRIMARY KEY,
    version      BIGINT        NOT NULL,
    code         VARCHAR(6)    NOT NULL,
    name         VARCHAR(50)   NOT NULL,
    kana         VARCHAR(100)  NOT NULL,
    region_id    UUID          NOT NULL,
    retired      BOOLEAN       NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   VARCHAR(100)  NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by   VARCHAR(100)  NOT NULL,
    CONSTRAINT uk_reference_municipalities_code UNIQUE (code),
    CONSTRAINT fk_reference_municipalities_region FOREIGN KEY (region_id) REFERENCES reference_regions (id)
);
CREATE INDEX ix_reference_municipalities_region ON reference_municipalities (region_id);
CREATE INDEX ix_reference_municipalities_kana ON reference_municipalities (kana);

CREATE TABLE reference_departments (
    id           UUID          NOT NULL PRIMARY KEY,
    version      BIGINT        NOT NULL,
    bureau       VARCHAR(100),
    division     VARCHAR(100)  NOT NULL,
    sort_order   INTEGER       NOT NULL,
    retired      BOOLEAN       NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   VARCHAR(100)  NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by   VARCHAR(100)  NOT NULL
);
CREATE INDEX ix_reference_departments_sort_order ON reference_departments (sort_order);

CREATE TABLE reference_care_score_items (
    id             UUID          NOT NULL PRIMARY KEY,
    version        BIGINT        NOT NULL,
    item_no        INTEGER       NOT NULL,
    category       VARCHAR(200)  NOT NULL,
    sub_item       VARCHAR(200),
    base           INTEGER       NOT NULL,
    watch_high     INTEGER,
    watch_mid      INTEGER,
    watch_low      INTEGER,
    effective_from DATE          NOT NULL,
    sort_order     INTEGER       NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by     VARCHAR(100)  NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by     VARCHAR(100)  NOT NULL,
    CONSTRAINT ck_reference_care_score_items_item_no CHECK (item_no BETWEEN 1 AND 14)
);
CREATE INDEX ix_reference_care_score_items_effective ON reference_care_score_items (effective_from, sort_order);
