-- Login throttling instead of the account lockout: failed logins are counted per client address, per account and
-- client pair, and per account, each in its own row, so every instance on this database sees the same waits.
-- A row may go once expires_at has passed (its failures are forgotten and its wait is over); a timer deletes them.
-- app_user's failed_logins, first_failed_login_at and locked_until are no longer read or written. They stay: on
-- SQL Server, failed_logins carries a default constraint with a generated name that a script shared with H2 cannot
-- drop first.

CREATE TABLE login_throttle (
    id               BIGINT IDENTITY(1,1) NOT NULL,
    scope            NVARCHAR(16)  NOT NULL,
    -- '' where the scope leaves it out: the account of a CLIENT row, the client of an ACCOUNT row
    username         NVARCHAR(64)  NOT NULL,
    client_address   NVARCHAR(64)  NOT NULL,
    failures         INT           NOT NULL,
    last_failure_at  DATETIME2,
    blocked_until    DATETIME2,
    last_success_at  DATETIME2,
    expires_at       DATETIME2     NOT NULL,
    CONSTRAINT pk_login_throttle PRIMARY KEY (id),
    CONSTRAINT uk_login_throttle_scope_key UNIQUE (scope, username, client_address),
    CONSTRAINT ck_login_throttle_scope CHECK (scope IN ('CLIENT', 'ACCOUNT', 'ACCOUNT_CLIENT'))
);

CREATE INDEX ix_login_throttle_expires_at ON login_throttle (expires_at);
CREATE INDEX ix_login_throttle_username ON login_throttle (username);
