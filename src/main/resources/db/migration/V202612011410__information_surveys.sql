-- information: regional surveys (地域状況の把握・実態調査) sent to the municipalities, their questions,
-- the respondents with their hashed links, and the answers.
CREATE TABLE information_surveys (
    id           UUID           NOT NULL PRIMARY KEY,
    version      BIGINT         NOT NULL,
    title        VARCHAR(200)   NOT NULL,
    description  VARCHAR(4000),
    deadline     DATE           NOT NULL,
    status       VARCHAR(20)    NOT NULL,
    opened_at    TIMESTAMP WITH TIME ZONE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   VARCHAR(100)   NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by   VARCHAR(100)   NOT NULL
);

CREATE TABLE information_survey_questions (
    id          UUID           NOT NULL PRIMARY KEY,
    survey_id   UUID           NOT NULL,
    position    INTEGER        NOT NULL,
    kind        VARCHAR(20)    NOT NULL,
    label       VARCHAR(500)   NOT NULL,
    choices     VARCHAR(4000),
    columns_text VARCHAR(4000),
    required    BOOLEAN        NOT NULL,
    CONSTRAINT fk_information_survey_questions FOREIGN KEY (survey_id) REFERENCES information_surveys (id)
);

CREATE TABLE information_survey_respondents (
    id                 UUID           NOT NULL PRIMARY KEY,
    version            BIGINT         NOT NULL,
    survey_id          UUID           NOT NULL,
    municipality_code  VARCHAR(6)     NOT NULL,
    municipality_name  VARCHAR(50)    NOT NULL,
    region_name        VARCHAR(50)    NOT NULL,
    contact_email      VARCHAR(254),
    token_hash         VARCHAR(64)    NOT NULL,
    expires_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    answered_at        TIMESTAMP WITH TIME ZONE,
    reminded_at        TIMESTAMP WITH TIME ZONE,
    reminder_count     INTEGER        NOT NULL,
    CONSTRAINT uq_information_survey_respondents_token UNIQUE (token_hash),
    CONSTRAINT uq_information_survey_respondents UNIQUE (survey_id, municipality_code),
    CONSTRAINT fk_information_survey_respondents FOREIGN KEY (survey_id) REFERENCES information_surveys (id)
);

CREATE TABLE information_survey_answers (
    id             UUID           NOT NULL PRIMARY KEY,
    respondent_id  UUID           NOT NULL,
    question_id    UUID           NOT NULL,
    row_no         INTEGER        NOT NULL,
    col_no         INTEGER        NOT NULL,
    number_value   BIGINT,
    text_value     VARCHAR(4000),
    CONSTRAINT uq_information_survey_answers UNIQUE (respondent_id, question_id, row_no, col_no),
    CONSTRAINT fk_information_survey_answers_respondent FOREIGN KEY (respondent_id)
        REFERENCES information_survey_respondents (id),
    CONSTRAINT fk_information_survey_answers_question FOREIGN KEY (question_id)
        REFERENCES information_survey_questions (id)
);
