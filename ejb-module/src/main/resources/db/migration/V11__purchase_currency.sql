-- A purchase's amount says its currency, as a loan's principal does (Money: amount + ISO-4217 code). Every purchase
-- so far is in COP, which the default gives the rows already there. The loyalty report still reads ix_purchase_period
-- alone: the API and the imports record purchases in COP only, so its sums need no currency filter yet.
-- The same spelling as V10, which SQL Server and H2 (MODE=MSSQLServer) both run.

ALTER TABLE purchase ADD currency NVARCHAR(3) NOT NULL DEFAULT 'COP';
