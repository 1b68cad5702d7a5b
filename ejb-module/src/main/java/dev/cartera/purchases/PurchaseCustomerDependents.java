package dev.cartera.purchases;

import dev.cartera.customers.CustomerDependents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Tells the directory how many purchases a customer has: it refuses to delete them and shows the count in a lookup. */
@ApplicationScoped
public class PurchaseCustomerDependents implements CustomerDependents {

    @Inject
    PurchaseRepository purchases;

    @Override
    public String name() {
        return "purchases";
    }

    @Override
    public long countFor(long customerId) {
        return purchases.countByCustomer(customerId);
    }
}
