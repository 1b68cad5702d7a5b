package dev.cartera.lending.demo;

import dev.cartera.lending.LoanRepository;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * After the directory's first-start demo customers ({@code DemoDataOnFirstStart}, named here only as a startup
 * dependency), an embedded default with no loans gets a few demo loans in every status. It only runs where demo
 * customers are wanted ({@code cartera.demo-data.first-start-customers} above 0), so production, which sets that
 * to 0, never gets demo loans on its real customers.
 */
@Singleton
@Startup
@DependsOn("DemoDataOnFirstStart")
public class DemoLoansOnFirstStart {

    public static final long SEED = 20261124L;

    @Inject
    @ConfigProperty(name = "cartera.demo-data.first-start-customers", defaultValue = "40")
    int customers;

    @Inject
    @ConfigProperty(name = "cartera.demo-data.first-start-loans", defaultValue = "21")
    int loans;

    @Inject
    DemoLoans demoLoans;

    @Inject
    LoanRepository repository;

    @PostConstruct
    void fillAnEmptyLedger() {
        if (customers > 0 && loans > 0 && repository.count() == 0) {
            demoLoans.create(loans, SEED);
        }
    }
}
