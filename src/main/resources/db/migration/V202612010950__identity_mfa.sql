-- identity: two-factor authentication (TOTP, RFC 6238) and single-use recovery codes.
ALTER TABLE identity_users ADD COLUMN totp_secret VARCHAR(100);
ALTER TABLE identity_users ADD COLUMN mfa_enrolled_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE identity_users ADD COLUMN mfa_required BOOLEAN DEFAULT FALSE NOT NULL;
-- The last 30-second time step a code was accepted for: the same code is not accepted twice.
ALTER TABLE identity_users ADD COLUMN totp_last_step BIGINT;

CREATE TABLE identity_recovery_codes (
    id         UUID          NOT NULL PRIMARY KEY,
    user_id    UUID          NOT NULL,
    code_hash  VARCHAR(200)  NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT fk_identity_recovery_codes_user FOREIGN KEY (user_id) REFERENCES identity_users (id)
);
CREATE INDEX ix_identity_recovery_codes_user ON identity_recovery_codes (user_id);
