package dev.cartera.lending.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.imports.ImportRow;
import dev.cartera.imports.ImportRows;
import dev.cartera.imports.ValidationCode;
import dev.cartera.lending.LoanCurrency;
import dev.cartera.lending.LoanStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Loans rows read without a database: documents, amounts and rates as the field writes them, statuses. */
class LoanRowCheckTest {

    private static final List<String> SPANISH = List.of("Cédula", "Monto", "Moneda", "Tasa", "Plazo", "Fecha de inicio",
            "Estado");

    @Test
    void aSpanishRowWithLocalNumbersAndDates() {
        LoanRowCheck.Parsed parsed = LoanRowCheck.parse(row(SPANISH, "1714307103", "10.000.000,00", "cop", "24,5 %", "12",
                "15/01/2026", "Vigente")).orElseThrow();
        assertEquals("CI 1714307103", parsed.document().type() + " " + parsed.document().number());
        assertEquals(new BigDecimal("10000000.00"), parsed.terms().principal().amount());
        assertEquals(LoanCurrency.COP, parsed.terms().currency());
        assertEquals(new BigDecimal("24.5000"), parsed.terms().annualRate());
        assertEquals(LocalDate.of(2026, 1, 15), parsed.terms().startDate());
        assertEquals(LoanStatus.ACTIVE, parsed.status());
        assertEquals("CI 1714307103 2026-01-15 COP 10000000.00 24.5000 12", parsed.key());
    }

    @Test
    void anEnglishRowWithoutStatusLeavesTheStatusToTheLoan() {
        List<String> header = List.of("customerDocumentType", "customerDocumentNumber", "principal", "currency",
                "annualRate", "termMonths", "startDate");
        LoanRowCheck.Parsed parsed = LoanRowCheck.parse(row(header, "NIT", "860001986-1", "2500.50", "USD", "12", "36",
                "2026-03-01")).orElseThrow();
        assertEquals("NIT", parsed.document().type().name());
        assertEquals(null, parsed.status());
    }

    @Test
    void whatDoesNotReadIsTheWrongTypeAndWhatReadsButCannotBeIsOutOfRange() {
        rejected(row(SPANISH, "1714307103", "diez millones", "COP", "24", "12", "2026-01-15", ""), "Monto",
                ValidationCode.WRONG_TYPE);
        rejected(row(SPANISH, "1714307103", "1000", "EUR", "24", "12", "2026-01-15", ""), "Moneda",
                ValidationCode.WRONG_TYPE);
        rejected(row(SPANISH, "1714307103", "1000", "COP", "24", "12", "31/02/2026", ""), "Fecha de inicio",
                ValidationCode.WRONG_TYPE);
        rejected(row(SPANISH, "1714307103", "1000", "COP", "24", "12", "2026-01-15", "Cancelado"), "Estado",
                ValidationCode.WRONG_TYPE);
        rejected(row(SPANISH, "1714307103", "1000", "COP", "24", "361", "2026-01-15", ""), "Plazo",
                ValidationCode.OUT_OF_RANGE);
        rejected(row(SPANISH, "1714307103", "1000", "COP", "120", "12", "2026-01-15", ""), "Tasa",
                ValidationCode.OUT_OF_RANGE);
        rejected(row(SPANISH, "1714307103", "-5", "COP", "12", "12", "2026-01-15", ""), "Monto",
                ValidationCode.OUT_OF_RANGE);
        rejected(row(SPANISH, "1714307104", "1000", "COP", "12", "12", "2026-01-15", ""), "Cédula",
                ValidationCode.INVALID_DOCUMENT);
    }

    private static ImportRow row(List<String> header, String... values) {
        return ImportRows.row(header, LoanColumns.ALL, values);
    }

    private static void rejected(ImportRow row, String column, ValidationCode code) {
        Optional<LoanRowCheck.Parsed> parsed = LoanRowCheck.parse(row);
        assertTrue(parsed.isEmpty());
        ImportRows.assertOnlyIssue(row, column, code);
    }
}
