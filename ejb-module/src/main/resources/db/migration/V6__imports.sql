-- CSV imports: one row per uploaded file, and every problem found in its rows.

CREATE TABLE import_job (
    id               NVARCHAR(36)    NOT NULL,
    dataset          NVARCHAR(32)    NOT NULL,
    import_mode      NVARCHAR(16)    NOT NULL,
    file_name        NVARCHAR(255)   NOT NULL,
    size_bytes       BIGINT          NOT NULL,
    sha256           NVARCHAR(64)    NOT NULL,
    storage_key      NVARCHAR(1024)  NOT NULL,
    content_type     NVARCHAR(100),
    repeat_of        NVARCHAR(36),
    status           NVARCHAR(16)    NOT NULL,
    encoding         NVARCHAR(32),
    delimiter        NVARCHAR(8),
    rows_read        BIGINT          NOT NULL DEFAULT 0,
    rows_created     BIGINT          NOT NULL DEFAULT 0,
    rows_updated     BIGINT          NOT NULL DEFAULT 0,
    rows_unchanged   BIGINT          NOT NULL DEFAULT 0,
    rows_rejected    BIGINT          NOT NULL DEFAULT 0,
    progress         INT             NOT NULL DEFAULT 0,
    validations      NVARCHAR(1000)  NOT NULL,
    message          NVARCHAR(4000),
    uploaded_by      NVARCHAR(64)    NOT NULL,
    created_at       DATETIME2       NOT NULL,
    started_at       DATETIME2,
    finished_at      DATETIME2,
    CONSTRAINT pk_import_job PRIMARY KEY (id),
    CONSTRAINT ck_import_job_status CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED')),
    CONSTRAINT ck_import_job_mode CHECK (import_mode IN ('APPLY', 'DRY_RUN')),
    CONSTRAINT ck_import_job_progress CHECK (progress BETWEEN 0 AND 100)
);

CREATE INDEX ix_import_job_status ON import_job (status);
CREATE INDEX ix_import_job_created_at ON import_job (created_at);
CREATE INDEX ix_import_job_sha256 ON import_job (sha256);

CREATE TABLE import_issue (
    id             BIGINT IDENTITY(1,1) NOT NULL,
    job_id         NVARCHAR(36)    NOT NULL,
    file_row       BIGINT          NOT NULL,
    column_name    NVARCHAR(200),
    code           NVARCHAR(32)    NOT NULL,
    rejected_value NVARCHAR(1000),
    message        NVARCHAR(2000)  NOT NULL,
    CONSTRAINT pk_import_issue PRIMARY KEY (id),
    CONSTRAINT fk_import_issue_job FOREIGN KEY (job_id) REFERENCES import_job (id) ON DELETE CASCADE
);

CREATE INDEX ix_import_issue_job_row ON import_issue (job_id, file_row);
