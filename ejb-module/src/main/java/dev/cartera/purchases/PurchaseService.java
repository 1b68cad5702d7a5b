package dev.cartera.purchases;

import dev.cartera.customers.Customer;
import dev.cartera.customers.CustomerRef;
import dev.cartera.customers.CustomerService;
import dev.cartera.imports.UpsertResult;
import dev.cartera.purchases.imports.PurchaseImport;
import dev.cartera.shared.ConflictException;
import dev.cartera.shared.InvalidInputException;
import dev.cartera.shared.ListFields;
import dev.cartera.shared.NotFoundException;
import dev.cartera.shared.Page;
import dev.cartera.shared.PageRequest;
import dev.cartera.shared.filtering.FilterCondition;
import dev.cartera.shared.filtering.FilterSpec;
import dev.cartera.shared.filtering.FilterValueType;
import dev.cartera.shared.filtering.FilterableField;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Purchases: the only way in for the web module. Customers are reached through {@link CustomerService} alone, by
 * id or by document; a purchase keeps only the customer's id.
 */
@Stateless
public class PurchaseService {

    /** The purchase lists (all, and a customer's): their filters and sorts. */
    public static final ListFields LIST = new ListFields(FilterSpec.of(
            FilterableField.id("customerId", "customerId").required(),
            FilterableField.code("invoiceNumber", "invoiceNumber").required(),
            FilterableField.range("purchasedAt", "purchasedAt", FilterValueType.INSTANT).required(),
            FilterableField.range("amount", "amount.amount", FilterValueType.DECIMAL).required(),
            FilterableField.enumerated("status", "status", PurchaseStatus.class).required(),
            FilterableField.enumerated("channel", "channel", PurchaseChannel.class).required(),
            FilterableField.folded("store", "storeSearch"),
            FilterableField.range("createdAt", "createdAt", FilterValueType.INSTANT).required()),
            Map.of("id", "id", "purchasedAt", "purchasedAt", "amount", "amount.amount", "invoiceNumber", "invoiceNumber",
                    "status", "status", "channel", "channel", "createdAt", "createdAt", "updatedAt", "updatedAt"),
            "id");

    @Inject
    PurchaseRepository purchases;

    @Inject
    CustomerService customers;

    @Inject
    Clock clock;

    /**
     * Records a purchase of a customer.
     *
     * @throws InvalidInputException naming every field to fix, or no way to tell the customer
     * @throws NotFoundException     for a customer that does not exist
     * @throws ConflictException     for an invoice number already recorded, also by a request at the same moment
     */
    public Purchase create(CustomerRef ref, PurchaseInput input) {
        PurchaseRules.Checked checked = PurchaseRules.check(input, clock.instant());
        Customer customer = customers.find(ref);
        purchases.findByInvoiceNumber(checked.invoiceNumber()).ifPresent(existing -> {
            throw taken(checked.invoiceNumber(), existing);
        });
        Purchase purchase = new Purchase(customer.id(), checked.invoiceNumber(), checked.details(), clock.instant());
        try {
            purchases.add(purchase);
        } catch (PersistenceException e) {
            if (!violatesInvoiceKey(e)) {
                throw e;
            }
            throw ConflictException.of("problem.purchase.invoiceRace", checked.invoiceNumber());
        }
        return purchase;
    }

    /**
     * Replaces what a purchase says; its customer and invoice number never change.
     *
     * @param expectedVersion when present, the version the client last read; another one is a conflict
     */
    public Purchase update(long id, PurchaseInput input, OptionalLong expectedVersion) {
        Purchase purchase = get(id);
        ConflictException.requireVersion("Purchase", id, purchase.version(), expectedVersion);
        if (purchase.apply(PurchaseRules.checkDetails(input, clock.instant()), clock.instant())) {
            purchases.flush();
        }
        return purchase;
    }

    public Purchase get(long id) {
        return purchases.find(id).orElseThrow(() -> new NotFoundException("Purchase", id));
    }

    /** Exactly how many purchases fall in [start, end): a statistic, unlike a list's total, which stops at a bound. */
    public long countPurchasedBetween(Instant start, Instant end) {
        return purchases.countPurchasedBetween(start, end);
    }

    public Page<Purchase> list(PageRequest request, List<FilterCondition> filters) {
        return purchases.page(request, filters);
    }

    /** @throws NotFoundException for an unknown customer (rather than an empty list) */
    public Page<Purchase> listOfCustomer(long customerId, PageRequest request, List<FilterCondition> filters) {
        customers.get(customerId);
        return purchases.page(request, PurchaseRepository.ofCustomer(customerId, filters));
    }

    public void delete(long id) {
        purchases.remove(get(id));
    }

    static ConflictException taken(String invoiceNumber, Purchase existing) {
        return ConflictException.of("problem.purchase.invoiceRecorded", invoiceNumber, String.valueOf(existing.id()),
                String.valueOf(existing.customerId()));
    }

    /** Whether the insert lost to another with the same invoice number (H2 and SQL Server both name the key). */
    private static boolean violatesInvoiceKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains("uk_purchase_invoice_number")) {
                return true;
            }
        }
        return false;
    }

    /** The purchases recorded under these invoice numbers, by number: what an import checks its rows against. */
    public Map<String, Purchase> byInvoiceNumbers(Collection<String> invoiceNumbers) {
        return purchases.findByInvoiceNumbers(invoiceNumbers);
    }

    /**
     * Creates or updates an import chunk's purchases by invoice number, in the chunk's transaction: one query for
     * the existing ones, one flush for the chunk.
     *
     * @param write false in a dry run: say what would happen, change nothing
     */
    public List<UpsertResult> upsertAll(List<PurchaseImport> values, boolean write) {
        Map<String, Purchase> existing = purchases.findByInvoiceNumbers(values.stream().map(PurchaseImport::invoiceNumber).toList());
        Instant now = clock.instant();
        List<UpsertResult> results = new ArrayList<>(values.size());
        for (PurchaseImport value : values) {
            Purchase found = existing.get(value.invoiceNumber());
            if (found == null) {
                if (write) {
                    purchases.queue(new Purchase(value.customerId(), value.invoiceNumber(), value.details(), now));
                }
                results.add(UpsertResult.CREATED);
            } else if (found.customerId() != value.customerId()) {
                // another transaction recorded the invoice for someone else since checkAll looked: run the chunk
                // again (the engine retries a lost race), and checkAll will reject the row
                throw new OptimisticLockException("invoice " + value.invoiceNumber() + " was just recorded for another customer");
            } else if (!found.details().equals(value.details())) {
                if (write) {
                    found.apply(value.details(), now);
                }
                results.add(UpsertResult.UPDATED);
            } else {
                results.add(UpsertResult.UNCHANGED);
            }
        }
        if (write) {
            purchases.flush();
        }
        return results;
    }
}
