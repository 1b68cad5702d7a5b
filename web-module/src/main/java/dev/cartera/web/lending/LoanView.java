package dev.cartera.web.lending;

import dev.cartera.lending.Loan;
import dev.cartera.lending.LoanStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A loan as the API shows it, with the statuses it may move to next. */
public record LoanView(long id, long customerId, String customerDocumentType, String customerDocumentNumber,
                       BigDecimal principal, String currency, BigDecimal annualRate, int termMonths,
                       LocalDate startDate, String status, List<String> allowedTransitions, String purpose,
                       Instant statusChangedAt, Instant createdAt, Instant updatedAt, long version) {

    /** An answer as the OpenAPI document shows it. */
    public static final String EXAMPLE = """
            {
              "id": 22,
              "customerId": 41,
              "customerDocumentType": "CC",
              "customerDocumentNumber": "1020304050",
              "principal": 5000000.00,
              "currency": "COP",
              "annualRate": 18.5000,
              "termMonths": 12,
              "startDate": "2026-01-15",
              "status": "REQUESTED",
              "allowedTransitions": [
                "APPROVED",
                "REJECTED",
                "CANCELLED"
              ],
              "purpose": "Capital de trabajo",
              "statusChangedAt": "2026-12-05T03:12:03.556581Z",
              "createdAt": "2026-12-05T03:12:03.556581Z",
              "updatedAt": "2026-12-05T03:12:03.556581Z",
              "version": 1
            }""";


    public static LoanView of(Loan loan) {
        return new LoanView(loan.id(), loan.customerId(), loan.customerDocumentType(), loan.customerDocumentNumber(),
                loan.principal(), loan.currency().name(), loan.annualRate(), loan.termMonths(), loan.startDate(),
                loan.status().name(), loan.status().next().stream().map(LoanStatus::name).toList(), loan.purpose(),
                loan.statusChangedAt(), loan.createdAt(), loan.updatedAt(), loan.version());
    }
}
