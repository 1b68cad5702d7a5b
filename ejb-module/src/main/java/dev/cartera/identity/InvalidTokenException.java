package dev.cartera.identity;

import jakarta.ejb.ApplicationException;

/** A bearer token that is expired, revoked or no longer names a user. Becomes a 401. */
@ApplicationException(rollback = true)
public class InvalidTokenException extends RuntimeException {

    public InvalidTokenException(String message) {
        super(message);
    }
}
