-- information: gaps found in the regions' resources (資源開拓), their status and the actions taken.
CREATE TABLE information_resource_gaps (
    id                 UUID           NOT NULL PRIMARY KEY,
    version            BIGINT         NOT NULL,
    region_name        VARCHAR(50)    NOT NULL,
    title              VARCHAR(200)   NOT NULL,
    description        VARCHAR(4000),
    status             VARCHAR(20)    NOT NULL,
    actions            VARCHAR(4000),
    council_reference  VARCHAR(500),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by         VARCHAR(100)   NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by         VARCHAR(100)   NOT NULL
);

CREATE INDEX ix_information_resource_gaps_region ON information_resource_gaps (region_name, status);
