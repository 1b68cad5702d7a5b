package dev.cartera.shared;

import jakarta.ejb.ApplicationException;
import java.time.Duration;

/** Work the server has no capacity for right now; the client should try again later. Becomes a 429 with Retry-After. */
@ApplicationException(rollback = true)
public class TooManyRequestsException extends RuntimeException {

    private final Duration retryAfter;

    public TooManyRequestsException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
