-- Users and revoked tokens.
-- Every script here runs unchanged on SQL Server and on H2 in MODE=MSSQLServer (the embedded default and the tests):
-- NVARCHAR for all text (mssql-jdbc sends string parameters as NVARCHAR; a VARCHAR column compared with one
-- is converted row by row and its index is not used), DATETIME2 for instants (stored as UTC), BIGINT IDENTITY keys.

CREATE TABLE app_user (
    id                    BIGINT IDENTITY(1,1) NOT NULL,
    username              NVARCHAR(64)  NOT NULL,
    display_name          NVARCHAR(120) NOT NULL,
    role                  NVARCHAR(16)   NOT NULL,
    password_hash         NVARCHAR(512)  NOT NULL,
    failed_logins         INT           NOT NULL DEFAULT 0,
    first_failed_login_at DATETIME2,
    locked_until          DATETIME2,
    last_login_at         DATETIME2,
    created_at            DATETIME2     NOT NULL,
    updated_at            DATETIME2     NOT NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_app_user PRIMARY KEY (id),
    CONSTRAINT uk_app_user_username UNIQUE (username),
    CONSTRAINT ck_app_user_role CHECK (role IN ('ADMIN', 'OPERATOR', 'AGENT', 'USER'))
);

CREATE TABLE revoked_token (
    jti        NVARCHAR(64) NOT NULL,
    user_id    BIGINT,
    expires_at DATETIME2   NOT NULL,
    revoked_at DATETIME2   NOT NULL,
    CONSTRAINT pk_revoked_token PRIMARY KEY (jti)
);

CREATE INDEX ix_revoked_token_expires_at ON revoked_token (expires_at);
