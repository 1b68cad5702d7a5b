package dev.cartera.identity;

import dev.cartera.shared.i18n.ExplainedException;
import dev.cartera.shared.i18n.Message;
import jakarta.ejb.ApplicationException;

/** A bearer token that is expired, revoked or no longer names a user. Becomes a 401. */
@ApplicationException(rollback = true)
public class InvalidTokenException extends ExplainedException {

    public InvalidTokenException(Message explanation) {
        super(explanation);
    }
}
