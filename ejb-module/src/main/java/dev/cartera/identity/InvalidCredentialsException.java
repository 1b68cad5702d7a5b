package dev.cartera.identity;

import dev.cartera.shared.i18n.Explained;
import dev.cartera.shared.i18n.Message;
import jakarta.ejb.ApplicationException;

/**
 * A login that did not succeed, for whatever reason: the caller learns nothing more.
 * No rollback, so the failure counts that were just recorded are kept.
 */
@ApplicationException(rollback = false)
public class InvalidCredentialsException extends RuntimeException implements Explained {

    private static final Message EXPLANATION = Message.of("problem.invalidCredentials");

    public InvalidCredentialsException() {
        super(EXPLANATION.english());
    }

    @Override
    public Message explanation() {
        return EXPLANATION;
    }
}
