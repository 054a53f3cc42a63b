-- training (人材育成): courses, their yearly offerings and sessions, people, applications, attendance and
-- feedback. Completion and the certificate number are stored on the application (computed from attendance).
CREATE TABLE training_courses (
    id                      UUID           NOT NULL PRIMARY KEY,
    version                 BIGINT         NOT NULL,
    kind                    VARCHAR(20)    NOT NULL,
    title                   VARCHAR(200)   NOT NULL,
    description             VARCHAR(2000),
    prerequisite_kind       VARCHAR(20),
    prerequisite_part       VARCHAR(20),
    late_threshold_minutes  INTEGER        NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by              VARCHAR(100)   NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by              VARCHAR(100)   NOT NULL,
    CONSTRAINT ck_training_courses_prerequisite CHECK ((prerequisite_kind IS NULL) = (prerequisite_part IS NULL))
);

CREATE TABLE training_offerings (
    id                      UUID           NOT NULL PRIMARY KEY,
    version                 BIGINT         NOT NULL,
    course_id               UUID           NOT NULL,
    fiscal_year             INTEGER        NOT NULL,
    title                   VARCHAR(200)   NOT NULL,
    capacity                INTEGER        NOT NULL,
    application_opens       DATE           NOT NULL,
    application_closes      DATE           NOT NULL,
    recommendation_required BOOLEAN        NOT NULL,
    instructors             VARCHAR(1000),
    note                    VARCHAR(2000),
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by              VARCHAR(100)   NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by              VARCHAR(100)   NOT NULL,
    CONSTRAINT fk_training_offerings_course FOREIGN KEY (course_id) REFERENCES training_courses (id),
    CONSTRAINT ck_training_offerings_capacity CHECK (capacity > 0),
    CONSTRAINT ck_training_offerings_period CHECK (application_opens <= application_closes)
);

CREATE INDEX ix_training_offerings_year ON training_offerings (fiscal_year);

CREATE TABLE training_sessions (
    id                      UUID           NOT NULL PRIMARY KEY,
    offering_id             UUID           NOT NULL,
    held_on                 DATE           NOT NULL,
    starts_at               TIME           NOT NULL,
    ends_at                 TIME           NOT NULL,
    module_kind             VARCHAR(20)    NOT NULL,
    title                   VARCHAR(200)   NOT NULL,
    minutes                 INTEGER        NOT NULL,
    venue                   VARCHAR(200),
    online                  BOOLEAN        NOT NULL,
    CONSTRAINT fk_training_sessions_offering FOREIGN KEY (offering_id) REFERENCES training_offerings (id),
    CONSTRAINT ck_training_sessions_minutes CHECK (minutes > 0)
);

CREATE INDEX ix_training_sessions_day ON training_sessions (held_on);

CREATE TABLE training_people (
    id                      UUID           NOT NULL PRIMARY KEY,
    version                 BIGINT         NOT NULL,
    name                    VARCHAR(100)   NOT NULL,
    kana                    VARCHAR(100)   NOT NULL,
    birth_date              DATE           NOT NULL,
    email                   VARCHAR(254),
    match_key               VARCHAR(300)   NOT NULL,
    merged_into_id          UUID,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by              VARCHAR(100)   NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by              VARCHAR(100)   NOT NULL,
    CONSTRAINT fk_training_people_merged FOREIGN KEY (merged_into_id) REFERENCES training_people (id)
);

CREATE INDEX ix_training_people_match ON training_people (match_key);
CREATE INDEX ix_training_people_email ON training_people (email);

CREATE TABLE training_applications (
    id                      UUID           NOT NULL PRIMARY KEY,
    version                 BIGINT         NOT NULL,
    offering_id             UUID           NOT NULL,
    person_id               UUID           NOT NULL,
    reference_number        VARCHAR(20)    NOT NULL,
    applied_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    name                    VARCHAR(100)   NOT NULL,
    kana                    VARCHAR(100)   NOT NULL,
    birth_date              DATE           NOT NULL,
    organisation            VARCHAR(200)   NOT NULL,
    organisation_kind       VARCHAR(30)    NOT NULL,
    job                     VARCHAR(100)   NOT NULL,
    region_name             VARCHAR(50)    NOT NULL,
    municipality_code       VARCHAR(6),
    email                   VARCHAR(254)   NOT NULL,
    phone                   VARCHAR(30),
    qualifications          VARCHAR(500),
    recommended_by          VARCHAR(200),
    prerequisite_note       VARCHAR(500),
    status                  VARCHAR(20)    NOT NULL,
    status_reason           VARCHAR(500),
    waitlisted_at           TIMESTAMP WITH TIME ZONE,
    decided_at              TIMESTAMP WITH TIME ZONE,
    completed               BOOLEAN        NOT NULL,
    lecture_part_completed  BOOLEAN        NOT NULL,
    completed_on            DATE,
    attendance_updated_at   TIMESTAMP WITH TIME ZONE,
    certificate_number      VARCHAR(30),
    certificate_issued_on   DATE,
    coordinator_added_at    TIMESTAMP WITH TIME ZONE,
    reminded_at             TIMESTAMP WITH TIME ZONE,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by              VARCHAR(100)   NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by              VARCHAR(100)   NOT NULL,
    CONSTRAINT fk_training_applications_offering FOREIGN KEY (offering_id) REFERENCES training_offerings (id),
    CONSTRAINT fk_training_applications_person FOREIGN KEY (person_id) REFERENCES training_people (id),
    CONSTRAINT uq_training_applications_reference UNIQUE (reference_number),
    CONSTRAINT uq_training_applications_certificate UNIQUE (certificate_number)
);

CREATE INDEX ix_training_applications_offering ON training_applications (offering_id, status);
CREATE INDEX ix_training_applications_person ON training_applications (person_id);
CREATE INDEX ix_training_applications_completed ON training_applications (completed, region_name);

CREATE TABLE training_attendance (
    id                      UUID           NOT NULL PRIMARY KEY,
    application_id          UUID           NOT NULL,
    session_id              UUID           NOT NULL,
    status                  VARCHAR(20)    NOT NULL,
    missed_minutes          INTEGER        NOT NULL,
    made_up                 BOOLEAN        NOT NULL,
    CONSTRAINT fk_training_attendance_application FOREIGN KEY (application_id)
        REFERENCES training_applications (id) ON DELETE CASCADE,
    CONSTRAINT fk_training_attendance_session FOREIGN KEY (session_id) REFERENCES training_sessions (id),
    CONSTRAINT uq_training_attendance UNIQUE (application_id, session_id),
    CONSTRAINT ck_training_attendance_minutes CHECK (missed_minutes >= 0)
);

CREATE TABLE training_feedback (
    id                      UUID           NOT NULL PRIMARY KEY,
    offering_id             UUID           NOT NULL,
    application_id          UUID           NOT NULL,
    overall                 INTEGER        NOT NULL,
    content_rating          INTEGER        NOT NULL,
    instructors_rating      INTEGER        NOT NULL,
    usefulness              INTEGER        NOT NULL,
    organisation_rating     INTEGER        NOT NULL,
    comment                 VARCHAR(2000),
    submitted_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_training_feedback_offering FOREIGN KEY (offering_id) REFERENCES training_offerings (id),
    CONSTRAINT fk_training_feedback_application FOREIGN KEY (application_id) REFERENCES training_applications (id),
    CONSTRAINT uq_training_feedback_application UNIQUE (application_id)
);
