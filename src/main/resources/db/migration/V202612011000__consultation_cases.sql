-- consultation: cases (相談ケース) opened from consultations that need follow-up, with their timeline,
-- tasks and documents; referrals (紹介・つなぎ) of a case and supervisor dispatches (スーパーバイザー派遣).
CREATE TABLE consultation_cases (
    id                      UUID           NOT NULL PRIMARY KEY,
    version                 BIGINT         NOT NULL,
    consultation_id         UUID           NOT NULL,
    title                   VARCHAR(200)   NOT NULL,
    region_name             VARCHAR(50)    NOT NULL,
    child_id                UUID,
    owner_id                UUID           NOT NULL,
    owner_name              VARCHAR(100)   NOT NULL,
    status                  VARCHAR(20)    NOT NULL,
    priority                VARCHAR(20)    NOT NULL,
    next_contact_due        DATE,
    close_requested         BOOLEAN        NOT NULL,
    handover_region         VARCHAR(50),
    opened_on               DATE           NOT NULL,
    closed_on               DATE,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by              VARCHAR(100)   NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by              VARCHAR(100)   NOT NULL,
    CONSTRAINT uq_consultation_cases_consultation UNIQUE (consultation_id),
    CONSTRAINT fk_consultation_cases_consultation FOREIGN KEY (consultation_id)
        REFERENCES consultation_consultations (id),
    CONSTRAINT fk_consultation_cases_child FOREIGN KEY (child_id) REFERENCES registry_children (id)
);

CREATE INDEX ix_consultation_cases_owner ON consultation_cases (owner_id, status);
CREATE INDEX ix_consultation_cases_region ON consultation_cases (region_name, status);
CREATE INDEX ix_consultation_cases_due ON consultation_cases (next_contact_due);

CREATE TABLE consultation_case_entries (
    id                      UUID           NOT NULL PRIMARY KEY,
    case_id                 UUID           NOT NULL,
    kind                    VARCHAR(30)    NOT NULL,
    occurred_on             DATE           NOT NULL,
    channel                 VARCHAR(20),
    counterpart             VARCHAR(200),
    content                 VARCHAR(4000)  NOT NULL,
    recorded_by             VARCHAR(100)   NOT NULL,
    recorded_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_consultation_case_entries_case FOREIGN KEY (case_id) REFERENCES consultation_cases (id)
);

CREATE INDEX ix_consultation_case_entries_case ON consultation_case_entries (case_id, occurred_on);

CREATE TABLE consultation_case_tasks (
    id                      UUID           NOT NULL PRIMARY KEY,
    case_id                 UUID           NOT NULL,
    title                   VARCHAR(200)   NOT NULL,
    due_on                  DATE,
    done                    BOOLEAN        NOT NULL,
    done_by                 VARCHAR(100),
    CONSTRAINT fk_consultation_case_tasks_case FOREIGN KEY (case_id) REFERENCES consultation_cases (id)
);

CREATE TABLE consultation_case_documents (
    id                      UUID           NOT NULL PRIMARY KEY,
    case_id                 UUID           NOT NULL,
    file_name               VARCHAR(200)   NOT NULL,
    content_type            VARCHAR(100)   NOT NULL,
    size_bytes              BIGINT         NOT NULL,
    uploaded_by             VARCHAR(100)   NOT NULL,
    uploaded_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_consultation_case_documents_case FOREIGN KEY (case_id) REFERENCES consultation_cases (id)
);

-- The bytes of a document live apart, so the case page never loads them.
CREATE TABLE consultation_case_document_contents (
    id                      UUID           NOT NULL PRIMARY KEY,
    data                    BYTEA          NOT NULL,
    CONSTRAINT fk_consultation_case_document_contents FOREIGN KEY (id)
        REFERENCES consultation_case_documents (id)
);

CREATE TABLE consultation_referrals (
    id                      UUID           NOT NULL PRIMARY KEY,
    version                 BIGINT         NOT NULL,
    case_id                 UUID           NOT NULL,
    region_name             VARCHAR(50)    NOT NULL,
    institution_id          UUID,
    institution_name        VARCHAR(200)   NOT NULL,
    reason                  VARCHAR(2000)  NOT NULL,
    referred_on             DATE           NOT NULL,
    consent_basis           VARCHAR(30)    NOT NULL,
    outcome                 VARCHAR(20),
    outcome_on              DATE,
    outcome_note            VARCHAR(2000),
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by              VARCHAR(100)   NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by              VARCHAR(100)   NOT NULL,
    CONSTRAINT fk_consultation_referrals_case FOREIGN KEY (case_id) REFERENCES consultation_cases (id)
);

CREATE INDEX ix_consultation_referrals_case ON consultation_referrals (case_id);

CREATE TABLE consultation_dispatches (
    id                      UUID           NOT NULL PRIMARY KEY,
    version                 BIGINT         NOT NULL,
    requested_on            DATE           NOT NULL,
    requester_organisation  VARCHAR(200)   NOT NULL,
    requester_name          VARCHAR(100)   NOT NULL,
    place                   VARCHAR(200)   NOT NULL,
    region_name             VARCHAR(50)    NOT NULL,
    child_id                UUID,
    topic                   VARCHAR(2000)  NOT NULL,
    wanted_dates            VARCHAR(200)   NOT NULL,
    status                  VARCHAR(20)    NOT NULL,
    decision_comment        VARCHAR(1000),
    decided_by              VARCHAR(100),
    supervisor_user_id      UUID,
    supervisor_name         VARCHAR(100),
    supervisor_kind         VARCHAR(20),
    visit_on                DATE,
    advice                  VARCHAR(4000),
    follow_up               VARCHAR(2000),
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by              VARCHAR(100)   NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by              VARCHAR(100)   NOT NULL,
    CONSTRAINT fk_consultation_dispatches_child FOREIGN KEY (child_id) REFERENCES registry_children (id)
);

CREATE INDEX ix_consultation_dispatches_visit ON consultation_dispatches (supervisor_name, visit_on);
