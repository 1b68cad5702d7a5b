package dev.cartera.loyalty;

import dev.cartera.customers.CustomerFacts;
import dev.cartera.purchases.PurchaseStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;

/**
 * Shows in the customer lookup last month's COMPLETED total and whether it qualifies for the loyalty programme,
 * as {@code facts.loyalty}: the directory does not know about loyalty. One query on
 * {@code ix_purchase_customer_purchased_at}; runs in the directory's transaction.
 */
@ApplicationScoped
public class LoyaltyCustomerFacts implements CustomerFacts {

    @Inject
    LoyaltySettings settings;

    @PersistenceContext
    EntityManager em;

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
        Object[] sums = em.createQuery("SELECT COUNT(p), SUM(p.amount.amount) FROM Purchase p"
                        + " WHERE p.customerId = :customer AND p.purchasedAt >= :start AND p.purchasedAt < :end"
                        + " AND p.status = :status", Object[].class)
                .setParameter("customer", customerId).setParameter("start", period.start())
                .setParameter("end", period.end()).setParameter("status", PurchaseStatus.COMPLETED)
                .getSingleResult();
        long purchases = ((Number) sums[0]).longValue();
        BigDecimal total = sums[1] == null ? BigDecimal.ZERO.setScale(2) : (BigDecimal) sums[1];
        return new Standing(period.key(), purchases, total, "COP", threshold.amount(), threshold.qualifies(total));
    }
}
