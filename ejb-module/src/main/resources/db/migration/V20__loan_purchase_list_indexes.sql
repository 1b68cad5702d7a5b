-- Every sort of the loan and purchase lists through an index (issue 22, part 2). A list sorts on its column and then
-- on the id, in the sort's direction (FilterSpec), and H2 orders through an index only when the index holds that whole
-- ORDER BY: without one, every page sorted all 1,000,000 rows and met the 10 s statement timeout (503). H2 2.3 reads
-- an index backwards, so one index serves both directions; SQL Server keys a nonclustered index with the clustered
-- primary key anyway. The same indexes find the rows of a filter on the column (a range of principals, of instants).
-- What they cost: one more index entry for every loan or purchase written; a loan's status change also moves its
-- entries in the status and updated_at indexes, a revision its principal, rate, term and start date entries.

-- loans: the single-column indexes of V5 give way to the same column with the id
DROP INDEX ix_loan_status ON loan;
DROP INDEX ix_loan_start_date ON loan;
CREATE INDEX ix_loan_status ON loan (status, id);
CREATE INDEX ix_loan_start_date ON loan (start_date, id);
CREATE INDEX ix_loan_principal ON loan (principal, id);
CREATE INDEX ix_loan_annual_rate ON loan (annual_rate, id);
CREATE INDEX ix_loan_term_months ON loan (term_months, id);
CREATE INDEX ix_loan_created_at ON loan (created_at, id);
CREATE INDEX ix_loan_updated_at ON loan (updated_at, id);
-- customerDocumentNumber.equals|in asks by number alone, which ix_loan_customer_document (type, number) cannot serve:
-- every loan was read for the count. That index stays for a type alone (a type nobody has is found at once).
CREATE INDEX ix_loan_customer_document_number ON loan (customer_document_number, id);

-- purchases; by purchased_at and by invoice_number, H2 reads ix_purchase_period and the invoice's unique key in order
-- and sorts by id only the rows of one value (EXPLAIN: "index sorted: 1 of 2 columns"), which are few
CREATE INDEX ix_purchase_amount ON purchase (amount, id);
CREATE INDEX ix_purchase_status ON purchase (status, id);
CREATE INDEX ix_purchase_channel ON purchase (channel, id);
CREATE INDEX ix_purchase_created_at ON purchase (created_at, id);
CREATE INDEX ix_purchase_updated_at ON purchase (updated_at, id);
