package dev.cartera.lending;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cartera.shared.InvalidInputException;
import dev.cartera.shared.InvalidInputException.FieldProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LoanTermsTest {

    @Test
    void goodTermsAreChecked() {
        LoanTerms terms = LoanTerms.check(new BigDecimal("1000000"), "cop", new BigDecimal("24.5"), 12,
                LocalDate.of(2026, 1, 15));

        assertEquals(LoanCurrency.COP, terms.currency());
        assertEquals(new BigDecimal("24.5000"), terms.annualRate());
    }

    @Test
    void eachProblemHasTheRulesCodeAndArgumentsAndTheApisEnglishSentence() {
        Map<String, FieldProblem> problems = problems(new BigDecimal("10.005"), "EUR", new BigDecimal("101"), 361, null);

        assertEquals("TOO_MANY_DECIMALS", problems.get("principal").code());
        assertEquals(List.of(2), problems.get("principal").arguments());
        assertEquals("takes at most 2 decimals (cents)", problems.get("principal").message());
        assertEquals("NOT_ONE_OF", problems.get("currency").code());
        assertEquals("EUR", problems.get("currency").arguments().get(0));
        assertEquals("RATE_OUT_OF_RANGE", problems.get("annualRate").code());
        assertEquals("must be a percentage from 0 to 100, such as 24.5", problems.get("annualRate").message());
        assertEquals("TERM_OUT_OF_RANGE", problems.get("termMonths").code());
        assertEquals(List.of(1, 360), problems.get("termMonths").arguments());
        assertEquals("must be from 1 to 360", problems.get("termMonths").message());
        assertEquals("REQUIRED", problems.get("startDate").code());

        Map<String, FieldProblem> missing = problems(BigDecimal.ZERO, null, new BigDecimal("1.00001"), null,
                LocalDate.of(2026, 1, 15));
        assertEquals("NOT_POSITIVE", missing.get("principal").code());
        assertEquals("REQUIRED_CHOICE", missing.get("currency").code());
        assertEquals("TOO_MANY_DECIMALS", missing.get("annualRate").code());
        assertEquals(List.of(4), missing.get("annualRate").arguments());
        assertEquals("REQUIRED", missing.get("termMonths").code());
    }

    private static Map<String, FieldProblem> problems(BigDecimal principal, String currency, BigDecimal rate,
                                                      Integer term, LocalDate start) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> LoanTerms.check(principal, currency, rate, term, start));
        return e.problems().stream().collect(Collectors.toMap(FieldProblem::field, problem -> problem));
    }
}
