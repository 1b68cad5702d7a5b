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

    /** A request body as the OpenAPI document shows it. */
    public static final String EXAMPLE = """
            {
              "principal": 6000000,
              "currency": "COP",
              "annualRate": 18.5,
              "termMonths": 24,
              "startDate": "2026-02-01",
              "purpose": "Ampliación del local"
            }""";

    LoanDetails details() {
        return new LoanDetails(principal, currency, annualRate, termMonths, startDate, purpose);
    }
}
