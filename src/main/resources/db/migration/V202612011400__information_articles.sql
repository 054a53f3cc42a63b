-- information: content of the public site (お知らせ, 好事例, よくある質問, 資料, ページ), its published
-- versions and attached files.
CREATE TABLE information_articles (
    id               UUID           NOT NULL PRIMARY KEY,
    version          BIGINT         NOT NULL,
    kind             VARCHAR(20)    NOT NULL,
    slug             VARCHAR(80)    NOT NULL,
    title            VARCHAR(200)   NOT NULL,
    summary          VARCHAR(500),
    body             VARCHAR(20000) NOT NULL,
    region_name      VARCHAR(50),
    theme            VARCHAR(20),
    result           VARCHAR(4000),
    contact          VARCHAR(1000),
    status           VARCHAR(20)    NOT NULL,
    publish_from     DATE,
    publish_until    DATE,
    public_revision  INTEGER,
    last_revision    INTEGER        NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by       VARCHAR(100)   NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by       VARCHAR(100)   NOT NULL,
    CONSTRAINT uq_information_articles_slug UNIQUE (kind, slug)
);

CREATE INDEX ix_information_articles_public ON information_articles (kind, publish_from);

CREATE TABLE information_article_versions (
    id            UUID           NOT NULL PRIMARY KEY,
    article_id    UUID           NOT NULL,
    revision      INTEGER        NOT NULL,
    title         VARCHAR(200)   NOT NULL,
    summary       VARCHAR(500),
    body          VARCHAR(20000) NOT NULL,
    region_name   VARCHAR(50),
    theme         VARCHAR(20),
    result        VARCHAR(4000),
    contact       VARCHAR(1000),
    published_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    published_by  VARCHAR(100)   NOT NULL,
    CONSTRAINT uq_information_article_versions UNIQUE (article_id, revision),
    CONSTRAINT fk_information_article_versions FOREIGN KEY (article_id) REFERENCES information_articles (id)
);

CREATE TABLE information_attachments (
    id            UUID           NOT NULL PRIMARY KEY,
    article_id    UUID           NOT NULL,
    file_name     VARCHAR(200)   NOT NULL,
    content_type  VARCHAR(100)   NOT NULL,
    size_bytes    BIGINT         NOT NULL,
    data          BYTEA          NOT NULL,
    uploaded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    uploaded_by   VARCHAR(100)   NOT NULL,
    CONSTRAINT fk_information_attachments FOREIGN KEY (article_id) REFERENCES information_articles (id)
);

CREATE INDEX ix_information_attachments_article ON information_attachments (article_id);
