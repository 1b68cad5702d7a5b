package dev.cartera.shared.filtering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.customers.CustomerDocument;
import dev.cartera.lending.Loan;
import dev.cartera.purchases.Purchase;
import dev.cartera.purchases.PurchaseChannel;
import dev.cartera.purchases.PurchaseDetails;
import dev.cartera.purchases.PurchaseService;
import dev.cartera.purchases.PurchaseStatus;
import dev.cartera.shared.Cursor;
import dev.cartera.shared.InvalidInputException;
import dev.cartera.shared.Money;
import dev.cartera.shared.Page;
import dev.cartera.shared.PageRequest;
import dev.cartera.shared.Sort;
import dev.cartera.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Walking a list by cursor on H2 in SQL Server mode over the real migrations: every row there when the walk began
 * is read exactly once, in order, while rows are inserted before and after the walk's position; ties on the sorted
 * value and NULLs (a store is optional) included, both directions.
 */
class KeysetPagingTest {

    private static final Instant NOW = Instant.parse("2026-11-20T15:30:00Z");
    private static TestDatabase database;
    private static EntityManagerFactory jpa;
    private static long customerId;
    private static int invoices;

    @BeforeAll
    static void purchasesWithTiesAndNulls() throws Exception {
        database = TestDatabase.migrated("keyset");
        customerId = database.oneCustomer();
        jpa = database.entityManagerFactory(Loan.class, Purchase.class, CustomerDocument.class, Money.class);
        for (int i = 0; i < 61; i++) {
            insert(new BigDecimal(1000 + 100 * (i % 7)), i % 3 == 0 ? null : "Tienda " + (char) ('A' + i % 5));
        }
    }

    @AfterAll
    static void close() {
        jpa.close();
    }

    @Test
    void aWalkByAmountReadsEveryRowOnceWhileRowsAreInserted() {
        for (boolean ascending : List.of(true, false)) {
            Set<Long> before = ids();
            List<Page<Purchase>> pages = walk(new Sort("amount", ascending), "amount.amount", 7, true);
            List<Long> read = pages.stream().flatMap(page -> page.items().stream()).map(Purchase::id).toList();
            assertEquals(read.size(), new HashSet<>(read).size(), "no row twice");
            assertTrue(new HashSet<>(read).containsAll(before), "no row missed");
            List<BigDecimal> amounts = pages.stream().flatMap(page -> page.items().stream())
                    .map(purchase -> purchase.details().amount().amount()).toList();
            List<BigDecimal> sorted = new ArrayList<>(amounts);
            sorted.sort(ascending ? java.util.Comparator.naturalOrder() : java.util.Comparator.reverseOrder());
            assertEquals(sorted, amounts, "in order");
            assertNull(pages.getLast().next(), "the last page says so");
        }
    }

    @Test
    void aWalkOnANullableAttributeKeepsTheNullsTogether() {
        for (boolean ascending : List.of(true, false)) {
            Set<Long> before = ids();
            List<Long> read = walk(new Sort("store", ascending), "store", 5, false).stream()
                    .flatMap(page -> page.items().stream()).map(Purchase::id).toList();
            assertEquals(before, new HashSet<>(read));
            assertEquals(before.size(), read.size());
        }
    }

    @Test
    void pagesByNumberStopAtTheOffsetCapAndACursorKeepsItsSort() {
        InvalidInputException tooDeep = assertThrows(InvalidInputException.class,
                () -> new PageRequest(PageRequest.MAX_OFFSET / 20, 20, new Sort("id", true)));
        assertEquals("PAGE_TOO_DEEP", tooDeep.problems().get(0).code());
        new PageRequest(PageRequest.MAX_OFFSET / 20 - 1, 20, new Sort("id", true));
        Cursor byAmount = new Cursor("amount", true, "1200", "7");
        assertEquals(byAmount, Cursor.decode(byAmount.encode()));
        assertThrows(InvalidFilterException.class, () -> new PageRequest(0, 20, new Sort("amount", false), byAmount));
        assertThrows(InvalidFilterException.class, () -> Cursor.decode("not-a-cursor"));
        Cursor odd = new Cursor("store", false, "Tienda | 50% = \"x\"", "12");
        assertEquals(odd, Cursor.decode(odd.encode()));
    }

    /** Reads page after page by cursor; after each, inserts one row at each end of the order when asked to. */
    private static List<Page<Purchase>> walk(Sort sort, String attribute, int size, boolean insertWhileWalking) {
        List<Page<Purchase>> pages = new ArrayList<>();
        Cursor after = null;
        for (int guard = 0; guard < 100; guard++) {
            try (EntityManager em = jpa.createEntityManager()) {
                Page<Purchase> page = PurchaseService.LIST.filters().page(em, Purchase.class,
                        new PageRequest(0, size, sort, after), attribute, List.of());
                pages.add(page);
                if (page.next() == null) {
                    return pages;
                }
                after = Cursor.decode(page.next());
            }
            if (insertWhileWalking) {
                insert(new BigDecimal("1"), "Tienda A");
                insert(new BigDecimal("99999"), null);
            }
        }
        throw new AssertionError("the walk did not end");
    }

    private static Set<Long> ids() {
        try (EntityManager em = jpa.createEntityManager()) {
            return new HashSet<>(em.createQuery("SELECT p.id FROM Purchase p", Long.class).getResultList());
        }
    }

    private static void insert(BigDecimal amount, String store) {
        try (EntityManager em = jpa.createEntityManager()) {
            em.getTransaction().begin();
            em.persist(new Purchase(customerId, "F-" + invoices++, new PurchaseDetails(NOW, Money.cop(amount),
                    store == null ? PurchaseChannel.ONLINE : PurchaseChannel.STORE, store, PurchaseStatus.COMPLETED), NOW));
            em.getTransaction().commit();
        }
    }
}
