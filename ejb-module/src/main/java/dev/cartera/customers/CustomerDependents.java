package dev.cartera.customers;

/**
 * What other contexts hold against a customer (loans, purchases). Each such context implements this as a CDI
 * bean, so the directory can refuse to delete a customer that still has them, and show counts in a lookup,
 * without depending on those contexts.
 */
public interface CustomerDependents {

    /** Plural noun for messages and the lookup summary, e.g. "loans". */
    String name();

    long countFor(long customerId);
}
