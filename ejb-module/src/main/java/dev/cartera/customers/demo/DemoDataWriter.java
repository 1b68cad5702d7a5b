package dev.cartera.customers.demo;

import dev.cartera.customers.CustomerRepository;
import dev.cartera.customers.CustomerService;
import dev.cartera.customers.demo.DemoCustomers.DemoCustomer;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;

/** Registers one chunk of demo customers in its own transaction. */
@Stateless
public class DemoDataWriter {

    @Inject
    CustomerService customers;

    @Inject
    CustomerRepository repository;

    /** @return how many were new (the others already existed) */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int write(List<DemoCustomer> chunk) {
        int created = 0;
        for (DemoCustomer customer : chunk) {
            if (repository.findByDocument(customer.documentType(), customer.documentNumber()).isEmpty()) {
                customers.register(customer.documentType(), customer.documentNumber(), customer.details());
                created++;
            }
        }
        return created;
    }
}
