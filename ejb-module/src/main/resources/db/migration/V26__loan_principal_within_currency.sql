-- A principal is compared within its currency (issue 22, part 2): a list of ACTIVE dollar loans above an amount
-- matched none when the amount was in pesos, and H2 found that out by reading every ACTIVE loan from ix_loan_status
-- and checking its currency and principal (2.3 s at 1,000,000 loans). With the currency first, then the principal,
-- the count and a list with few matches read only the entries of that currency above the amount, and the status
-- after them is checked from the entry, not the row (a dollar amount that 6,000 ACTIVE loans exceed: 249 ms to count
-- with the currency and principal alone, 5 ms with the status too). ix_loan_principal (principal, id) stays for a
-- principal alone and for the list's sort by principal.
-- What it costs: one more index entry for every loan written, at its currency's place for its principal; a revision
-- of the principal or a change of status moves it.
CREATE INDEX ix_loan_currency_principal ON loan (currency, principal, status, id);
