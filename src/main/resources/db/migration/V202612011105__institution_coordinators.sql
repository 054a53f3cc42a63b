-- institution: 医療的ケア児等コーディネーター — the roster, the municipalities each covers and their training.
CREATE TABLE institution_coordinators (
    id                UUID          NOT NULL PRIMARY KEY,
    version           BIGINT        NOT NULL,
    name              VARCHAR(100)  NOT NULL,
    kana              VARCHAR(100)  NOT NULL,
    natural_key       VARCHAR(300)  NOT NULL,
    organisation_id   UUID          REFERENCES institution_institutions (id),
    organisation_name VARCHAR(200),
    region_name       VARCHAR(50)   NOT NULL,
    course            VARCHAR(200),
    completed_year    INTEGER,
    active            BOOLEAN       NOT NULL,
    notes             VARCHAR(1000),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by        VARCHAR(100)  NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by        VARCHAR(100)  NOT NULL,
    -- name + フリガナ + 圏域: registering the same person twice (e.g. from the training module) finds them.
    CONSTRAINT uq_institution_coordinators_natural_key UNIQUE (natural_key)
);
CREATE INDEX ix_institution_coordinators_region ON institution_coordinators (region_name, active);

CREATE TABLE institution_coordinator_municipalities (
    coordinator_id    UUID          NOT NULL REFERENCES institution_coordinators (id),
    municipality_code VARCHAR(6)    NOT NULL,
    PRIMARY KEY (coordinator_id, municipality_code)
);
