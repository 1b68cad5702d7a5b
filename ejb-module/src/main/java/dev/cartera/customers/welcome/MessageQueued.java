package dev.cartera.customers.welcome;

import dev.cartera.shared.logging.LogContext;
import java.util.List;
import java.util.Optional;

/**
 * Messages were written to the outbox; observed only after the transaction commits. One event for all the
 * messages of a transaction, so an import chunk of 500 new customers is sent in one go, not in 500.
 * It carries the log context of the request that queued them, so the sending's log lines name that request.
 */
public record MessageQueued(List<Long> messageIds, Optional<LogContext.Entry> origin) {

    public MessageQueued {
        messageIds = List.copyOf(messageIds);
    }

    public MessageQueued(List<Long> messageIds) {
        this(messageIds, LogContext.current());
    }
}
