package dev.cartera.customers.welcome;

/** Where a message stands. */
public enum MessageStatus {
    /** Written with the change that caused it, or waiting for its next attempt; not sent yet. */
    PENDING,
    /** Claimed by a dispatcher that is sending it; taken over when its lease ends (the sender died, outcome unknown). */
    SENDING,
    SENT,
    /** Refused for good (an invalid address), or given up after the last attempt: the failure says why. */
    FAILED,
    /** The customer has no address on this channel: kept as a record that there was nothing to send to. */
    NO_RECIPIENT
}
