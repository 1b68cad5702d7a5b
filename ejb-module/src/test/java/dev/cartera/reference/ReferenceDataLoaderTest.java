package dev.cartera.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJBException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Two instances starting together: the loser of the unique keys tries again instead of failing the deployment. */
class ReferenceDataLoaderTest {

    private final AtomicInteger attempts = new AtomicInteger();

    @Test
    void aTransactionThatLostToAnotherInstanceIsTriedAgain() {
        String result = ReferenceDataLoader.withRetries(3, Duration.ZERO, () -> {
            if (attempts.incrementAndGet() == 1) {
                throw new EJBException("duplicate key: another instance inserted EC first");
            }
            return "up to date";
        });

        assertEquals("up to date", result);
        assertEquals(2, attempts.get());
    }

    @Test
    void aFailureThatPersistsFailsTheDeployment() {
        EJBException failure = new EJBException("the database is gone");

        EJBException thrown = assertThrows(EJBException.class, () -> ReferenceDataLoader.withRetries(3, Duration.ZERO, () -> {
            attempts.incrementAndGet();
            throw failure;
        }));

        assertSame(failure, thrown);
        assertEquals(3, attempts.get());
    }

    @Test
    void aBrokenFileIsNotTriedAgain() {
        assertThrows(IllegalStateException.class, () -> ReferenceDataLoader.withRetries(3, Duration.ZERO, () -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("reference/ec-cantons.csv line 3: canton_name is empty");
        }));
        assertEquals(1, attempts.get());
    }
}
