package dev.cartera.lending;

import dev.cartera.customers.CustomerDependents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Tells the directory how many loans a customer has: it refuses to delete them and shows the count in a lookup. */
@ApplicationScoped
public class LoanCustomerDependents implements CustomerDependents {

    @Inject
    LoanRepository loans;

    @Override
    public String name() {
        return "loans";
    }

    @Override
    public long countFor(long customerId) {
        return loans.countByCustomer(customerId);
    }
}
