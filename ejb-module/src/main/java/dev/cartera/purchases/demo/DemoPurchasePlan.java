package dev.cartera.purchases.demo;

import dev.cartera.purchases.PurchaseChannel;
import dev.cartera.purchases.PurchaseDetails;
import dev.cartera.purchases.PurchaseStatus;
import dev.cartera.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Which demo purchases each customer gets, in plain Java, built around the loyalty threshold in one calendar month
 * (the company's zone) so that the report has every case to show. Customer i, in the order given, has COMPLETED
 * purchases in that month adding up to:
 * <ul>
 *   <li>i = 0: exactly the threshold, the last at 23:59:59 on the month's last day: it must not qualify. Another
 *       follows at 00:00:00 on the 1st of the next month, outside the month;</li>
 *   <li>i mod 4 = 1: more than the threshold: qualifies;</li>
 *   <li>i mod 4 = 2: less than it by at most 1 % of it (and 50,000 COP), plus a purchase the month before that
 *       would push it over if months leaked into each other;</li>
 *   <li>i mod 4 = 3: well below it, plus a REFUNDED and a CANCELLED purchase, either of which would push it over if
 *       counted;</li>
 *   <li>i mod 4 = 0, i &gt; 0: a few small purchases, 1 to 18 % of it.</li>
 * </ul>
 * Invoice numbers are {@code DEMO-<seed>-<yyyyMM>-<customer id>-<n>}: the same seed and month give the same ones.
 */
final class DemoPurchasePlan {

    /** Keeps invoice numbers within their 40 characters. */
    static final long MAX_SEED = 999_999_999L;
    private static final BigDecimal MIN_THRESHOLD = new BigDecimal("1000");

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyyMM");
    private static final String[] STORES = {"Quito - Quicentro", "Quito - El Recreo", "Guayaquil - Mall del Sol",
            "Guayaquil - San Marino", "Cuenca - Mall del Río", "Bogotá - Andino", "Medellín - Santafé", "Cali - Chipichape"};

    private final long seed;
    private final YearMonth month;
    private final ZoneId zone;
    private final long thresholdCents;
    private final SplittableRandom random;
    private final List<Planned> planned = new ArrayList<>();

    /** One purchase to create. */
    record Planned(long customerId, String invoiceNumber, PurchaseDetails details) {
    }

    private DemoPurchasePlan(long seed, YearMonth month, ZoneId zone, BigDecimal threshold) {
        if (seed < 0 || seed > MAX_SEED) {
            throw new IllegalArgumentException("seed must be between 0 and " + MAX_SEED);
        }
        if (threshold.compareTo(MIN_THRESHOLD) < 0) {
            throw new IllegalArgumentException("a loyalty threshold under " + MIN_THRESHOLD + " leaves no room for the cases");
        }
        this.seed = seed;
        this.month = month;
        this.zone = zone;
        this.thresholdCents = threshold.movePointRight(2).longValueExact();
        // the month too: next month the same seed gives that month's purchases, not this month's again
        this.random = new SplittableRandom(seed * 1_000_003L + month.getYear() * 12L + month.getMonthValue());
    }

    /** @param customerIds the customers, in a stable order (by id) */
    static List<Planned> plan(List<Long> customerIds, long seed, YearMonth month, ZoneId zone, BigDecimal threshold) {
        DemoPurchasePlan plan = new DemoPurchasePlan(seed, month, zone, threshold);
        for (int i = 0; i < customerIds.size(); i++) {
            plan.customer(i, customerIds.get(i));
        }
        return plan.planned;
    }

    private void customer(int index, long customerId) {
        List<PurchaseDetails> purchases = new ArrayList<>();
        if (index == 0) {
            List<PurchaseDetails> exact = completed(thresholdCents, 4);
            PurchaseDetails last = exact.remove(exact.size() - 1);
            exact.add(new PurchaseDetails(month.atEndOfMonth().atTime(LocalTime.of(23, 59, 59)).atZone(zone).toInstant(),
                    last.amount(), last.channel(), last.store(), last.status()));
            purchases.addAll(exact);
            purchases.add(purchase(month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant(), thresholdCents / 20,
                    PurchaseStatus.COMPLETED));
        } else {
            // amounts in proportion to the threshold, so that a configured one of any size keeps every case
            long t = thresholdCents;
            switch (index % 4) {
                case 1 -> purchases.addAll(completed(t + 1 + random.nextLong(t / 2), 3 + random.nextInt(3)));
                case 2 -> {
                    purchases.addAll(completed(t - 1 - random.nextLong(Math.min(t / 100, 50_000_00L)), 2 + random.nextInt(3)));
                    purchases.add(purchase(dayIn(month.minusMonths(1)), t / 5, PurchaseStatus.COMPLETED));
                }
                case 3 -> {
                    long completed = t / 2 + random.nextLong(t * 2 / 5);
                    purchases.addAll(completed(completed, 2 + random.nextInt(2)));
                    long gap = t - completed;
                    purchases.add(purchase(dayIn(month), gap + 1 + random.nextLong(t / 10), PurchaseStatus.REFUNDED));
                    purchases.add(purchase(dayIn(month), gap + 1 + random.nextLong(t / 10), PurchaseStatus.CANCELLED));
                }
                default -> purchases.addAll(completed(t / 100 + random.nextLong(t * 17 / 100), 1 + random.nextInt(3)));
            }
        }
        for (int n = 0; n < purchases.size(); n++) {
            planned.add(new Planned(customerId, "DEMO-" + seed + "-" + MONTH.format(month) + "-" + customerId + "-" + (n + 1),
                    purchases.get(n)));
        }
    }

    /** {@code count} COMPLETED purchases in the month adding up to exactly {@code totalCents}, each at least 1 cent. */
    private List<PurchaseDetails> completed(long totalCents, int count) {
        List<PurchaseDetails> purchases = new ArrayList<>(count);
        long left = totalCents;
        for (int j = count; j > 1; j--) {
            long share = left / j;
            long cents = Math.max(1, share / 2 + random.nextLong(share));
            purchases.add(purchase(dayIn(month), cents, PurchaseStatus.COMPLETED));
            left -= cents;
        }
        purchases.add(purchase(dayIn(month), left, PurchaseStatus.COMPLETED));
        return purchases;
    }

    /** A moment of a day of the month, during opening hours. */
    private Instant dayIn(YearMonth of) {
        return of.atDay(1 + random.nextInt(of.lengthOfMonth()))
                .atTime(8 + random.nextInt(12), random.nextInt(60), random.nextInt(60)).atZone(zone).toInstant();
    }

    private PurchaseDetails purchase(Instant at, long cents, PurchaseStatus status) {
        PurchaseChannel channel = PurchaseChannel.values()[random.nextInt(PurchaseChannel.values().length)];
        String store = channel == PurchaseChannel.STORE ? STORES[random.nextInt(STORES.length)] : null;
        return new PurchaseDetails(at, Money.cop(BigDecimal.valueOf(cents, 2)), channel, store, status);
    }
}
