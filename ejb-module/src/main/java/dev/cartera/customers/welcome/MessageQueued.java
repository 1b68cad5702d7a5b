package dev.cartera.customers.welcome;

import java.util.List;

/**
 * Messages were written to the outbox; observed only after the transaction commits. One event for all the
 * messages of a transaction, so an import chunk of 500 new customers is sent in one go, not in 500.
 */
public record MessageQueued(List<Long> messageIds) {

    public MessageQueued {
        messageIds = List.copyOf(messageIds);
    }
}
