package dev.cartera.purchases.demo;

import dev.cartera.purchases.PurchaseRepository;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * After the directory's first-start demo customers ({@code DemoDataOnFirstStart}, named only as a startup
 * dependency), an embedded default with no purchases gets demo purchases around last month's loyalty threshold.
 * Only where demo customers are wanted ({@code cartera.demo-data.first-start-customers} above 0): production,
 * which sets that to 0, never gets demo purchases on its real customers.
 */
@Singleton
@Startup
@DependsOn("DemoDataOnFirstStart")
public class DemoPurchasesOnFirstStart {

    public static final long SEED = 20261125L;

    @Inject
    @ConfigProperty(name = "cartera.demo-data.first-start-customers", defaultValue = "40")
    int customers;

    @Inject
    @ConfigProperty(name = "cartera.demo-data.first-start-purchase-customers", defaultValue = "20")
    int purchaseCustomers;

    @Inject
    DemoPurchases demoPurchases;

    @Inject
    PurchaseRepository repository;

    @PostConstruct
    void fillAnEmptyLedger() {
        if (customers > 0 && purchaseCustomers > 0 && repository.count() == 0) {
            demoPurchases.create(Math.min(purchaseCustomers, DemoPurchases.MAX_CUSTOMERS), SEED);
        }
    }
}
