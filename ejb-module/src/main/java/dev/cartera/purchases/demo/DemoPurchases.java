package dev.cartera.purchases.demo;

import dev.cartera.customers.Customer;
import dev.cartera.customers.CustomerService;
import dev.cartera.purchases.Purchase;
import dev.cartera.purchases.PurchaseRepository;
import dev.cartera.shared.CompanyZone;
import dev.cartera.shared.PageRequest;
import dev.cartera.shared.Sort;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo purchases for customers already in the directory (the first ones by id, read through
 * {@link CustomerService#list}), around the loyalty threshold in the previous calendar month: the company's zone,
 * the application's clock. See {@link DemoPurchasePlan} for who gets what. Idempotent: the same seed in the same
 * month creates nothing the second time.
 */
@Stateless
public class DemoPurchases {

    public static final int MAX_CUSTOMERS = PageRequest.MAX_SIZE;
    public static final long MAX_SEED = DemoPurchasePlan.MAX_SEED;
    private static final Logger LOG = Logger.getLogger(DemoPurchases.class.getName());

    @Inject
    CustomerService customers;

    @Inject
    PurchaseRepository purchases;

    @Inject
    CompanyZone companyZone;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "cartera.loyalty.threshold", defaultValue = "5000000")
    BigDecimal threshold;

    /** What a run did: the month the purchases are built around, and how many were new. */
    public record PurchasesSeeded(int customers, long seed, String month, BigDecimal threshold, int created, int skipped) {
    }

    /** @throws IllegalArgumentException for a count or a seed out of range */
    public PurchasesSeeded create(int customerCount, long seed) {
        if (customerCount < 1 || customerCount > MAX_CUSTOMERS) {
            throw new IllegalArgumentException("customers must be between 1 and " + MAX_CUSTOMERS);
        }
        YearMonth previous = YearMonth.now(clock.withZone(companyZone.zone())).minusMonths(1);
        List<Long> ids = customers.list(new PageRequest(0, customerCount, new Sort("id", true)), List.of()).items()
                .stream().map(Customer::id).toList();
        List<DemoPurchasePlan.Planned> plan = DemoPurchasePlan.plan(ids, seed, previous, companyZone.zone(), threshold);
        Map<String, Purchase> existing = purchases.findByInvoiceNumbers(
                plan.stream().map(DemoPurchasePlan.Planned::invoiceNumber).toList());
        int created = 0;
        for (DemoPurchasePlan.Planned planned : plan) {
            if (!existing.containsKey(planned.invoiceNumber())) {
                purchases.queue(new Purchase(planned.customerId(), planned.invoiceNumber(), planned.details(), clock.instant()));
                created++;
            }
        }
        purchases.flush();
        PurchasesSeeded outcome = new PurchasesSeeded(ids.size(), seed, previous.toString(), threshold, created,
                plan.size() - created);
        LOG.info(() -> "Demo purchases: " + outcome);
        return outcome;
    }
}
