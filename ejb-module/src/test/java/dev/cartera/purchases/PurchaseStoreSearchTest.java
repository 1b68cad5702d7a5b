package dev.cartera.purchases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.shared.Money;
import dev.cartera.shared.PageRequest;
import dev.cartera.shared.Sort;
import dev.cartera.shared.filtering.FilterCondition;
import dev.cartera.shared.filtering.FilterOperator;
import dev.cartera.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A purchase's folded store (V21-V23), on H2 over the real migrations: V22 fills it for purchases stored before it,
 * the entity keeps it as the store changes, and {@code store.equals}, {@code store.in} and {@code store.specified}
 * find purchases through its index.
 */
class PurchaseStoreSearchTest {

    /** More than V22's batch of a thousand, with purchases without a store between them. */
    private static final int STORED_BEFORE = 2_345;

    private static TestDatabase database;
    private static EntityManagerFactory jpa;
    private static long customerId;

    @BeforeAll
    static void purchasesBeforeTheColumn() throws Exception {
        database = TestDatabase.empty("purchase-store");
        database.migrations().target("20").load().migrate();
        customerId = database.oneCustomer();
        try (Connection connection = database.connection(); Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO purchase (customer_id, invoice_number, purchased_at, amount, currency, channel, "
                    + "store, status, created_at, updated_at) SELECT " + customerId + ", 'OLD-' || X, CURRENT_TIMESTAMP, "
                    + "10, 'COP', 'STORE', CASE MOD(X, 3) WHEN 0 THEN NULL WHEN 1 THEN 'Bogotá  Andino' "
                    + "ELSE 'QUITO - El Jardín' END, 'COMPLETED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP "
                    + "FROM SYSTEM_RANGE(1, " + STORED_BEFORE + ")");
        }
        database.migrations().load().migrate();
        jpa = database.entityManagerFactory(Purchase.class);
    }

    @AfterAll
    static void close() {
        jpa.close();
    }

    @Test
    void theMigrationFoldedTheStoresOfPurchasesStoredBeforeIt() throws SQLException {
        try (Connection connection = database.connection(); Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT store_search, COUNT(*) FROM purchase "
                     + "WHERE invoice_number LIKE 'OLD-%' GROUP BY store_search ORDER BY store_search")) {
            assertTrue(rows.next());
            assertEquals(null, rows.getString(1));
            assertEquals(STORED_BEFORE / 3, rows.getInt(2), "no store, nothing folded");
            assertTrue(rows.next());
            assertEquals("bogota andino", rows.getString(1));
            assertEquals(782, rows.getInt(2));
            assertTrue(rows.next());
            assertEquals("quito - el jardin", rows.getString(1));
            assertEquals(782, rows.getInt(2));
        }
    }

    @Test
    void theStoresConditionsReadTheIndex() throws SQLException {
        for (String condition : List.of("store_search = 'bogota andino'", "store_search IN ('a', 'b')",
                "store_search IS NULL")) {
            try (Connection connection = database.connection(); Statement sql = connection.createStatement();
                 ResultSet plan = sql.executeQuery("EXPLAIN SELECT id FROM purchase WHERE " + condition
                         + " ORDER BY id")) {
                plan.next();
                assertTrue(plan.getString(1).contains("IX_PURCHASE_STORE_SEARCH"), condition + ": " + plan.getString(1));
            }
        }
    }

    @Test
    void theEntityFoldsItsStoreAsItChanges() {
        long id = jpa.callInTransaction(em -> {
            Purchase purchase = new Purchase(customerId, "NEW-1", details("Cuenca - Mall del Río"), Instant.now());
            em.persist(purchase);
            em.flush();
            return purchase.id();
        });
        assertEquals(List.of(id), found(FilterOperator.EQUALS, "CUENCA  -  mall del rio"));
        assertEquals(List.of(id), found(FilterOperator.IN, "nowhere,Cuenca - Mall del Rio"));
        assertEquals(List.of(id), found(FilterOperator.CONTAINS, "DEL RÍO"));

        jpa.runInTransaction(em -> em.find(Purchase.class, id).apply(details(null), Instant.now()));
        assertEquals(List.of(), found(FilterOperator.EQUALS, "cuenca - mall del rio"));
        assertEquals(Long.valueOf(id), found(FilterOperator.SPECIFIED, "false").getFirst(), "the newest without a store");
    }

    private static List<Long> found(FilterOperator operator, String value) {
        try (EntityManager em = jpa.createEntityManager()) {
            return PurchaseService.LIST.page(em, Purchase.class, new PageRequest(0, 20, new Sort("id", false)),
                    List.of(new FilterCondition("store", operator, value))).items().stream().map(Purchase::id).toList();
        }
    }

    private static PurchaseDetails details(String store) {
        return new PurchaseDetails(Instant.parse("2026-10-15T15:00:00Z"), Money.cop(new BigDecimal("25000.00")),
                PurchaseChannel.STORE, store, PurchaseStatus.COMPLETED);
    }
}
