package dev.cartera.web.lending;

import dev.cartera.lending.LoanDetails;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A full replacement of a loan's terms and purpose; the customer and the status do not change here. New terms
 * are accepted only while the loan is {@code REQUESTED}. {@code version}, when sent, must be the one last read.
 */
public record LoanChanges(BigDecimal principal, String currency, BigDecimal annualRate, Integer termMonths,
                          LocalDate startDate, String purpose, Long version) {

    LoanDetails details() {
        return new LoanDetails(principal, currency, annualRate, termMonths, startDate, purpose);
    }
}
