-- A wide range of instants or dates in a list read in id order (issue 22, part 2). When more rows match than the
-- count's bound, FilterSpec reads the list in its order and checks each row. Instants and dates grow with the id, so
-- the matches of "created after t" are the newest rows: in id order every older row is read before the first match,
-- 1.2-2.9 s at 1,000,000 rows when each is read whole from the table. These indexes hold the id and the columns the
-- lists' ranges test (api.md), a few bytes an entry: H2 reads them about ten times faster than the rows, and the
-- page's ids come from the index alone (its rows are then read by id). FilterSpec gives H2's planner a condition on
-- the id, without which it weighs only the table for a list in id order.
-- What they cost: one more index entry for every row written, at the end of the index (ids grow); an update moves
-- the customer's entry within the same place when updated_at changes.
CREATE INDEX ix_customer_id_instants ON customer (id, created_at, updated_at);
CREATE INDEX ix_loan_id_dates ON loan (id, start_date, created_at);
CREATE INDEX ix_purchase_id_instants ON purchase (id, purchased_at, created_at);
