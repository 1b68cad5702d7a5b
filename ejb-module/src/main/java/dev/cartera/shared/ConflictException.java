package dev.cartera.shared;

import jakarta.ejb.ApplicationException;
import java.util.OptionalLong;

/** The request is valid but clashes with the current state (a duplicate key, a stale version). Becomes a 409. */
@ApplicationException(rollback = true)
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }

    /**
     * Optimistic locking for a client that says which version it last read (If-Match, or {@code version} in the body).
     *
     * @param what     the record's kind, as messages name it ("Loan")
     * @param expected the version the client sent, if any
     * @throws ConflictException when it is not the current one
     */
    public static void requireVersion(String what, Object id, long current, OptionalLong expected) {
        if (expected.isPresent() && expected.getAsLong() != current) {
            throw new ConflictException(what + " " + id + " was changed by someone else (version " + current
                    + ", you sent " + expected.getAsLong() + "). Reload it and try again.");
        }
    }
}
