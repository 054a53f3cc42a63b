-- retention: the review list (保存期間経過レビュー). One row per record found due; the センター長 approves or holds
-- it; the job anonymises or deletes only approved records that are still due, then clears the summary.
CREATE TABLE retention_reviews (
    id            UUID          NOT NULL PRIMARY KEY,
    version       BIGINT        NOT NULL,
    record_type   VARCHAR(50)   NOT NULL,
    record_id     UUID          NOT NULL,
    summary       VARCHAR(300)  NOT NULL,
    ended_on      DATE          NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    hold_reason   VARCHAR(500),
    decided_by    VARCHAR(100),
    decided_at    TIMESTAMP WITH TIME ZONE,
    listed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at   TIMESTAMP WITH TIME ZONE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(100)  NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    VARCHAR(100)  NOT NULL
);
CREATE INDEX ix_retention_reviews_status ON retention_reviews (status, record_type);
CREATE INDEX ix_retention_reviews_record ON retention_reviews (record_type, record_id);
