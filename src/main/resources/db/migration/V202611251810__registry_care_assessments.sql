-- registry: 医療的ケア判定スコア assessments with their items and devices, and the old 超重症児 score.
-- Assessments are only ever added; a correction is a new assessment, so the history stays as it was.
CREATE TABLE registry_care_assessments (
    id           UUID          NOT NULL PRIMARY KEY,
    version      BIGINT        NOT NULL,
    child_id     UUID          NOT NULL,
    assessed_on  DATE          NOT NULL,
    assessed_by  VARCHAR(200),
    total        INTEGER       NOT NULL,
    care_class   VARCHAR(20)   NOT NULL,
    notes        VARCHAR(1000),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   VARCHAR(100)  NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by   VARCHAR(100)  NOT NULL,
    CONSTRAINT fk_registry_care_assessments_child FOREIGN KEY (child_id) REFERENCES registry_children (id)
);
CREATE INDEX ix_registry_care_assessments_child ON registry_care_assessments (child_id, assessed_on);

CREATE TABLE registry_care_assessment_items (
    assessment_id  UUID         NOT NULL,
    sort_order     INTEGER      NOT NULL,
    item_no        INTEGER      NOT NULL,
    sub_item       INTEGER      NOT NULL,
    level          VARCHAR(10)  NOT NULL,
    points         INTEGER      NOT NULL,
    PRIMARY KEY (assessment_id, sort_order),
    CONSTRAINT fk_registry_care_items_assessment FOREIGN KEY (assessment_id)
        REFERENCES registry_care_assessments (id)
);

CREATE TABLE registry_care_devices (
    assessment_id    UUID           NOT NULL,
    sort_order       INTEGER        NOT NULL,
    kind             VARCHAR(30)    NOT NULL,
    model            VARCHAR(200),
    settings         VARCHAR(500),
    battery_hours    DECIMAL(5, 1),
    power_dependent  BOOLEAN        NOT NULL,
    notes            VARCHAR(500),
    PRIMARY KEY (assessment_id, sort_order),
    CONSTRAINT fk_registry_care_devices_assessment FOREIGN KEY (assessment_id)
        REFERENCES registry_care_assessments (id)
);

-- The old 判定スコア (超重症児・準超重症児), a different instrument: kept apart, never mixed with the above.
CREATE TABLE registry_severe_scores (
    id              UUID          NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL,
    child_id        UUID          NOT NULL,
    scored_on       DATE          NOT NULL,
    total           INTEGER       NOT NULL,
    classification  VARCHAR(20)   NOT NULL,
    notes           VARCHAR(1000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(100)  NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(100)  NOT NULL,
    CONSTRAINT fk_registry_severe_scores_child FOREIGN KEY (child_id) REFERENCES registry_children (id)
);
CREATE INDEX ix_registry_severe_scores_child ON registry_severe_scores (child_id, scored_on);
