package dev.cartera.loyalty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cartera.testing.TestDatabase;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The report's query against the real schema (the Flyway migrations) on H2 in SQL Server mode, as the server runs
 * it: the month's bounds in the company zone, COMPLETED only, strictly over the threshold, highest first.
 */
class QualifyingTotalsTest {

    private static final ZoneId GUAYAQUIL = ZoneId.of("America/Guayaquil");
    private static final LoyaltyPeriod OCTOBER = new LoyaltyPeriod(YearMonth.of(2026, 10), GUAYAQUIL);
    private static final LoyaltyThreshold THRESHOLD = new LoyaltyThreshold(new BigDecimal("5000000"));
    private static TestDatabase database;
    private static int invoices;

    @BeforeAll
    static void schema() throws Exception {
        database = TestDatabase.migrated("loyalty");
        try (Connection connection = database.connection(); Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO document_type (code, name) VALUES ('PASSPORT', 'Passport')");
            for (int i = 1; i <= 7; i++) {
                sql.execute("INSERT INTO customer (document_type, document_number, kind, first_name, last_name, "
                        + "search_name, country_code, created_at, updated_at) VALUES ('PASSPORT', 'P" + i + "', 'PERSON', "
                        + "'Cliente', '" + i + "', 'cliente " + i + "', 'EC', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            }
        }
        // 1: exactly at the threshold, in two purchases: does not qualify
        purchase(1, "2026-10-10T12:00:00", "2000000.00", "COMPLETED");
        purchase(1, "2026-10-11T12:00:00", "3000000.00", "COMPLETED");
        // 2: one cent over, the last one at 23:59:59.999 local on the 31st
        purchase(2, "2026-10-01T00:00:00", "4000000.00", "COMPLETED");
        purchase(2, "2026-10-31T23:59:59.999", "1000000.01", "COMPLETED");
        // 3: would qualify with a purchase at midnight on 1 November and one at 23:59 on 30 September: neither counts
        purchase(3, "2026-10-15T08:00:00", "4500000.00", "COMPLETED");
        purchase(3, "2026-11-01T00:00:00", "900000.00", "COMPLETED");
        purchase(3, "2026-09-30T23:59:59", "900000.00", "COMPLETED");
        // 4: over only with its refunded and cancelled purchases
        purchase(4, "2026-10-05T10:00:00", "4000000.00", "COMPLETED");
        purchase(4, "2026-10-06T10:00:00", "3000000.00", "REFUNDED");
        purchase(4, "2026-10-07T10:00:00", "3000000.00", "CANCELLED");
        // 5 and 6: the same total, so the id decides their order; 7: the highest
        purchase(6, "2026-10-20T10:00:00", "6000000.00", "COMPLETED");
        purchase(5, "2026-10-20T10:00:00", "6000000.00", "COMPLETED");
        purchase(7, "2026-10-21T10:00:00", "9000000.00", "COMPLETED");
        purchase(7, "2026-10-22T10:00:00", "1.50", "COMPLETED");
    }

    @Test
    void onlyCompletedPurchasesInsideTheMonthAndStrictlyOverTheThresholdHighestFirst() throws Exception {
        List<QualifyingTotals.Total> totals = read(500, new ArrayList<>());
        assertEquals(List.of(
                new QualifyingTotals.Total(7, 2, new BigDecimal("9000001.50")),
                new QualifyingTotals.Total(5, 1, new BigDecimal("6000000.00")),
                new QualifyingTotals.Total(6, 1, new BigDecimal("6000000.00")),
                new QualifyingTotals.Total(2, 2, new BigDecimal("5000000.01"))), totals);
    }

    @Test
    void comesInBatchesOfTheGivenSize() throws Exception {
        List<Integer> sizes = new ArrayList<>();
        List<QualifyingTotals.Total> totals = read(3, sizes);
        assertEquals(List.of(3, 1), sizes);
        assertEquals(4, totals.size());
    }

    private static List<QualifyingTotals.Total> read(int batchSize, List<Integer> sizes) throws Exception {
        List<QualifyingTotals.Total> totals = new ArrayList<>();
        try (Connection connection = database.connection()) {
            QualifyingTotals.forEachBatch(connection, OCTOBER, THRESHOLD, batchSize, batch -> {
                sizes.add(batch.size());
                totals.addAll(batch);
            });
        }
        return totals;
    }

    /** @param local wall-clock time in Guayaquil; stored in UTC as the application stores it */
    private static void purchase(long customer, String local, String amount, String status) throws Exception {
        Instant at = LocalDateTime.parse(local).atZone(GUAYAQUIL).toInstant();
        try (Connection connection = database.connection(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO purchase (customer_id, invoice_number, purchased_at, amount, channel, status, created_at, "
                        + "updated_at) VALUES (?, ?, ?, ?, 'STORE', ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")) {
            insert.setLong(1, customer);
            insert.setString(2, "F-" + ++invoices);
            insert.setObject(3, LocalDateTime.ofInstant(at, ZoneOffset.UTC));
            insert.setBigDecimal(4, new BigDecimal(amount));
            insert.setString(5, status);
            insert.executeUpdate();
        }
    }
}
