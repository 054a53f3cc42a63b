-- identity: account lockout after repeated failed logins (NIST SP 800-63B throttling).
ALTER TABLE identity_users ADD COLUMN failed_logins INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE identity_users ADD COLUMN first_failed_login_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE identity_users ADD COLUMN locked_until TIMESTAMP WITH TIME ZONE;
