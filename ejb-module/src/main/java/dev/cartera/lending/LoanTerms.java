package dev.cartera.lending;

import dev.cartera.shared.InvalidInputException;
import dev.cartera.shared.InvalidInputException.FieldProblem;
import dev.cartera.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The money terms of a loan, checked: a principal above 0 in a currency the company lends in (the amount's scale
 * and size are {@link Money}'s), a nominal annual rate from 0 to 100 percent with at most 4 decimals
 * ({@code DECIMAL(7,4)}), 1 to 360 monthly instalments and a start date.
 */
public record LoanTerms(Money principal, BigDecimal annualRate, int termMonths, LocalDate startDate) {

    public static final int MAX_TERM_MONTHS = 360;
    public static final BigDecimal MAX_RATE = new BigDecimal("100");
    private static final BigDecimal MAX_PRINCIPAL = Money.MAX_AMOUNT;

    public LoanTerms {
        // whoever builds them (check, or a loan read back), terms lend something, in a currency the company lends in
        LoanCurrency.valueOf(principal.currency());
        if (!principal.isPositive()) {
            throw new IllegalArgumentException("a loan's principal is more than 0, not " + principal);
        }
    }

    /**
     * @throws InvalidInputException naming every field to fix at once
     */
    public static LoanTerms check(BigDecimal principal, String currency, BigDecimal annualRate, Integer termMonths,
                                  LocalDate startDate) {
        List<FieldProblem> problems = new ArrayList<>();
        if (principal == null) {
            problems.add(FieldProblem.of("principal", "REQUIRED", "is required"));
        } else if (principal.signum() <= 0) {
            problems.add(FieldProblem.of("principal", "NOT_POSITIVE", "must be more than 0"));
        } else if (principal.stripTrailingZeros().scale() > 2) {
            problems.add(FieldProblem.of("principal", "TOO_MANY_DECIMALS", "takes at most 2 decimals (cents)", 2));
        } else if (principal.compareTo(MAX_PRINCIPAL) > 0) {
            problems.add(FieldProblem.of("principal", "TOO_LARGE", "must be at most " + MAX_PRINCIPAL.toPlainString(),
                    MAX_PRINCIPAL));
        }
        LoanCurrency parsedCurrency = parseCurrency(currency, problems);
        if (annualRate == null) {
            problems.add(FieldProblem.of("annualRate", "REQUIRED", "is required"));
        } else if (annualRate.signum() < 0 || annualRate.compareTo(MAX_RATE) > 0) {
            problems.add(FieldProblem.of("annualRate", "RATE_OUT_OF_RANGE", "must be a percentage from 0 to 100, such as 24.5",
                    BigDecimal.ZERO, MAX_RATE));
        } else if (annualRate.stripTrailingZeros().scale() > 4) {
            problems.add(FieldProblem.of("annualRate", "TOO_MANY_DECIMALS", "takes at most 4 decimals", 4));
        }
        if (termMonths == null) {
            problems.add(FieldProblem.of("termMonths", "REQUIRED", "is required"));
        } else if (termMonths < 1 || termMonths > MAX_TERM_MONTHS) {
            problems.add(FieldProblem.of("termMonths", "TERM_OUT_OF_RANGE", "must be from 1 to " + MAX_TERM_MONTHS, 1,
                    MAX_TERM_MONTHS));
        }
        if (startDate == null) {
            problems.add(FieldProblem.of("startDate", "REQUIRED", "is required, as a date such as 2026-01-15"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new LoanTerms(new Money(principal, parsedCurrency.name()), annualRate.setScale(4), termMonths,
                startDate);
    }

    public LoanCurrency currency() {
        return LoanCurrency.valueOf(principal.currency());
    }

    /** The same terms, whatever the scale of the rate (Money already makes 10.00 and 10.0 one principal). */
    public boolean sameAs(LoanTerms other) {
        return principal.equals(other.principal) && annualRate.compareTo(other.annualRate) == 0
                && termMonths == other.termMonths && startDate.equals(other.startDate);
    }

    private static LoanCurrency parseCurrency(String currency, List<FieldProblem> problems) {
        String allowed = Arrays.stream(LoanCurrency.values()).map(Enum::name).collect(Collectors.joining(", "));
        if (currency == null || currency.isBlank()) {
            problems.add(FieldProblem.of("currency", "REQUIRED_CHOICE", "is required: one of " + allowed, allowed));
            return null;
        }
        try {
            return LoanCurrency.valueOf(currency.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of("currency", "NOT_ONE_OF", "must be one of " + allowed, currency.strip(), allowed));
            return null;
        }
    }
}
