package dev.cartera.web.lending;

import dev.cartera.customers.CustomerRef;
import dev.cartera.lending.LoanDetails;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A loan request: the customer by {@code customerId}, or by {@code customerDocumentType} and
 * {@code customerDocumentNumber} (any usual spelling); the service checks the terms and names every field to fix.
 */
public record NewLoan(Long customerId, String customerDocumentType, String customerDocumentNumber,
                      BigDecimal principal, String currency, BigDecimal annualRate, Integer termMonths,
                      LocalDate startDate, String purpose) {

    /** A request body as the OpenAPI document shows it. */
    public static final String EXAMPLE = """
            {
              "customerDocumentType": "CC",
              "customerDocumentNumber": "1020304050",
              "principal": 5000000,
              "currency": "COP",
              "annualRate": 18.5,
              "termMonths": 12,
              "startDate": "2026-01-15",
              "purpose": "Capital de trabajo"
            }""";

    CustomerRef customer() {
        return new CustomerRef(customerId, customerDocumentType, customerDocumentNumber);
    }

    LoanDetails details() {
        return new LoanDetails(principal, currency, annualRate, termMonths, startDate, purpose);
    }
}
