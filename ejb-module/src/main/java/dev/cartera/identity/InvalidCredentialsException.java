package dev.cartera.identity;

import dev.cartera.shared.i18n.ExplainedException;
import dev.cartera.shared.i18n.Message;
import jakarta.ejb.ApplicationException;

/**
 * A login that did not succeed, for whatever reason: the caller learns nothing more.
 * No rollback, so the failure counts that were just recorded are kept.
 */
@ApplicationException(rollback = false)
public class InvalidCredentialsException extends ExplainedException {

    public InvalidCredentialsException() {
        super(Message.of("problem.invalidCredentials"));
    }
}
