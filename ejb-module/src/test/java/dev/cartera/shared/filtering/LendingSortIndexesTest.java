package dev.cartera.shared.filtering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.lending.LoanService;
import dev.cartera.purchases.PurchaseService;
import dev.cartera.shared.ListFields;
import dev.cartera.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every sort of the loan and purchase lists is read through an index in both directions (V20), as FilterSpec asks
 * for a page: the column, then the id in the same direction, an offset and a fetch. Without one, H2 sorted all
 * 1,000,000 rows for each page and met the statement timeout. Checked with H2's {@code EXPLAIN} over the migrations.
 */
class LendingSortIndexesTest {

    /** The column behind each sortable field; a new sort without a column here fails the test. */
    private static final Map<String, String> LOAN_COLUMNS = Map.of("id", "id", "principal", "principal",
            "annualRate", "annual_rate", "termMonths", "term_months", "startDate", "start_date", "status", "status",
            "createdAt", "created_at", "updatedAt", "updated_at");
    private static final Map<String, String> PURCHASE_COLUMNS = Map.of("id", "id", "purchasedAt", "purchased_at",
            "amount", "amount", "invoiceNumber", "invoice_number", "status", "status", "channel", "channel",
            "createdAt", "created_at", "updatedAt", "updated_at");

    /**
     * Columns read in their index's order with only the rows of one value sorted by id ({@code index sorted: 1 of 2
     * columns}): the invoice number is unique, and a purchase's instant is shared by few purchases (the loyalty report's
     * index, which starts with it, serves the sort).
     */
    private static final Set<String> TIES_SORTED = Set.of("invoice_number", "purchased_at");

    private static TestDatabase database;
    private static Connection connection;

    @BeforeAll
    static void rows() throws Exception {
        database = TestDatabase.migrated("lendingsorts");
        long customerId = database.oneCustomer();
        connection = database.connection();
        try (Statement sql = connection.createStatement()) {
            // a few thousand rows, so that the planner weighs a sort against an index
            sql.execute("INSERT INTO loan (customer_id, customer_document_type, customer_document_number, principal, "
                    + "currency, annual_rate, term_months, start_date, status, status_changed_at, created_at, updated_at) "
                    + "SELECT " + customerId + ", 'CI', '1714307103', 1000 + MOD(X, 97), 'COP', MOD(X, 30), 1 + MOD(X, 60), "
                    + "DATEADD(DAY, MOD(X, 700), DATE '2024-01-01'), CASE WHEN MOD(X, 3) = 0 THEN 'ACTIVE' ELSE 'PAID' END, "
                    + "CURRENT_TIMESTAMP, DATEADD(SECOND, X, TIMESTAMP '2024-01-01 00:00:00'), CURRENT_TIMESTAMP "
                    + "FROM SYSTEM_RANGE(1, 5000)");
            sql.execute("INSERT INTO purchase (customer_id, invoice_number, purchased_at, amount, currency, channel, status, "
                    + "created_at, updated_at) SELECT " + customerId + ", 'S-' || X, DATEADD(MINUTE, MOD(X * 7919, 5000), "
                    + "TIMESTAMP '2026-10-01 00:00:00'), 10 + MOD(X, 89), 'COP', CASE WHEN MOD(X, 2) = 0 THEN 'STORE' "
                    + "ELSE 'ONLINE' END, 'COMPLETED', DATEADD(SECOND, X, TIMESTAMP '2026-11-01 00:00:00'), "
                    + "CURRENT_TIMESTAMP FROM SYSTEM_RANGE(1, 5000)");
            sql.execute("ANALYZE");
        }
    }

    @AfterAll
    static void close() throws SQLException {
        connection.close();
    }

    @Test
    void everyLoanSortReadsAnIndex() throws SQLException {
        everySortReadsAnIndex(LoanService.LIST, "loan", LOAN_COLUMNS);
    }

    @Test
    void everyPurchaseSortReadsAnIndex() throws SQLException {
        everySortReadsAnIndex(PurchaseService.LIST, "purchase", PURCHASE_COLUMNS);
    }

    /**
     * The bounded count of a principal range within a currency with a status (V26): the range of that currency's
     * entries, not every loan of the status read and checked (2.3 s at 1,000,000 loans when none matched).
     */
    @Test
    void aPrincipalRangeWithinACurrencyIsCountedFromOneIndexRange() throws SQLException {
        String plan = plan("SELECT id FROM loan WHERE status = 'ACTIVE' AND currency = 'USD' AND principal > 1050 "
                + "FETCH FIRST 10001 ROWS ONLY");
        assertTrue(plan.contains("IX_LOAN_CURRENCY_PRINCIPAL"), plan);
    }

    /**
     * A loan list read in id order with each row checked (more matches than the count's bound), as FilterSpec asks
     * for it: from the narrow index in id order that holds the columns checked (V25, V27), not from the rows.
     */
    @Test
    void aLoanListReadInIdOrderChecksTheNarrowIndexThatHoldsItsColumns() throws SQLException {
        String inIdOrder = " ORDER BY id OFFSET 0 ROWS FETCH NEXT 21 ROWS ONLY";
        String dates = plan("SELECT id, id FROM loan WHERE id >= -9223372036854775808 "
                + "AND CASE WHEN start_date >= DATE '2025-01-01' THEN 1 ELSE 0 END = 1" + inIdOrder);
        assertTrue(dates.contains("IX_LOAN_ID_START_DATE"), dates);
        String statusAndAmount = plan("SELECT id, id FROM loan WHERE id >= -9223372036854775808 "
                + "AND CASE WHEN status = 'ACTIVE' THEN 1 ELSE 0 END = 1 AND CASE WHEN currency = 'USD' THEN 1 ELSE 0 END = 1 "
                + "AND CASE WHEN principal > 1050 THEN 1 ELSE 0 END = 1" + inIdOrder);
        assertTrue(statusAndAmount.contains("IX_LOAN_ID_STATUS_AMOUNT"), statusAndAmount);
    }

    private static void everySortReadsAnIndex(ListFields list, String table, Map<String, String> columns)
            throws SQLException {
        assertEquals(columns.keySet(), list.sortableFields(), "a column for each sort of " + table);
        for (Map.Entry<String, String> sort : columns.entrySet()) {
            for (String direction : new String[] {"ASC", "DESC"}) {
                String order = sort.getValue().equals("id") ? "id " + direction
                        : sort.getValue() + " " + direction + ", id " + direction;
                String plan = plan("SELECT id FROM " + table + " ORDER BY " + order
                        + " OFFSET 20 ROWS FETCH NEXT 21 ROWS ONLY");
                boolean sorted = plan.contains("/* index sorted */")
                        || TIES_SORTED.contains(sort.getValue()) && plan.contains("/* index sorted: 1 of 2 columns */");
                assertTrue(sorted, table + " by " + order + ": " + plan);
            }
        }
    }

    private static String plan(String query) throws SQLException {
        try (Statement sql = connection.createStatement(); ResultSet plan = sql.executeQuery("EXPLAIN " + query)) {
            plan.next();
            return plan.getString(1);
        }
    }
}
