package dev.cartera.shared;

import jakarta.ejb.ApplicationException;

/** The request is valid but clashes with the current state (a duplicate key, a stale version). Becomes a 409. */
@ApplicationException(rollback = true)
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
