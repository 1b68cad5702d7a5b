package dev.cartera.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.testing.TestDatabase;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.junit.jupiter.api.Test;

/**
 * H2 takes every {@code setQueryTimeout} as a {@code SET} that moves its metadata version (and so plans every prepared
 * statement again); through {@link QueryTimeoutOnChange} only a timeout that changes does.
 */
class QueryTimeoutOnChangeTest {

    private static final String SLOW = "SELECT SUM(a.X * b.X) FROM SYSTEM_RANGE(1, 1000000) a, SYSTEM_RANGE(1, 1000000) b";

    @Test
    void h2ItselfMovesItsMetadataVersionForEveryTimeoutSet() throws SQLException {
        try (Connection connection = TestDatabase.empty("timeouts").connection()) {
            long before = metadataVersion(connection);
            runWithTimeout(connection, 10);
            runWithTimeout(connection, 10);
            assertEquals(before + 2, metadataVersion(connection));
        }
    }

    @Test
    void theSameTimeoutAgainIsNotSetAgain() throws SQLException {
        try (Connection connection = QueryTimeoutOnChange.wrap(TestDatabase.empty("timeouts").connection())) {
            runWithTimeout(connection, 10);
            long afterFirst = metadataVersion(connection);
            for (int i = 0; i < 20; i++) {
                runWithTimeout(connection, 10);
            }
            assertEquals(afterFirst, metadataVersion(connection));

            runWithTimeout(connection, 0);
            assertNotEquals(afterFirst, metadataVersion(connection), "a different timeout is set");
        }
    }

    /** Payara's statement cache: it puts back the timeout a cached statement had when it is closed. */
    @Test
    void aPoolThatPutsTheTimeoutBackAtCloseHasNothingToPutBack() throws SQLException {
        try (Connection raw = TestDatabase.empty("timeouts").connection()) {
            Connection connection = QueryTimeoutOnChange.wrap(puttingTimeoutsBack(raw));
            runWithTimeout(connection, 10);
            long afterFirst = metadataVersion(raw);
            for (int i = 0; i < 20; i++) {
                runWithTimeout(connection, 10);
            }
            assertEquals(afterFirst, metadataVersion(raw));
            assertEquals(10, raw.createStatement().getQueryTimeout());
        }
    }

    @Test
    void aStatementStillRunsUnderTheTimeoutItWasGiven() throws SQLException {
        try (Connection connection = QueryTimeoutOnChange.wrap(TestDatabase.empty("timeouts").connection())) {
            runWithTimeout(connection, 1);
            try (Statement slow = connection.createStatement()) {
                slow.setQueryTimeout(1);
                long started = System.nanoTime();
                assertThrows(SQLTimeoutException.class, () -> slow.executeQuery(SLOW));
                assertTrue(System.nanoTime() - started < 10_000_000_000L, "cancelled at the timeout");
            }
            try (Statement unbounded = connection.createStatement()) {
                unbounded.setQueryTimeout(0);
                assertEquals(0, unbounded.getQueryTimeout());
            }
        }
    }

    @Test
    void aWrappedConnectionEqualsItselfOnly() throws SQLException {
        try (Connection raw = TestDatabase.empty("timeouts").connection()) {
            Connection wrapped = QueryTimeoutOnChange.wrap(raw);
            assertEquals(wrapped, wrapped);
            assertNotEquals(wrapped, raw);
            assertTrue(wrapped.isWrapperFor(JdbcConnection.class));
        }
    }

    /** Its prepared statements, when closed, set the timeout they had when prepared again, if it was set since. */
    private static Connection puttingTimeoutsBack(Connection raw) {
        ClassLoader loader = QueryTimeoutOnChangeTest.class.getClassLoader();
        return (Connection) Proxy.newProxyInstance(loader, new Class<?>[]{Connection.class}, (proxy, method, args) -> {
            Object result = method.invoke(raw, args);
            if (!(result instanceof PreparedStatement prepared)) {
                return result;
            }
            int found = prepared.getQueryTimeout();
            int[] current = {found};
            return Proxy.newProxyInstance(loader, new Class<?>[]{PreparedStatement.class}, (statement, call, values) -> {
                if (call.getName().equals("setQueryTimeout")) {
                    current[0] = (Integer) values[0];
                } else if (call.getName().equals("close") && current[0] != found) {
                    prepared.setQueryTimeout(found);
                }
                return call.invoke(prepared, values);
            });
        });
    }

    private static void runWithTimeout(Connection connection, int seconds) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT ?")) {
            statement.setQueryTimeout(seconds);
            statement.setInt(1, seconds);
            statement.executeQuery().close();
        }
    }

    static long metadataVersion(Connection connection) throws SQLException {
        return ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession()).getDatabase().getModificationMetaId();
    }
}
