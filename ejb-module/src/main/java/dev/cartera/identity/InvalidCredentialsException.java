package dev.cartera.identity;

import jakarta.ejb.ApplicationException;

/**
 * A login that did not succeed, for whatever reason: the caller learns nothing more.
 * No rollback, so the failed-login count that was just recorded is kept.
 */
@ApplicationException(rollback = false)
public class InvalidCredentialsException extends RuntimeException {

    public InvalidCredentialsException() {
        super("The username or password is not correct, or the account is temporarily locked.");
    }
}
