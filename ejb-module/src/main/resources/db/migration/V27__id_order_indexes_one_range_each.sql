-- V25's indexes for a wide range in id order, one column each (issue 22, part 2). A list read in id order that
-- tests one instant or date reads every older row's entry before the first match; each entry held both of the
-- table's instants (or dates), and H2 decodes every value of an entry it reads. In H2's shell on the 1,000,000
-- customers of docs/benchmarks.md, the page's ids for "created_at >= t" between 90 and 99 % of the range took
-- 200-280 ms from (id, created_at, updated_at) and 80-120 ms from (id, created_at). H2's planner takes, among the
-- indexes that begin with the id, the one that holds every column the list tests.
-- What they cost: still one entry for every row written at the end of each index (ids grow), now two instead of
-- one for a customer or a purchase (loans: three instead of two); an update moves the entry of the column it changes
-- within the same place (a customer's updated_at).
CREATE INDEX ix_customer_id_created_at ON customer (id, created_at);
CREATE INDEX ix_customer_id_updated_at ON customer (id, updated_at);
DROP INDEX ix_customer_id_instants ON customer;
CREATE INDEX ix_loan_id_start_date ON loan (id, start_date);
CREATE INDEX ix_loan_id_created_at ON loan (id, created_at);
DROP INDEX ix_loan_id_dates ON loan;
CREATE INDEX ix_purchase_id_purchased_at ON purchase (id, purchased_at);
CREATE INDEX ix_purchase_id_created_at ON purchase (id, created_at);
DROP INDEX ix_purchase_id_instants ON purchase;
