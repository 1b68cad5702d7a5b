-- The folded store of V21, filled by V22, with the id: store.equals and store.in are index lookups read in id order,
-- and store.specified=false finds the purchases without a store through the same index.
-- What it costs: one more index entry for every purchase written, moved when its store changes.
CREATE INDEX ix_purchase_store_search ON purchase (store_search, id);
