package dev.cartera.purchases;

import dev.cartera.shared.JdbcReads;
import dev.cartera.shared.Page;
import dev.cartera.shared.PageRequest;
import dev.cartera.shared.filtering.FilterCondition;
import dev.cartera.shared.filtering.FilterOperator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Queries over purchases. Runs inside the calling service's transaction, or none for the export. */
@ApplicationScoped
public class PurchaseRepository {

    /** Invoice numbers per IN list: far below SQL Server's 2,100 parameters. */
    private static final int IN_SLICE = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    JdbcReads jdbc;

    public Optional<Purchase> find(long id) {
        return Optional.ofNullable(em.find(Purchase.class, id));
    }

    public Optional<Purchase> findByInvoiceNumber(String invoiceNumber) {
        return findByInvoiceNumbers(List.of(invoiceNumber)).values().stream().findFirst();
    }

    /** The purchases with these invoice numbers (normalised), by invoice number; one query per thousand. */
    public Map<String, Purchase> findByInvoiceNumbers(Collection<String> invoiceNumbers) {
        List<String> wanted = invoiceNumbers.stream().distinct().toList();
        Map<String, Purchase> found = new HashMap<>();
        for (int from = 0; from < wanted.size(); from += IN_SLICE) {
            em.createQuery("SELECT p FROM Purchase p WHERE p.invoiceNumber IN :numbers", Purchase.class)
                    .setParameter("numbers", wanted.subList(from, Math.min(wanted.size(), from + IN_SLICE)))
                    .getResultStream().forEach(purchase -> found.put(purchase.invoiceNumber(), purchase));
        }
        return found;
    }

    public long countPurchasedBetween(Instant start, Instant end) {
        return em.createQuery("SELECT COUNT(p) FROM Purchase p WHERE p.purchasedAt >= :start AND p.purchasedAt < :end",
                Long.class).setParameter("start", start).setParameter("end", end).getSingleResult();
    }

    /** Through JDBC: every customer lookup runs it ({@link JdbcReads} says why). */
    public long countByCustomer(long customerId) {
        return jdbc.read("SELECT COUNT(*) FROM purchase WHERE customer_id = ?", JdbcReads::firstLong, customerId);
    }

    public long count() {
        return em.createQuery("SELECT COUNT(p) FROM Purchase p", Long.class).getSingleResult();
    }

    public Page<Purchase> page(PageRequest request, List<FilterCondition> filters) {
        return PurchaseService.LIST.page(em, Purchase.class, request, filters);
    }

    /** The filters plus one on the customer, for a customer's own list. */
    public static List<FilterCondition> ofCustomer(long customerId, List<FilterCondition> filters) {
        List<FilterCondition> all = new ArrayList<>(filters);
        all.add(new FilterCondition("customerId", FilterOperator.EQUALS, Long.toString(customerId)));
        return all;
    }

    /**
     * One customer's purchases in date order, a page after the last one seen (keyset: the date, then the id), so a
     * long history is read in pages without OFFSET; the index on (customer_id, purchased_at) serves it.
     *
     * @param after the last purchase of the previous page, or null for the first page
     */
    public List<Purchase> ofCustomerAfter(long customerId, Purchase after, int max) {
        TypedQuery<Purchase> query;
        if (after == null) {
            query = em.createQuery("SELECT p FROM Purchase p WHERE p.customerId = :customerId "
                    + "ORDER BY p.purchasedAt, p.id", Purchase.class);
        } else {
            query = em.createQuery("SELECT p FROM Purchase p WHERE p.customerId = :customerId AND (p.purchasedAt > :at "
                            + "OR (p.purchasedAt = :at AND p.id > :id)) ORDER BY p.purchasedAt, p.id", Purchase.class)
                    .setParameter("at", after.purchasedAt()).setParameter("id", after.id());
        }
        return query.setParameter("customerId", customerId).setMaxResults(max).getResultList();
    }

    public void add(Purchase purchase) {
        em.persist(purchase);
        em.flush();
    }

    /** Queues a new purchase; the caller flushes once for a whole batch. */
    public void queue(Purchase purchase) {
        em.persist(purchase);
    }

    /** Writes changes now, so versions are the new ones and a lost unique-key race shows here. */
    public void flush() {
        em.flush();
    }

    public void remove(Purchase purchase) {
        em.remove(purchase);
    }
}
