package dev.cartera.shared;

import dev.cartera.shared.i18n.Message;
import jakarta.ejb.ApplicationException;

/**
 * The client's copy is out of date: the version it says it last read is not the current one. A 409 when the
 * version came in the body, a 412 when it came in If-Match (RFC 9110: a failed precondition).
 */
@ApplicationException(rollback = true)
public class StaleVersionException extends ConflictException {

    StaleVersionException(Message explanation) {
        super(explanation);
    }
}
