-- registry: emergency information (one row per child) and the 緊急時情報シート versions printed from it.
CREATE TABLE registry_emergency_info (
    id                        UUID          NOT NULL PRIMARY KEY,
    version                   BIGINT        NOT NULL,
    child_id                  UUID          NOT NULL,
    medications               VARCHAR(2000),
    allergies                 VARCHAR(1000),
    spo2                      VARCHAR(50),
    heart_rate                VARCHAR(50),
    respiratory_rate          VARCHAR(50),
    body_temperature          VARCHAR(50),
    body_weight               VARCHAR(50),
    seizure_instructions      VARCHAR(2000),
    decannulation_instructions VARCHAR(2000),
    other_notes               VARCHAR(2000),
    created_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by                VARCHAR(100)  NOT NULL,
    updated_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by                VARCHAR(100)  NOT NULL,
    CONSTRAINT fk_registry_emergency_info_child FOREIGN KEY (child_id) REFERENCES registry_children (id),
    CONSTRAINT uq_registry_emergency_info_child UNIQUE (child_id)
);

-- One row per generated sheet: which version, when, by whom, and the SHA-256 of the bytes handed out.
CREATE TABLE registry_emergency_sheets (
    id              UUID          NOT NULL PRIMARY KEY,
    child_id        UUID          NOT NULL,
    version_number  INTEGER       NOT NULL,
    generated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    generated_by    VARCHAR(100)  NOT NULL,
    sha256          VARCHAR(64)   NOT NULL,
    CONSTRAINT fk_registry_emergency_sheets_child FOREIGN KEY (child_id) REFERENCES registry_children (id),
    CONSTRAINT uq_registry_emergency_sheets_version UNIQUE (child_id, version_number)
);
