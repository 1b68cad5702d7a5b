-- The customer and partner directory, and the outbox of messages to customers.

CREATE TABLE customer (
    id                     BIGINT IDENTITY(1,1) NOT NULL,
    document_type          NVARCHAR(16)   NOT NULL,
    document_number        NVARCHAR(20)   NOT NULL,
    kind                   NVARCHAR(8)    NOT NULL,
    document_province_code NVARCHAR(2),
    first_name             NVARCHAR(100),
    last_name              NVARCHAR(100),
    legal_name             NVARCHAR(200),
    trade_name             NVARCHAR(200),
    search_name            NVARCHAR(600) NOT NULL,
    email                  NVARCHAR(254),
    phone                  NVARCHAR(20),
    address                NVARCHAR(300),
    city_id                BIGINT,
    country_code           NVARCHAR(2)    NOT NULL,
    created_at             DATETIME2     NOT NULL,
    updated_at             DATETIME2     NOT NULL,
    version                BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_customer PRIMARY KEY (id),
    -- a cédula and a RUC with the same digits are two customers: the key is the pair
    CONSTRAINT uk_customer_document UNIQUE (document_type, document_number),
    CONSTRAINT fk_customer_document_type FOREIGN KEY (document_type) REFERENCES document_type (code),
    CONSTRAINT fk_customer_city FOREIGN KEY (city_id) REFERENCES city (id),
    CONSTRAINT ck_customer_kind CHECK (kind IN ('PERSON', 'COMPANY'))
);

-- The list's filters and sorts. The id is the tie-breaker of every sort, so it is part of each sort index:
-- H2 orders through an index only when the index holds the whole ORDER BY, and SQL Server does not mind.
-- Dates are kept newest first, the way lists of them are read. name.contains (LIKE '%...%') still scans.
CREATE INDEX ix_customer_search_name ON customer (search_name, id);
CREATE INDEX ix_customer_document_number ON customer (document_number, id);
CREATE INDEX ix_customer_email ON customer (email);
CREATE INDEX ix_customer_updated_at ON customer (updated_at DESC, id DESC);
CREATE INDEX ix_customer_city ON customer (city_id);
CREATE INDEX ix_customer_created_at ON customer (created_at DESC, id DESC);
CREATE INDEX ix_customer_country ON customer (country_code);

CREATE TABLE outbound_message (
    id          BIGINT IDENTITY(1,1) NOT NULL,
    customer_id BIGINT         NOT NULL,
    channel     NVARCHAR(16)    NOT NULL,
    recipient   NVARCHAR(254),
    subject     NVARCHAR(200)  NOT NULL,
    body        NVARCHAR(4000) NOT NULL,
    status      NVARCHAR(16)    NOT NULL,
    created_at  DATETIME2      NOT NULL,
    sent_at     DATETIME2,
    CONSTRAINT pk_outbound_message PRIMARY KEY (id),
    CONSTRAINT fk_outbound_message_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
);

CREATE INDEX ix_outbound_message_customer ON outbound_message (customer_id);
CREATE INDEX ix_outbound_message_status ON outbound_message (status, created_at);
