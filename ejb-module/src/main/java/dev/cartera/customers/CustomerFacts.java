package dev.cartera.customers;

/**
 * Something another context knows about a customer and an agent should see in the lookup (last month's loyalty
 * standing, say). Each such context implements this as a CDI bean, so the directory shows the facts without
 * depending on those contexts; the lookup lists them by {@link #name()}.
 */
public interface CustomerFacts {

    /** The key in the lookup's {@code facts}, e.g. "loyalty". */
    String name();

    /** A value JSON-B can write (a record, a number...); null to say nothing about this customer. */
    Object factsFor(long customerId);
}
