package dev.cartera.loyalty;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The loyalty programme's rule: a customer qualifies when their COMPLETED purchases in the month add up to
 * strictly more than the threshold (COP). A total exactly at the threshold does not qualify.
 */
public record LoyaltyThreshold(BigDecimal amount) {

    public LoyaltyThreshold {
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("the loyalty threshold must not be negative: " + amount);
        }
    }

    public boolean qualifies(BigDecimal total) {
        return total.compareTo(amount) > 0;
    }
}
