package dev.cartera.identity;

import jakarta.ejb.ApplicationException;

/**
 * A login that did not succeed, for whatever reason: the caller learns nothing more.
 * No rollback, so the failure counts that were just recorded are kept.
 */
@ApplicationException(rollback = false)
public class InvalidCredentialsException extends RuntimeException {

    public InvalidCredentialsException() {
        super("The username or password is not correct.");
    }
}
