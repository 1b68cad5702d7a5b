package dev.cartera.shared.filtering;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FilterSpecTest {

    private final FilterSpec spec = FilterSpec.of(
            FilterableField.words("name", "searchName", NameWord.class),
            FilterableField.code("country", "country"),
            FilterableField.range("createdAt", "createdAt", FilterValueType.INSTANT),
            FilterableField.range("amount", "amount", FilterValueType.DECIMAL));

    @Test
    void offeredFieldsAndOperatorsPass() {
        assertDoesNotThrow(() -> spec.validate(List.of(
                new FilterCondition("name", FilterOperator.CONTAINS, "pérez"),
                new FilterCondition("country", FilterOperator.IN, "EC,CO"),
                new FilterCondition("createdAt", FilterOperator.GREATER_THAN_OR_EQUAL, "2026-10-01"),
                new FilterCondition("amount", FilterOperator.SPECIFIED, "true"))));
    }

    @Test
    void anUnknownFieldNamesTheFilterableOnes() {
        var error = assertThrows(InvalidFilterException.class,
                () -> spec.validate(List.of(new FilterCondition("password", FilterOperator.EQUALS, "x"))));
        assertEquals("password.equals", error.parameter());
        assertTrue(error.getMessage().contains("name, country, createdAt, amount"), error.getMessage());
    }

    @Test
    void anOperatorTheFieldDoesNotTakeIsRefused() {
        var error = assertThrows(InvalidFilterException.class,
                () -> spec.validate(List.of(new FilterCondition("country", FilterOperator.GREATER_THAN, "EC"))));
        assertEquals("country.greaterThan", error.parameter());
        assertTrue(error.getMessage().contains("equals, in, specified"), error.getMessage());
    }

    @Test
    void valuesParseByTypeOrSayWhatIsExpected() {
        assertEquals(Instant.parse("2026-10-01T00:00:00Z"), FilterValueType.INSTANT.parse("p", "2026-10-01"));
        assertEquals(Instant.parse("2026-10-31T23:59:59Z"), FilterValueType.INSTANT.parse("p", "2026-10-31T23:59:59Z"));
        assertEquals(new BigDecimal("1500.50"), FilterValueType.DECIMAL.parse("p", " 1500.50 "));
        assertEquals("jose perez", FilterValueType.FOLDED_TEXT.parse("p", "  JOSÉ   Pérez "));
        assertEquals("EC", FilterValueType.UPPER_CODE.parse("p", "ec"));
        var error = assertThrows(InvalidFilterException.class, () -> FilterValueType.DATE.parse("startDate.lessThan", "yesterday"));
        assertEquals("startDate.lessThan", error.parameter());
        assertTrue(error.getMessage().contains("2026-10-31"), error.getMessage());
    }

    enum Status { REQUESTED, APPROVED }

    private final FilterSpec withEnum = FilterSpec.of(FilterableField.enumerated("status", "status", Status.class),
            FilterableField.range("startDate", "startDate", FilterValueType.DATE));

    @Test
    void anEnumFieldTakesItsConstantsInAnyCaseAndNamesThemOtherwise() {
        FilterableField status = FilterableField.enumerated("status", "status", Status.class);
        assertEquals(Status.APPROVED, status.parse("status.equals", " approved "));
        assertDoesNotThrow(() -> withEnum.validate(List.of(new FilterCondition("status", FilterOperator.IN, "requested,APPROVED"),
                new FilterCondition("startDate", FilterOperator.LESS_THAN_OR_EQUAL, "2026-12-31"))));
        var error = assertThrows(InvalidFilterException.class,
                () -> withEnum.validate(List.of(new FilterCondition("status", FilterOperator.IN, "REQUESTED,PAYED"))));
        assertEquals("status.in", error.parameter());
        assertTrue(error.getMessage().contains("'PAYED' is not one of REQUESTED, APPROVED"), error.getMessage());
        assertThrows(InvalidFilterException.class,
                () -> withEnum.validate(List.of(new FilterCondition("status", FilterOperator.GREATER_THAN, "APPROVED"))));
    }

    @Test
    void anEnumFieldMustNameItsEnumAndOnlyItMay() {
        assertThrows(IllegalArgumentException.class, () -> new FilterableField("status", List.of("status"),
                FilterValueType.ENUM, java.util.Set.of(FilterOperator.EQUALS)));
        assertThrows(IllegalArgumentException.class, () -> new FilterableField("status", List.of("status"),
                FilterValueType.UPPER_CODE, java.util.Set.of(FilterOperator.EQUALS), Status.class, null));
    }

    /** A table of words, as a list searched by words names one. */
    static class NameWord extends dev.cartera.shared.filtering.SearchWordRow {
    }
}
