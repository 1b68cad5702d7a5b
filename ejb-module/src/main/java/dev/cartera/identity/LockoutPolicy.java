package dev.cartera.identity;

import java.time.Duration;

/**
 * After {@code maxFailures} failed logins within {@code window}, the account refuses every login
 * for {@code lockDuration}.
 */
public record LockoutPolicy(int maxFailures, Duration window, Duration lockDuration) {

    public LockoutPolicy {
        if (maxFailures < 1 || window.isNegative() || window.isZero() || lockDuration.isNegative()) {
            throw new IllegalArgumentException("lockout needs maxFailures >= 1 and positive durations");
        }
    }
}
