package dev.cartera.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.junit.jupiter.api.Test;

/**
 * Reads by plain JDBC bind values as the entities store them, run on the transaction's connection when there is one,
 * leave H2's timeout to the connection, and say why they failed.
 */
class JdbcReadsTest {

    enum SaleStatus { COMPLETED, REFUNDED }

    @Test
    void bindsInstantsAsTheirUtcWallClockAndEnumsByName() throws SQLException {
        TestDatabase database = TestDatabase.empty("jdbc-reads");
        try (Connection connection = database.connection(); Statement setup = connection.createStatement()) {
            setup.execute("CREATE TABLE sale (customer_id BIGINT, sold_at DATETIME2, status VARCHAR(16), amount DECIMAL(19, 2))");
            setup.execute("INSERT INTO sale VALUES (1, '2026-10-31 23:59:59.999999', 'COMPLETED', 10.00),"
                    + " (1, '2026-11-01 00:00:00', 'COMPLETED', 20.50), (1, '2026-11-02 00:00:00', 'REFUNDED', 99.00),"
                    + " (2, '2026-11-03 00:00:00', 'COMPLETED', 7.00)");
        }
        JdbcReads reads = reads(database.dataSource());

        Instant start = Instant.parse("2026-11-01T00:00:00Z");
        String total = reads.read("SELECT COUNT(*), SUM(amount) FROM sale WHERE customer_id = ? AND sold_at >= ?"
                        + " AND sold_at < ? AND status = ?",
                rows -> {
                    rows.next();
                    return rows.getLong(1) + " " + rows.getBigDecimal(2);
                }, 1L, start, start.plus(30, ChronoUnit.DAYS), SaleStatus.COMPLETED);

        assertEquals("1 20.50", total, "the instant at the UTC midnight, not the JVM zone's; the refund left out");
        assertEquals(3L, reads.read("SELECT COUNT(*) FROM sale WHERE customer_id = ?", JdbcReads::firstLong, 1L));
        assertEquals(LocalDateTime.parse("2026-11-01T00:00"), JdbcReads.stored(start));
    }

    /**
     * On H2 the transaction's connection holds the timeout (EclipseLink gives it when it takes the connection), and
     * each timeout set moves H2's metadata version, after which every prepared statement plans itself again.
     */
    @Test
    void setsNoTimeoutOnH2WhereTheConnectionHoldsIt() throws SQLException {
        try (Connection connection = TestDatabase.empty("jdbc-reads-h2").connection()) {
            withTimeout(connection, 7);
            JdbcReads reads = reads(pooled(connection));
            reads.read("SELECT 1", JdbcReads::firstLong);
            long before = metadataVersion(connection);
            for (int i = 0; i < 20; i++) {
                assertEquals(i, reads.read("SELECT ?", JdbcReads::firstLong, (long) i));
            }
            assertEquals(before, metadataVersion(connection));
            try (Statement statement = connection.createStatement()) {
                assertEquals(7, statement.getQueryTimeout());
            }
        }
    }

    @Test
    void aStatementCancelledAtTheConnectionsTimeoutIsRecognised() throws SQLException {
        try (Connection connection = TestDatabase.empty("jdbc-reads-timeout").connection()) {
            withTimeout(connection, 1);
            JdbcReads reads = reads(pooled(connection));

            PersistenceException failure = assertThrows(PersistenceException.class, () -> reads.read(
                    "SELECT SUM(a.X * b.X) FROM SYSTEM_RANGE(1, 1000000) a, SYSTEM_RANGE(1, 1000000) b", JdbcReads::firstLong));
            assertTrue(TimedOutStatement.in(failure), () -> "not recognised as a timeout: " + failure);

            PersistenceException missing = assertThrows(PersistenceException.class,
                    () -> reads.read("SELECT COUNT(*) FROM nowhere", JdbcReads::firstLong));
            assertInstanceOf(SQLException.class, missing.getCause());
            assertTrue(missing.getMessage().contains("nowhere"), missing::getMessage);
            assertFalse(TimedOutStatement.in(missing));
        }
    }

    private static void withTimeout(Connection connection, int seconds) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(seconds);
        }
    }

    /** The one connection every time, as the pool hands a transaction's out again; closing it keeps it open. */
    private static DataSource pooled(Connection connection) {
        Connection handle = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    try {
                        return method.invoke(connection, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, arguments) -> method.getName().equals("getConnection") ? handle : null);
    }

    /** In a transaction the read takes EclipseLink's connection, none from the pool, and leaves it open. */
    @Test
    void inATransactionReadsOnEclipseLinksConnectionAndLeavesItOpen() throws SQLException {
        try (Connection connection = TestDatabase.empty("jdbc-reads-tx").connection()) {
            JdbcReads reads = reads(null);
            reads.transactions = registry(Status.STATUS_ACTIVE);
            reads.em = (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(),
                    new Class<?>[] {EntityManager.class},
                    (proxy, method, arguments) -> method.getName().equals("unwrap") && arguments[0] == Connection.class
                            ? connection : null);

            assertEquals(42L, reads.read("SELECT ?", JdbcReads::firstLong, 42L));
            assertFalse(connection.isClosed());
        }
    }

    private static JdbcReads reads(DataSource dataSource) {
        JdbcReads reads = new JdbcReads();
        reads.database = dataSource;
        reads.transactions = registry(Status.STATUS_NO_TRANSACTION);
        return reads;
    }

    private static TransactionSynchronizationRegistry registry(int status) {
        return (TransactionSynchronizationRegistry) Proxy.newProxyInstance(
                TransactionSynchronizationRegistry.class.getClassLoader(),
                new Class<?>[] {TransactionSynchronizationRegistry.class},
                (proxy, method, arguments) -> method.getName().equals("getTransactionStatus") ? status : null);
    }

    private static long metadataVersion(Connection connection) throws SQLException {
        return ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession()).getDatabase().getModificationMetaId();
    }
}
