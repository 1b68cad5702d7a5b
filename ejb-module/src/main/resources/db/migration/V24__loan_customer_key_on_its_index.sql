-- H2 gives a foreign key declared inside CREATE TABLE an index of its own, since the table's other indexes do not
-- exist yet: fk_loan_customer got one on customer_id, and V5 then created ix_loan_customer on the same column. Every
-- loan written paid for both, at a random place in each (RedundantIndexesTest). Declared again, the key is checked
-- through ix_loan_customer. SQL Server never indexes a foreign key by itself: there the key is only declared again.
-- (H2 2.3 uses an existing index for a foreign key only when it has exactly the key's columns: the keys whose columns
-- merely begin a wider index, a customer's document type or a search word's customer, keep an index of their own.)
ALTER TABLE loan DROP CONSTRAINT fk_loan_customer;
ALTER TABLE loan ADD CONSTRAINT fk_loan_customer FOREIGN KEY (customer_id) REFERENCES customer (id);
