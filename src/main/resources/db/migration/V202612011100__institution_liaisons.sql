-- institution: 連携記録 — every contact with an institution, with its follow-up. Children and consultations
-- are linked by id only (they belong to other modules).
CREATE TABLE institution_liaisons (
    id                UUID          NOT NULL PRIMARY KEY,
    version           BIGINT        NOT NULL,
    institution_id    UUID          NOT NULL REFERENCES institution_institutions (id),
    contacted_on      DATE          NOT NULL,
    channel           VARCHAR(20)   NOT NULL,
    staff_name        VARCHAR(100)  NOT NULL,
    counterpart_name  VARCHAR(100),
    subject           VARCHAR(200)  NOT NULL,
    content           VARCHAR(4000) NOT NULL,
    follow_up         VARCHAR(1000),
    follow_up_due     DATE,
    follow_up_done_on DATE,
    child_id          UUID,
    consultation_id   UUID,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by        VARCHAR(100)  NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by        VARCHAR(100)  NOT NULL
);
CREATE INDEX ix_institution_liaisons_institution ON institution_liaisons (institution_id, contacted_on);
CREATE INDEX ix_institution_liaisons_follow_up ON institution_liaisons (follow_up_done_on, follow_up_due);
CREATE INDEX ix_institution_liaisons_child ON institution_liaisons (child_id);
