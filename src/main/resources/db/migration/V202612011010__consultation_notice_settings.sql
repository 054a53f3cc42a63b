-- consultation: staff who opted in to e-mail notices of new case assignments and of their overdue cases.
CREATE TABLE consultation_notice_settings (
    user_id                 UUID           NOT NULL PRIMARY KEY,
    version                 BIGINT         NOT NULL,
    email                   VARCHAR(254)   NOT NULL,
    on_assignment           BOOLEAN        NOT NULL,
    on_overdue              BOOLEAN        NOT NULL
);
