package dev.cartera.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.junit.jupiter.api.Test;

/**
 * The session customizer makes H2 in SQL Server mode cancel a statement at the timeout, and the cancel is recognised;
 * H2 gets the timeout once per connection, not before every statement.
 */
class StatementTimeoutTest {

    /** The customizer with a fixed second instead of the configuration, as EclipseLink instantiates it. */
    public static class OneSecond extends StatementTimeout {
        @Override
        protected Duration timeout() {
            return Duration.ofSeconds(1);
        }
    }

    @Test
    void aStatementPastTheTimeoutIsCancelledAndSaysSo() {
        TestDatabase database = TestDatabase.empty("timeout");
        EntityManagerFactory jpa = database.entityManagerFactory(Map.of("eclipselink.session.customizer", OneSecond.class.getName()));
        try (EntityManager em = jpa.createEntityManager()) {
            long started = System.nanoTime();
            PersistenceException failure = assertThrows(PersistenceException.class, () -> em.createNativeQuery(
                    "SELECT SUM(a.X * b.X) FROM SYSTEM_RANGE(1, 1000000) a, SYSTEM_RANGE(1, 1000000) b").getSingleResult());
            long tookMillis = (System.nanoTime() - started) / 1_000_000;
            assertTrue(TimedOutStatement.in(failure), () -> "not recognised as a timeout: " + failure);
            assertTrue(tookMillis < 10_000, "cancelled after " + tookMillis + " ms");
            assertTrue(em.createNativeQuery("SELECT 1").getSingleResult() != null, "the connection still works");
        } finally {
            jpa.close();
        }
        assertFalse(TimedOutStatement.in(new PersistenceException("a constraint")));
    }

    /** Each timeout set on H2 moves its metadata version, and every prepared statement plans itself again. */
    @Test
    void h2GetsTheTimeoutOnceNotBeforeEveryStatement() throws SQLException {
        TestDatabase database = TestDatabase.empty("timeout-once");
        EntityManagerFactory jpa = database.entityManagerFactory(Map.of("eclipselink.session.customizer", OneSecond.class.getName()));
        try (EntityManager em = jpa.createEntityManager(); Connection watching = database.connection()) {
            em.createNativeQuery("SELECT 1").getSingleResult();
            long afterFirst = metadataVersion(watching);
            for (int i = 0; i < 20; i++) {
                em.createNativeQuery("SELECT ?").setParameter(1, i).getSingleResult();
            }
            assertEquals(afterFirst, metadataVersion(watching));
        } finally {
            jpa.close();
        }
    }

    /** A JDBC reader of a whole table leaves its own timeout on a pooled H2 connection; EclipseLink puts it back. */
    @Test
    void aConnectionLeftWithAnotherTimeoutGetsTheSessionsBack() throws SQLException {
        TestDatabase database = TestDatabase.empty("timeout-back");
        EntityManagerFactory jpa = database.entityManagerFactory(Map.of("eclipselink.session.customizer", OneSecond.class.getName()));
        try (EntityManager em = jpa.createEntityManager()) {
            em.getTransaction().begin();
            Connection connection = em.unwrap(Connection.class);
            try (Statement whole = connection.createStatement()) {
                StatementTimeout.forWholeTable(whole);
                assertEquals(StatementTimeout.WHOLE_TABLE.toSeconds(), whole.getQueryTimeout());
            }
            em.getTransaction().commit();

            em.getTransaction().begin();
            assertSame(connection, em.unwrap(Connection.class), "the pool's one connection again");
            try (Statement next = connection.createStatement()) {
                assertEquals(1, next.getQueryTimeout(), "the session's second again");
            }
            em.getTransaction().rollback();
        } finally {
            jpa.close();
        }
    }

    private static long metadataVersion(Connection connection) throws SQLException {
        return ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession()).getDatabase().getModificationMetaId();
    }
}
