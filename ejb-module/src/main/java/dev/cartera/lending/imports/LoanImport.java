package dev.cartera.lending.imports;

import dev.cartera.customers.CustomerDocument;
import dev.cartera.lending.LoanStatus;
import dev.cartera.lending.LoanTerms;

/**
 * An accepted loans row, matched against the database in the chunk's transaction (its customer's row locked).
 *
 * @param loanId the existing loan with these terms, or null for a new one
 * @param status the status to reach, or null to leave an existing loan's as it is
 * @param purpose null to leave an existing loan's as it is
 */
public record LoanImport(long customerId, CustomerDocument document, LoanTerms terms, Long loanId,
                         LoanStatus status, String purpose) {
}
