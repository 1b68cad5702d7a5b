package dev.cartera.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CsvValuesTest {

    @Test
    void amountsInEveryUsualSpelling() {
        assertEquals(Optional.of(new BigDecimal("10000000")), CsvValues.amount("10000000"));
        assertEquals(Optional.of(new BigDecimal("10000000.50")), CsvValues.amount("10.000.000,50"));
        assertEquals(Optional.of(new BigDecimal("10000000.50")), CsvValues.amount("10,000,000.50"));
        assertEquals(Optional.of(new BigDecimal("10000000")), CsvValues.amount("$ 10.000.000"));
        assertEquals(Optional.of(new BigDecimal("1500")), CsvValues.amount("1.500"));
        assertEquals(Optional.of(new BigDecimal("1500")), CsvValues.amount("1 500 COP"));
        assertEquals(Optional.of(new BigDecimal("1500.5")), CsvValues.amount("1500,5"));
        assertEquals(Optional.of(new BigDecimal("945595.97")), CsvValues.amount("945595.97"));
        assertEquals(Optional.of(new BigDecimal("-3")), CsvValues.amount("-3"));
    }

    @Test
    void amountsThatCannotBeReadSafelyAreRefused() {
        assertEquals(Optional.empty(), CsvValues.amount("diez mil"));
        assertEquals(Optional.empty(), CsvValues.amount("1.000,000.5"));
        assertEquals(Optional.empty(), CsvValues.amount("10.00.000,5"));
        assertEquals(Optional.empty(), CsvValues.amount("12.5.3"));
        assertEquals(Optional.empty(), CsvValues.amount("$"));
    }

    @Test
    void decimalsIntegersAndDates() {
        assertEquals(Optional.of(new BigDecimal("24.5")), CsvValues.decimal("24,5 %"));
        assertEquals(Optional.of(new BigDecimal("12.125")), CsvValues.decimal("12.125"));
        assertEquals(Optional.empty(), CsvValues.decimal("1.000,5"));
        assertEquals(Optional.of(12), CsvValues.integer("12.0"));
        assertEquals(Optional.empty(), CsvValues.integer("12.5"));
        assertEquals(Optional.of(LocalDate.of(2026, 1, 15)), CsvValues.date("2026-01-15"));
        assertEquals(Optional.of(LocalDate.of(2026, 1, 15)), CsvValues.date("15/01/2026"));
        assertEquals(Optional.empty(), CsvValues.date("31/02/2026"));
        assertEquals(Optional.empty(), CsvValues.date("01/15/2026"));
        assertEquals(Optional.empty(), CsvValues.date("mañana"));
    }
}
