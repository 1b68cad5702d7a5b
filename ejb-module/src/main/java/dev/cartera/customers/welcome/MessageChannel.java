package dev.cartera.customers.welcome;

/** How a message reaches the customer. */
public enum MessageChannel {
    EMAIL
}
