-- consultation: what the public web form adds to a consultation — the reference number given to the sender
-- and how to reach them (phone and/or e-mail, with their consent to be contacted).
CREATE TABLE consultation_web_submissions (
    id                  UUID          NOT NULL PRIMARY KEY,
    version             BIGINT        NOT NULL,
    consultation_id     UUID          NOT NULL,
    reference_number    VARCHAR(20)   NOT NULL,
    phone               VARCHAR(30),
    email               VARCHAR(254),
    consent_to_contact  BOOLEAN       NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by          VARCHAR(100)  NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by          VARCHAR(100)  NOT NULL,
    CONSTRAINT uq_consultation_web_submissions_reference UNIQUE (reference_number),
    CONSTRAINT uq_consultation_web_submissions_consultation UNIQUE (consultation_id),
    CONSTRAINT fk_consultation_web_submissions_consultation FOREIGN KEY (consultation_id)
        REFERENCES consultation_consultations (id) ON DELETE CASCADE,
    CONSTRAINT ck_consultation_web_submissions_contact CHECK (phone IS NOT NULL OR email IS NOT NULL)
);
