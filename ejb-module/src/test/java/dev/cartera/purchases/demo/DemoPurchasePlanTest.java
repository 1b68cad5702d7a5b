package dev.cartera.purchases.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.purchases.PurchaseRules;
import dev.cartera.purchases.PurchaseStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The demo purchases around the loyalty threshold: every case the report must tell apart, in one month. */
class DemoPurchasePlanTest {

    private static final ZoneId ZONE = ZoneId.of("America/Guayaquil");
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final BigDecimal THRESHOLD = new BigDecimal("5000000");
    private static final List<Long> CUSTOMERS = LongStream.rangeClosed(101, 120).boxed().toList();
    private static final Instant FROM = OCTOBER.atDay(1).atStartOfDay(ZONE).toInstant();
    private static final Instant TO = OCTOBER.plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant();

    private final List<DemoPurchasePlan.Planned> plan = DemoPurchasePlan.plan(CUSTOMERS, 7, OCTOBER, ZONE, THRESHOLD);

    @Test
    void someQualifySomeFallJustShortAndOneIsExactlyAtTheThreshold() {
        Map<Long, BigDecimal> completed = totals(purchase -> purchase.details().status().counts());
        assertEquals(0, THRESHOLD.compareTo(completed.get(101L)), "customer 0: exactly the threshold, does not qualify");
        for (long id : List.of(102L, 106L, 110L, 114L, 118L)) {
            assertTrue(completed.get(id).compareTo(THRESHOLD) > 0, id + " qualifies: " + completed.get(id));
        }
        for (long id : List.of(103L, 107L, 111L, 115L, 119L)) {
            BigDecimal shortBy = THRESHOLD.subtract(completed.get(id));
            assertTrue(shortBy.signum() > 0 && shortBy.compareTo(new BigDecimal("50000")) <= 0, id + " just short: " + shortBy);
        }
        Map<Long, BigDecimal> everything = totals(purchase -> true);
        for (long id : List.of(104L, 108L, 112L, 116L, 120L)) {
            assertTrue(completed.get(id).compareTo(THRESHOLD) < 0, id + " does not qualify");
            assertTrue(everything.get(id).compareTo(THRESHOLD) > 0, id + " would, counting refunds and cancellations");
            Set<PurchaseStatus> statuses = plan.stream().filter(purchase -> purchase.customerId() == id)
                    .map(purchase -> purchase.details().status()).collect(Collectors.toSet());
            assertEquals(Set.of(PurchaseStatus.values()), statuses);
        }
    }

    @Test
    void theMonthsEdgesAreThere() {
        Instant lastSecond = TO.minusSeconds(1);
        assertTrue(plan.stream().anyMatch(purchase -> purchase.customerId() == 101L
                && purchase.details().purchasedAt().equals(lastSecond)), "23:59:59 on the 31st counts");
        assertTrue(plan.stream().anyMatch(purchase -> purchase.customerId() == 101L
                && purchase.details().purchasedAt().equals(TO)), "00:00:00 on the 1st is next month's");
        assertTrue(plan.stream().anyMatch(purchase -> purchase.customerId() == 103L
                && purchase.details().purchasedAt().isBefore(FROM)), "an older purchase of a customer just short");
    }

    @Test
    void everyPurchasePassesTheRulesAndTheSameSeedGivesTheSamePlan() {
        Instant now = TO.plusSeconds(3600);
        for (DemoPurchasePlan.Planned purchase : plan) {
            assertEquals(purchase.invoiceNumber(), PurchaseRules.invoiceNumber(purchase.invoiceNumber(), problem -> {
                throw new AssertionError(problem.toString());
            }));
            assertEquals(purchase.details().amount(), PurchaseRules.amount(purchase.details().amount().amount(), problem -> {
                throw new AssertionError(problem.toString());
            }));
            assertTrue(!purchase.details().purchasedAt().isAfter(now));
        }
        assertEquals(plan.size(), plan.stream().map(DemoPurchasePlan.Planned::invoiceNumber).distinct().count());
        assertTrue(plan.get(0).invoiceNumber().startsWith("DEMO-7-202610-101-"), plan.get(0).invoiceNumber());
        assertEquals(plan, DemoPurchasePlan.plan(CUSTOMERS, 7, OCTOBER, ZONE, THRESHOLD));
        assertNotEquals(plan, DemoPurchasePlan.plan(CUSTOMERS, 8, OCTOBER, ZONE, THRESHOLD));
        String longest = DemoPurchasePlan.plan(List.of(Long.MAX_VALUE / 1_000_000), DemoPurchasePlan.MAX_SEED, OCTOBER,
                ZONE, THRESHOLD).get(0).invoiceNumber();
        assertTrue(longest.length() <= 40, longest);
    }

    private Map<Long, BigDecimal> totals(Predicate<DemoPurchasePlan.Planned> which) {
        return plan.stream().filter(which).filter(purchase -> !purchase.details().purchasedAt().isBefore(FROM)
                        && purchase.details().purchasedAt().isBefore(TO))
                .collect(Collectors.groupingBy(DemoPurchasePlan.Planned::customerId,
                        Collectors.reducing(BigDecimal.ZERO, purchase -> purchase.details().amount().amount(), BigDecimal::add)));
    }
}
