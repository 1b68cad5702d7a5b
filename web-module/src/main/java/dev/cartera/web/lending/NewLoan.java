package dev.cartera.web.lending;

import dev.cartera.lending.LoanDetails;
import dev.cartera.lending.LoanService;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A loan request: the customer by {@code customerId}, or by {@code customerDocumentType} and
 * {@code customerDocumentNumber} (any usual spelling); the service checks the terms and names every field to fix.
 */
public record NewLoan(Long customerId, String customerDocumentType, String customerDocumentNumber,
                      BigDecimal principal, String currency, BigDecimal annualRate, Integer termMonths,
                      LocalDate startDate, String purpose) {

    LoanService.CustomerRef customer() {
        return new LoanService.CustomerRef(customerId, customerDocumentType, customerDocumentNumber);
    }

    LoanDetails details() {
        return new LoanDetails(principal, currency, annualRate, termMonths, startDate, purpose);
    }
}
