package dev.cartera.customers.welcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Instant FAILED_AT = Instant.parse("2026-12-04T10:00:00Z");
    private final RetryPolicy policy = new RetryPolicy(5, Duration.ofMinutes(1), Duration.ofMinutes(5));

    @Test
    void theDelayDoublesAfterEachFailedAttemptUpToTheCap() {
        assertEquals(Optional.of(FAILED_AT.plus(Duration.ofMinutes(1))), policy.nextAttempt(1, FAILED_AT));
        assertEquals(Optional.of(FAILED_AT.plus(Duration.ofMinutes(2))), policy.nextAttempt(2, FAILED_AT));
        assertEquals(Optional.of(FAILED_AT.plus(Duration.ofMinutes(4))), policy.nextAttempt(3, FAILED_AT));
        assertEquals(Optional.of(FAILED_AT.plus(Duration.ofMinutes(5))), policy.nextAttempt(4, FAILED_AT), "capped");
    }

    @Test
    void afterTheLastAttemptThereIsNoNext() {
        assertEquals(Optional.empty(), policy.nextAttempt(5, FAILED_AT));
        assertEquals(Optional.empty(), new RetryPolicy(1, Duration.ZERO, Duration.ZERO).nextAttempt(1, FAILED_AT));
    }

    @Test
    void manyAttemptsNeverOverflow() {
        RetryPolicy patient = new RetryPolicy(1000, Duration.ofDays(1), Duration.ofDays(7));
        assertEquals(Optional.of(FAILED_AT.plus(Duration.ofDays(7))), patient.nextAttempt(999, FAILED_AT));
    }

    @Test
    void nonsenseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(3, Duration.ofMinutes(5), Duration.ofMinutes(1)));
    }
}
