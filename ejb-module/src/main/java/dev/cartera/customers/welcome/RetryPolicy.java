package dev.cartera.customers.welcome;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a message whose sending failed is tried again: the delay doubles after each attempt (first-delay, twice
 * that, four times...) up to max-delay, and after max-attempts attempts it is given up.
 */
public record RetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay) {

    public RetryPolicy {
        if (maxAttempts < 1 || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("retry policy: " + maxAttempts + " attempts, " + firstDelay + ", " + maxDelay);
        }
    }

    /**
     * @param attemptsMade the attempts already made, the failed one included (1 after the first failure)
     * @return when to try again, or empty when no attempt is left
     */
    public Optional<Instant> nextAttempt(int attemptsMade, Instant failedAt) {
        if (attemptsMade >= maxAttempts) {
            return Optional.empty();
        }
        return Optional.of(failedAt.plus(delayAfter(attemptsMade)));
    }

    Duration delayAfter(int attemptsMade) {
        int doublings = Math.max(0, attemptsMade - 1);
        // beyond 2^30 any sane first delay is past the cap; stopping there keeps the multiplication from overflowing
        if (doublings >= 30) {
            return maxDelay;
        }
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
