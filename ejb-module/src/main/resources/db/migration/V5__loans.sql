-- Loans granted to customers. The customer's document is copied (it never changes) so loans filter by it
-- without a join into the directory.

CREATE TABLE loan (
    id                       BIGINT IDENTITY(1,1) NOT NULL,
    customer_id              BIGINT         NOT NULL,
    customer_document_type   NVARCHAR(16)   NOT NULL,
    customer_document_number NVARCHAR(20)   NOT NULL,
    principal                DECIMAL(19,2)  NOT NULL,
    currency                 NVARCHAR(3)    NOT NULL,
    annual_rate              DECIMAL(7,4)   NOT NULL,
    term_months              INT            NOT NULL,
    start_date               DATE           NOT NULL,
    status                   NVARCHAR(16)   NOT NULL,
    purpose                  NVARCHAR(500),
    status_changed_at        DATETIME2      NOT NULL,
    created_at               DATETIME2      NOT NULL,
    updated_at               DATETIME2      NOT NULL,
    version                  BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT pk_loan PRIMARY KEY (id),
    CONSTRAINT fk_loan_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT ck_loan_principal CHECK (principal > 0),
    CONSTRAINT ck_loan_currency CHECK (currency IN ('COP', 'USD')),
    CONSTRAINT ck_loan_annual_rate CHECK (annual_rate >= 0 AND annual_rate <= 100),
    CONSTRAINT ck_loan_term_months CHECK (term_months BETWEEN 1 AND 360),
    CONSTRAINT ck_loan_status CHECK (status IN ('REQUESTED', 'APPROVED', 'ACTIVE', 'PAID', 'REJECTED', 'CANCELLED', 'DEFAULTED'))
);

CREATE INDEX ix_loan_customer ON loan (customer_id);
CREATE INDEX ix_loan_customer_document ON loan (customer_document_type, customer_document_number);
CREATE INDEX ix_loan_status ON loan (status);
CREATE INDEX ix_loan_start_date ON loan (start_date);
