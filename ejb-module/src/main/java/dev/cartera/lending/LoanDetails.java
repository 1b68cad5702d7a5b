package dev.cartera.lending;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A loan's terms and purpose as a client sent them, unchecked; {@link LoanTerms#check} checks them. */
public record LoanDetails(BigDecimal principal, String currency, BigDecimal annualRate, Integer termMonths,
                          LocalDate startDate, String purpose) {

    LoanTerms terms() {
        return LoanTerms.check(principal, currency, annualRate, termMonths, startDate);
    }

    /** Blank is none. */
    String cleanPurpose() {
        return purpose == null || purpose.isBlank() ? null : purpose.strip();
    }
}
