package dev.cartera.customers.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A first start with an empty directory gets a small, fixed set of demo customers, so the embedded default has
 * something to look up. Production sets {@code cartera.demo-data.first-start-customers=0}.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigrations", "ReferenceDataLoader"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoDataOnFirstStart {

    public static final long SEED = 20261123L;

    @Inject
    @ConfigProperty(name = "cartera.demo-data.first-start-customers", defaultValue = "40")
    int customers;

    @Inject
    DemoDataService demoData;

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    void fillAnEmptyDirectory() {
        if (customers > 0 && em.createQuery("SELECT COUNT(c) FROM Customer c", Long.class).getSingleResult() == 0) {
            demoData.createCustomers(customers, SEED);
        }
    }
}
