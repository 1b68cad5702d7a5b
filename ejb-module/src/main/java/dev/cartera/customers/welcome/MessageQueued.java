package dev.cartera.customers.welcome;

/** A message was written to the outbox; observed only after the transaction commits. */
public record MessageQueued(long messageId) {
}
