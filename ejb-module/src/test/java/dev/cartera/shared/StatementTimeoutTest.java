package dev.cartera.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The session customizer makes H2 in SQL Server mode cancel a statement at the timeout, and the cancel is recognised. */
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
}
