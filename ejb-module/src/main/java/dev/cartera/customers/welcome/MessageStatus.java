package dev.cartera.customers.welcome;

/** Where a message stands. */
public enum MessageStatus {
    /** Written with the change that caused it; not sent yet. */
    PENDING,
    SENT,
    /** The customer has no address on this channel: kept as a record that there was nothing to send to. */
    NO_RECIPIENT
}
