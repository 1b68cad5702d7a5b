package dev.cartera.shared.filtering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.customers.CustomerDocument;
import dev.cartera.lending.Loan;
import dev.cartera.purchases.Purchase;
import dev.cartera.purchases.PurchaseService;
import dev.cartera.shared.Money;
import dev.cartera.shared.Page;
import dev.cartera.shared.PageRequest;
import dev.cartera.shared.Sort;
import dev.cartera.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A list's total: exact for the whole list, counted up to the bound for a filtered one, on H2 over the migrations. */
class BoundedCountTest {

    private static final int ROWS = PageRequest.MAX_OFFSET + 50;
    private static TestDatabase database;
    private static EntityManagerFactory jpa;

    @BeforeAll
    static void moreRowsThanTheBound() throws Exception {
        database = TestDatabase.migrated("bounded");
        long customerId = database.oneCustomer();
        try (Connection connection = database.connection(); Statement sql = connection.createStatement()) {
            // 30 online purchases, the rest in store
            sql.execute("INSERT INTO purchase (customer_id, invoice_number, purchased_at, amount, currency, channel, status, "
                    + "created_at, updated_at) SELECT " + customerId + ", 'B-' || X, CURRENT_TIMESTAMP, 10, 'COP', "
                    + "CASE WHEN X <= 30 THEN 'ONLINE' ELSE 'STORE' END, 'COMPLETED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP "
                    + "FROM SYSTEM_RANGE(1, " + ROWS + ")");
        }
        jpa = database.entityManagerFactory(Loan.class, Purchase.class, CustomerDocument.class, Money.class);
    }

    @AfterAll
    static void close() {
        jpa.close();
    }

    @Test
    void theWholeListIsCountedExactly() {
        Page<Purchase> page = page(List.of());
        assertEquals(ROWS, page.totalItems());
        assertTrue(page.totalExact());
    }

    @Test
    void aFilteredListIsCountedUpToTheBound() {
        Page<Purchase> many = page(List.of(new FilterCondition("status", FilterOperator.EQUALS, "COMPLETED")));
        assertEquals(PageRequest.MAX_OFFSET, many.totalItems());
        assertFalse(many.totalExact(), "at least that many");
        assertEquals(20, many.items().size());
        Page<Purchase> few = page(List.of(new FilterCondition("channel", FilterOperator.EQUALS, "ONLINE")));
        assertEquals(30, few.totalItems());
        assertTrue(few.totalExact());
    }

    @Test
    void aListWithMoreMatchesThanTheBoundIsReadInItsOrderWithTheSameRows() {
        // more than the bound match, so no index serves the conditions: an enum, an enum in a list, a range
        List<FilterCondition> common = List.of(new FilterCondition("status", FilterOperator.EQUALS, "completed"),
                new FilterCondition("channel", FilterOperator.IN, "STORE,PHONE"),
                new FilterCondition("purchasedAt", FilterOperator.LESS_THAN_OR_EQUAL, "2999-01-01T00:00:00Z"),
                new FilterCondition("store", FilterOperator.SPECIFIED, "false"));
        Page<Purchase> first = page(common, new PageRequest(0, 20, new Sort("id", true)));
        assertFalse(first.totalExact());
        assertEquals(invoices(31, 50), first.items().stream().map(Purchase::invoiceNumber).toList());
        Page<Purchase> second = page(common, new PageRequest(1, 20, new Sort("id", true)));
        assertEquals(invoices(51, 70), second.items().stream().map(Purchase::invoiceNumber).toList());
        Page<Purchase> newest = page(common, new PageRequest(0, 20, new Sort("id", false)));
        assertEquals(invoices(ROWS - 19, ROWS).reversed(), newest.items().stream().map(Purchase::invoiceNumber).toList());
        Page<Purchase> byDate = page(common, new PageRequest(0, 20, new Sort("purchasedAt", true)));
        assertEquals(20, byDate.items().size());
        assertTrue(byDate.items().stream().allMatch(purchase -> purchase.channel().name().equals("STORE")));
    }

    @Test
    void specifiedOnARequiredFieldIsDecidedWithoutTheColumnAndFindsWhatIsNullOnAnOptionalOne() {
        // channel is NOT NULL (FilterableField.required): none lacks it, all have it; store is null in every row here
        Page<Purchase> none = page(List.of(new FilterCondition("channel", FilterOperator.SPECIFIED, "false")));
        assertEquals(0, none.totalItems());
        assertTrue(none.totalExact());
        assertTrue(none.items().isEmpty());
        Page<Purchase> all = page(List.of(new FilterCondition("channel", FilterOperator.SPECIFIED, "true"),
                new FilterCondition("channel", FilterOperator.EQUALS, "ONLINE")));
        assertEquals(30, all.totalItems());
        assertEquals(invoices(1, 20), all.items().stream().map(Purchase::invoiceNumber).toList());
        Page<Purchase> every = page(List.of(new FilterCondition("channel", FilterOperator.SPECIFIED, "true")));
        assertEquals(ROWS, every.totalItems(), "the whole list, counted exactly");
        assertTrue(every.totalExact());
        assertEquals(invoices(1, 20), every.items().stream().map(Purchase::invoiceNumber).toList());
        Page<Purchase> withoutStore = page(List.of(new FilterCondition("store", FilterOperator.SPECIFIED, "false")));
        assertFalse(withoutStore.totalExact(), "every row has no store");
        assertEquals(invoices(1, 20), withoutStore.items().stream().map(Purchase::invoiceNumber).toList());
        assertTrue(page(List.of(new FilterCondition("store", FilterOperator.SPECIFIED, "true"))).items().isEmpty());
    }

    private static List<String> invoices(int first, int last) {
        return java.util.stream.IntStream.rangeClosed(first, last).mapToObj(n -> "B-" + n).toList();
    }

    private static Page<Purchase> page(List<FilterCondition> conditions) {
        return page(conditions, new PageRequest(0, 20, new Sort("id", true)));
    }

    private static Page<Purchase> page(List<FilterCondition> conditions, PageRequest request) {
        try (EntityManager em = jpa.createEntityManager()) {
            return PurchaseService.LIST.page(em, Purchase.class, request, conditions);
        }
    }
}
