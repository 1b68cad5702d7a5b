package dev.cartera.loyalty;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LoyaltyThresholdTest {

    private final LoyaltyThreshold threshold = new LoyaltyThreshold(new BigDecimal("5000000"));

    @Test
    void aTotalEqualToTheThresholdDoesNotQualify() {
        assertFalse(threshold.qualifies(new BigDecimal("5000000.00")));
        assertFalse(threshold.qualifies(new BigDecimal("5000000")));
        assertFalse(threshold.qualifies(new BigDecimal("4999999.99")));
    }

    @Test
    void oneCentMoreDoes() {
        assertTrue(threshold.qualifies(new BigDecimal("5000000.01")));
        assertTrue(threshold.qualifies(new BigDecimal("12000000")));
    }

    @Test
    void aNegativeThresholdIsAConfigurationMistake() {
        assertThrows(IllegalArgumentException.class, () -> new LoyaltyThreshold(new BigDecimal("-1")));
    }
}
