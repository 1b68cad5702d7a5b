package dev.cartera.shared;

import jakarta.ejb.ApplicationException;

/** The thing asked for does not exist. Becomes a 404. */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " does not exist");
    }

    /** @param message a whole sentence that says what was looked for */
    public NotFoundException(String message) {
        super(message);
    }
}
