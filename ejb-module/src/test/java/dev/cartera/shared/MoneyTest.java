package dev.cartera.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void cannotBeBuiltInvalid() {
        assertThrows(NullPointerException.class, () -> new Money(null, "COP"));
        assertThrows(NullPointerException.class, () -> new Money(BigDecimal.ONE, null));
        assertThrows(IllegalArgumentException.class, () -> Money.cop(new BigDecimal("10.001")), "never rounded");
        assertThrows(IllegalArgumentException.class, () -> new Money(BigDecimal.TEN, "XYZ"), "not ISO-4217");
        assertThrows(IllegalArgumentException.class, () -> new Money(BigDecimal.TEN, "usd"), "lower case");
        assertThrows(IllegalArgumentException.class, () -> new Money(BigDecimal.TEN, "US"));
        assertThrows(IllegalArgumentException.class, () -> Money.cop(new BigDecimal("100000000000000000")),
                "18 integer digits do not fit DECIMAL(19,2)");
        assertEquals(Money.MAX_AMOUNT, Money.cop(Money.MAX_AMOUNT).amount(), "17 integer digits do");
    }

    @Test
    void keepsScaleTwoSoSpellingsOfOneAmountAreEqual() {
        assertEquals(Money.cop(new BigDecimal("10")), Money.cop(new BigDecimal("10.00")));
        assertEquals(Money.cop(new BigDecimal("10.5")), Money.cop(new BigDecimal("10.50")));
        assertEquals(Money.cop(new BigDecimal("10")).hashCode(), Money.cop(new BigDecimal("10.00")).hashCode());
        assertEquals(new BigDecimal("10.00"), Money.cop(new BigDecimal("1E+1")).amount());
        assertEquals(Money.cop(new BigDecimal("10.100")), Money.cop(new BigDecimal("10.1")), "trailing zeros are not decimals");
        assertNotEquals(Money.cop(BigDecimal.TEN), new Money(BigDecimal.TEN, "USD"));
        assertEquals("10.00 COP", Money.cop(BigDecimal.TEN).toString());
    }

    @Test
    void isPositiveAboveZeroOnly() {
        assertTrue(Money.cop(new BigDecimal("0.01")).isPositive());
        assertFalse(Money.cop(BigDecimal.ZERO).isPositive());
        assertFalse(Money.cop(new BigDecimal("-1")).isPositive());
    }
}
