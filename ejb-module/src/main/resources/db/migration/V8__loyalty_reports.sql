-- The monthly loyalty reports: one row per month, whoever asks for it and however often. The unique period is what
-- decides, between two instances whose timers fire together or two people asking at once, which one writes it.

CREATE TABLE loyalty_report (
    id                     BIGINT IDENTITY(1,1) NOT NULL,
    period                 NVARCHAR(7)     NOT NULL,
    status                 NVARCHAR(16)    NOT NULL,
    threshold              DECIMAL(19,2)   NOT NULL,
    row_count              INT,
    total                  DECIMAL(19,2),
    storage_key            NVARCHAR(200),
    size_bytes             BIGINT,
    sha256                 NVARCHAR(64),
    generation_id          NVARCHAR(36),
    generation_started_at  DATETIME2,
    generation_started_by  NVARCHAR(64),
    failure                NVARCHAR(1000),
    created_at             DATETIME2       NOT NULL,
    created_by             NVARCHAR(64)    NOT NULL,
    generated_at           DATETIME2,
    generated_by           NVARCHAR(64),
    version                BIGINT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_loyalty_report PRIMARY KEY (id),
    CONSTRAINT uk_loyalty_report_period UNIQUE (period),
    CONSTRAINT ck_loyalty_report_status CHECK (status IN ('GENERATING', 'READY', 'FAILED')),
    -- a READY report always has its file: a half-written one is never visible as READY
    CONSTRAINT ck_loyalty_report_ready CHECK (status <> 'READY'
        OR (storage_key IS NOT NULL AND sha256 IS NOT NULL AND row_count IS NOT NULL AND total IS NOT NULL))
);
