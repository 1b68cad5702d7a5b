package dev.cartera.shared;

import dev.cartera.shared.i18n.ExplainedException;
import dev.cartera.shared.i18n.Message;
import jakarta.ejb.ApplicationException;
import java.time.Duration;

/** Work the server has no capacity for right now; the client should try again later. Becomes a 429 with Retry-After. */
@ApplicationException(rollback = true)
public class TooManyRequestsException extends ExplainedException {

    private final Duration retryAfter;

    public TooManyRequestsException(Message explanation, Duration retryAfter) {
        super(explanation);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
