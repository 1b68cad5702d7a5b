-- Tokens carry the user's credentials version they were issued under; a new password, another role or a lockout
-- moves it on, which ends every token the user holds.
ALTER TABLE app_user ADD credentials_version BIGINT NOT NULL DEFAULT 0;
