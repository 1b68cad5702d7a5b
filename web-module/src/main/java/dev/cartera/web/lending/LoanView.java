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

    public static LoanView of(Loan loan) {
        return new LoanView(loan.id(), loan.customerId(), loan.customerDocumentType(), loan.customerDocumentNumber(),
                loan.principal(), loan.currency().name(), loan.annualRate(), loan.termMonths(), loan.startDate(),
                loan.status().name(), loan.status().next().stream().map(LoanStatus::name).toList(), loan.purpose(),
                loan.statusChangedAt(), loan.createdAt(), loan.updatedAt(), loan.version());
    }
}
