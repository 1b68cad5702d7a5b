package dev.cartera.loyalty;

import dev.cartera.customers.CustomerFacts;
import dev.cartera.purchases.PurchaseStatus;
import dev.cartera.shared.JdbcReads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Shows in the customer lookup last month's COMPLETED total and whether it qualifies for the loyalty programme,
 * as {@code facts.loyalty}: the directory does not know about loyalty. One query on
 * {@code ix_purchase_customer_purchased_at}, through JDBC ({@link JdbcReads} says why), in the directory's transaction.
 */
@ApplicationScoped
public class LoyaltyCustomerFacts implements CustomerFacts {

    @Inject
    LoyaltySettings settings;

    @Inject
    JdbcReads jdbc;

    /** Last month's standing of one customer. Amounts are COP. */
    public record Standing(String period, long purchases, BigDecimal total, String currency, BigDecimal threshold,
                           boolean qualifies) {
    }

    @Override
    public String name() {
        return "loyalty";
    }

    @Override
    public Standing factsFor(long customerId) {
        LoyaltyPeriod period = settings.lastMonth();
        LoyaltyThreshold threshold = settings.threshold();
        return jdbc.read("SELECT COUNT(*), SUM(amount) FROM purchase"
                        + " WHERE customer_id = ? AND purchased_at >= ? AND purchased_at < ? AND status = ?",
                sums -> {
                    sums.next();
                    long purchases = sums.getLong(1); // columns in order, as SQL Server's driver reads them
                    BigDecimal total = Objects.requireNonNullElse(sums.getBigDecimal(2), BigDecimal.ZERO.setScale(2));
                    return new Standing(period.key(), purchases, total, "COP", threshold.amount(),
                            threshold.qualifies(total));
                },
                customerId, period.start(), period.end(), PurchaseStatus.COMPLETED);
    }
}
