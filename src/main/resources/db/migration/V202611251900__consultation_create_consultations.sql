-- consultation: consultations received by the center (相談受付) and their topics.
CREATE TABLE consultation_consultations (
    id                      UUID           NOT NULL PRIMARY KEY,
    version                 BIGINT         NOT NULL,
    received_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    channel                 VARCHAR(20)    NOT NULL,
    consulter_type          VARCHAR(20)    NOT NULL,
    consulter_name          VARCHAR(100),
    consulter_organisation  VARCHAR(200),
    municipality_code       VARCHAR(6),
    region_name             VARCHAR(50)    NOT NULL,
    child_id                UUID,
    child_link              VARCHAR(20)    NOT NULL,
    content                 VARCHAR(4000)  NOT NULL,
    answer                  VARCHAR(4000),
    next_step               VARCHAR(1000),
    search_text             VARCHAR(10000) NOT NULL,
    status                  VARCHAR(20)    NOT NULL,
    recorded_by             VARCHAR(100)   NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by              VARCHAR(100)   NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by              VARCHAR(100)   NOT NULL,
    CONSTRAINT fk_consultation_consultations_child FOREIGN KEY (child_id) REFERENCES registry_children (id),
    CONSTRAINT ck_consultation_consultations_link CHECK ((child_link = 'LINKED') = (child_id IS NOT NULL))
);

CREATE INDEX ix_consultation_consultations_received ON consultation_consultations (received_at);
CREATE INDEX ix_consultation_consultations_region ON consultation_consultations (region_name, received_at);

CREATE TABLE consultation_consultation_topics (
    consultation_id  UUID         NOT NULL,
    topic            VARCHAR(30)  NOT NULL,
    CONSTRAINT pk_consultation_consultation_topics PRIMARY KEY (consultation_id, topic),
    CONSTRAINT fk_consultation_consultation_topics FOREIGN KEY (consultation_id)
        REFERENCES consultation_consultations (id) ON DELETE CASCADE
);
