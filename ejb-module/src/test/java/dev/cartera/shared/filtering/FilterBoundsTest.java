package dev.cartera.shared.filtering;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.shared.InvalidInputException;
import dev.cartera.shared.PageRequest;
import dev.cartera.shared.Sort;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a list request may ask for before it reaches the database: no value or list that only costs. */
class FilterBoundsTest {

    private final FilterSpec spec = FilterSpec.of(
            FilterableField.range("principal", "principal", FilterValueType.DECIMAL),
            FilterableField.range("term", "term", FilterValueType.INTEGER),
            FilterableField.code("status", "status"));

    @Test
    void decimalsBeyondThirtyEightDigitsEachSideOfThePointAreRefused() {
        for (String huge : List.of("1e16000000", "1E+39", "1e-39", "9".repeat(39), "0." + "1".repeat(39))) {
            var error = assertThrows(InvalidFilterException.class,
                    () -> spec.validate(List.of(new FilterCondition("principal", FilterOperator.EQUALS, huge))), huge);
            assertEquals("principal.equals", error.parameter());
            assertTrue(error.getMessage().contains("38 digits"), error.getMessage());
        }
        assertEquals(new BigDecimal("1E+37"), FilterValueType.DECIMAL.parse("p", "1e37"));
        assertEquals(new BigDecimal("12345.67"), FilterValueType.DECIMAL.parse("p", "12345.67"));
    }

    @Test
    void numbersLongerThanAnyMeaningfulOneAreRefusedBeforeParsing() {
        String endless = "0".repeat(100_000) + "1";
        for (FilterValueType type : List.of(FilterValueType.DECIMAL, FilterValueType.LONG, FilterValueType.INTEGER)) {
            assertThrows(InvalidFilterException.class, () -> type.parse("p", endless), type.name());
        }
    }

    @Test
    void anInListHoldsAtMostOneHundredValues() {
        String hundred = String.join(",", Collections.nCopies(FilterSpec.MAX_IN_ITEMS, "ACTIVE"));
        assertDoesNotThrow(() -> spec.validate(List.of(new FilterCondition("status", FilterOperator.IN, hundred))));
        var error = assertThrows(InvalidFilterException.class, () -> spec.validate(List.of(
                new FilterCondition("status", FilterOperator.IN, hundred + ",PAID"))));
        assertTrue(error.getMessage().contains("at most 100"), error.getMessage());
    }

    @Test
    void aPageWhoseFirstRowOverflowsIsAnInvalidPageNotAnArithmeticError() {
        Sort sort = new Sort("id", true);
        var error = assertThrows(InvalidInputException.class, () -> new PageRequest(Integer.MAX_VALUE, 500, sort));
        assertEquals("page", error.problems().get(0).field());
        assertEquals("PAGE_TOO_DEEP", error.problems().get(0).code());
        int deepest = (PageRequest.MAX_OFFSET - 1) / 500;
        assertEquals(deepest * 500, new PageRequest(deepest, 500, sort).firstResult());
    }

    @Test
    void containsEscapesEveryWildcardOfSqlServer() {
        assertEquals("100\\% \\_a\\[b] \\\\", FilterPredicates.escapeLike("100% _a[b] \\"));
    }
}
