package dev.cartera.shared;

import dev.cartera.shared.i18n.Message;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * At most so many runs of an expensive piece of work at once (password hashing, a full export): past that, a
 * caller waits a moment for a permit and then gets a {@link TooManyRequestsException} rather than queueing
 * without end, so one flood of requests cannot take every thread and connection the other requests need.
 */
public final class ConcurrencyLimit {

    private final Message work;
    private final int maxConcurrent;
    private final Semaphore permits;
    private final Duration wait;
    private final Duration retryAfter;

    /**
     * @param work       what is limited, for the refusal's message ("password checks")
     * @param wait       how long a caller may wait for a permit before it is refused
     * @param retryAfter what the refusal tells the client
     */
    public ConcurrencyLimit(Message work, int maxConcurrent, Duration wait, Duration retryAfter) {
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("at least one " + work + " must be allowed at a time");
        }
        this.work = work;
        this.maxConcurrent = maxConcurrent;
        this.permits = new Semaphore(maxConcurrent, true);
        this.wait = wait;
        this.retryAfter = retryAfter;
    }

    /**
     * A permit, to be closed when the work ends (a streamed response closes it once written).
     *
     * @throws TooManyRequestsException when none frees up within the wait
     */
    public Permit acquire() {
        try {
            if (!permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new TooManyRequestsException(Message.of("problem.busy", maxConcurrent, work, retryAfter.toSeconds()),
                        retryAfter);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TooManyRequestsException(Message.of("problem.interrupted", work), retryAfter);
        }
        return new Permit();
    }

    /** Released once, however many times it is closed. */
    public final class Permit implements AutoCloseable {

        private final AtomicBoolean released = new AtomicBoolean();

        @Override
        public void close() {
            if (released.compareAndSet(false, true)) {
                permits.release();
            }
        }
    }
}
