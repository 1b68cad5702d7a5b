-- Customers' purchases, in COP, for the monthly loyalty report. Like a loan, a purchase holds its customer by id.

CREATE TABLE purchase (
    id              BIGINT IDENTITY(1,1) NOT NULL,
    customer_id     BIGINT         NOT NULL,
    invoice_number  NVARCHAR(40)   NOT NULL,
    purchased_at    DATETIME2      NOT NULL,
    amount          DECIMAL(19,2)  NOT NULL,
    channel         NVARCHAR(8)    NOT NULL,
    store           NVARCHAR(100),
    status          NVARCHAR(16)   NOT NULL,
    created_at      DATETIME2      NOT NULL,
    updated_at      DATETIME2      NOT NULL,
    version         BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT pk_purchase PRIMARY KEY (id),
    CONSTRAINT uk_purchase_invoice_number UNIQUE (invoice_number),
    CONSTRAINT fk_purchase_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT ck_purchase_amount CHECK (amount > 0),
    CONSTRAINT ck_purchase_channel CHECK (channel IN ('STORE', 'ONLINE', 'PHONE')),
    CONSTRAINT ck_purchase_status CHECK (status IN ('COMPLETED', 'REFUNDED', 'CANCELLED'))
);

-- one customer's purchases, newest first, and their monthly total for the lookup
CREATE INDEX ix_purchase_customer_purchased_at ON purchase (customer_id, purchased_at);
-- the loyalty report: one month's purchases, read from the index alone (SQL Server's INCLUDE is not H2's)
CREATE INDEX ix_purchase_period ON purchase (purchased_at, status, customer_id, amount);
