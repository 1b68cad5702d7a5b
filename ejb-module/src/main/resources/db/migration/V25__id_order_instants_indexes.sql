-- A wide range of instants or dates in a list read in id order (issue 22, part 2). When more rows match than the
-- count's bound, FilterSpec reads the list in its order and checks each row. Instants and dates grow with the id, so
-- the matches of "created after t" are the newest rows: in id order every older row is read before the first match,
-- 1.2-2.9 s at 1,000,000 rows when each is read whole from the table. These indexes hold the id and the columns the
-- lists' ranges test (api.md), a few bytes an entry: H2 reads them about ten times faster than the rows, and the
-- page's ids come from the index alone (its rows are then read by id). FilterSpec gives H2's planner a condition on
-- the id, without which it weighs only the table for a list in id order.
-- A loan's status follows its age too (the ACTIVE loans are the recent ones, the PAID ones the old), and the loan list
-- is asked for a status with a currency and a principal: a second loan index holds those, so that such a list in id
-- order is answered from an index alone (0.6 s through the rows for ACTIVE dollar loans above an amount, 0.1 s from
-- the index; without every column a query tests in it, H2 reads each entry's row). One index with all five columns
-- made every entry wider to decode, and the ranges of dates 0.1 s slower.
-- What they cost: one more index entry for every row written (two for a loan), at the end of the index (ids grow); an
-- update moves its entry within the same place when a column of the index changes (a customer's updated_at, a
-- loan's status).
CREATE INDEX ix_customer_id_instants ON customer (id, created_at, updated_at);
CREATE INDEX ix_loan_id_dates ON loan (id, start_date, created_at);
CREATE INDEX ix_loan_id_status_amount ON loan (id, status, currency, principal);
CREATE INDEX ix_purchase_id_instants ON purchase (id, purchased_at, created_at);
