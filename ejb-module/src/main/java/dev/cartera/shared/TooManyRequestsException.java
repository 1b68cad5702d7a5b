package dev.cartera.shared;

import dev.cartera.shared.i18n.Explained;
import dev.cartera.shared.i18n.Message;
import jakarta.ejb.ApplicationException;
import java.time.Duration;

/** Work the server has no capacity for right now; the client should try again later. Becomes a 429 with Retry-After. */
@ApplicationException(rollback = true)
public class TooManyRequestsException extends RuntimeException implements Explained {

    private final Duration retryAfter;
    private final transient Message explanation;

    public TooManyRequestsException(Message explanation, Duration retryAfter) {
        super(explanation.english());
        this.explanation = explanation;
        this.retryAfter = retryAfter;
    }

    @Override
    public Message explanation() {
        return explanation;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
