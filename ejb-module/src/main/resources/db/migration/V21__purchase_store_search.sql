-- store.equals, store.in and store.specified compared LOWER(store), which no index serves: every purchase was read
-- (0.5-1.4 s at 1,000,000 purchases). The store is kept folded beside it (dev.cartera.shared.TextFolding: case,
-- accents and spaces, which SQL cannot say), as V18 did for a customer's e-mail. Purchase writes it; V22 fills it
-- for the purchases already stored, and V23 indexes it once they are (one index build, not a million index moves).
ALTER TABLE purchase ADD store_search NVARCHAR(100);
