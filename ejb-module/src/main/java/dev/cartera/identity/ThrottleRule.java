package dev.cartera.identity;

import java.time.Duration;

/**
 * How one kind of failure counter slows its client down. The first {@code freeFailures} failures cost nothing; each
 * one after them makes the client wait before its next password is checked: {@code baseDelay}, doubled for every
 * further failure (1 s, 2 s, 4 s...), never more than {@code maxDelay}. A counter without a failure for
 * {@code forgetAfter} starts again from zero.
 */
public record ThrottleRule(int freeFailures, Duration baseDelay, Duration maxDelay, Duration forgetAfter) {

    /** Past this many doublings every delay is the cap anyway; stopping there keeps the arithmetic from overflowing. */
    private static final int MAX_DOUBLINGS = 40;

    public ThrottleRule {
        if (freeFailures < 0 || !isPositive(baseDelay) || !isPositive(maxDelay) || !isPositive(forgetAfter)) {
            throw new IllegalArgumentException("a throttle rule needs freeFailures >= 0 and positive durations");
        }
    }

    /** The wait the {@code failures}-th failure in a row imposes. */
    public Duration delayAfter(int failures) {
        if (failures <= freeFailures) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - freeFailures - 1, MAX_DOUBLINGS);
        Duration delay = baseDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    private static boolean isPositive(Duration duration) {
        return duration != null && !duration.isNegative() && !duration.isZero();
    }
}
