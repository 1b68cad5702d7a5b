package dev.cartera.identity;

import dev.cartera.shared.i18n.Explained;
import dev.cartera.shared.i18n.Message;
import jakarta.ejb.ApplicationException;

/** A bearer token that is expired, revoked or no longer names a user. Becomes a 401. */
@ApplicationException(rollback = true)
public class InvalidTokenException extends RuntimeException implements Explained {

    private final transient Message explanation;

    public InvalidTokenException(Message explanation) {
        super(explanation.english());
        this.explanation = explanation;
    }

    @Override
    public Message explanation() {
        return explanation;
    }
}
