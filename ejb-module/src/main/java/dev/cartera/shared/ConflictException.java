package dev.cartera.shared;

import dev.cartera.shared.i18n.ExplainedException;
import dev.cartera.shared.i18n.Message;
import jakarta.ejb.ApplicationException;
import java.util.OptionalLong;

/** The request is valid but clashes with the current state (a duplicate key, a stale version). Becomes a 409. */
@ApplicationException(rollback = true)
public class ConflictException extends ExplainedException {

    public ConflictException(Message explanation) {
        super(explanation);
    }

    public static ConflictException of(String key, Object... arguments) {
        return new ConflictException(Message.of(key, arguments));
    }

    /**
     * Optimistic locking for a client that says which version it last read (If-Match, or {@code version} in the body).
     *
     * @param what     the record's kind, as messages name it ("Loan")
     * @param expected the version the client sent, if any
     * @throws StaleVersionException when it is not the current one
     */
    public static void requireVersion(String what, Object id, long current, OptionalLong expected) {
        if (expected.isPresent() && expected.getAsLong() != current) {
            throw new StaleVersionException(Message.of("problem.conflict.version", Message.of("record." + what),
                    String.valueOf(id), current, expected.getAsLong()));
        }
    }
}
