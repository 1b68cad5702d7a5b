package dev.cartera.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cartera.customers.CustomerDocument;
import dev.cartera.lending.Loan;
import dev.cartera.lending.LoanService;
import dev.cartera.lending.LoanTerms;
import dev.cartera.purchases.Purchase;
import dev.cartera.purchases.PurchaseChannel;
import dev.cartera.purchases.PurchaseDetails;
import dev.cartera.purchases.PurchaseService;
import dev.cartera.purchases.PurchaseStatus;
import dev.cartera.shared.filtering.FilterCondition;
import dev.cartera.shared.filtering.FilterOperator;
import dev.cartera.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Money embedded in a loan (principal + currency) and a purchase (amount + currency), through EclipseLink on H2 in
 * SQL Server mode over the real migrations: the same columns as before, read back through Money's rules, compared
 * whole in JPQL, and filtered and sorted on through the lists' declared attribute paths.
 */
class MoneyJpaTest {

    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");
    private static final Money DOLLARS = new Money(new BigDecimal("1000"), "USD");
    private static final Money PESOS = Money.cop(new BigDecimal("150000.5"));

    private static TestDatabase database;
    private static EntityManagerFactory jpa;
    private static long loanId;
    private static long purchaseId;

    @BeforeAll
    static void oneLoanAndOnePurchase() throws Exception {
        database = TestDatabase.migrated("money");
        long customerId = database.oneCustomer();
        try (Connection connection = database.connection(); Statement sql = connection.createStatement()) {
            // written as before V11 added the column: the default makes it a peso purchase
            sql.execute("INSERT INTO purchase (customer_id, invoice_number, purchased_at, amount, channel, status, "
                    + "created_at, updated_at) VALUES (" + customerId + ", 'OLD-1', CURRENT_TIMESTAMP, 99.90, 'STORE', "
                    + "'COMPLETED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        }
        jpa = database.entityManagerFactory(Loan.class, Purchase.class, CustomerDocument.class, Money.class);
        try (EntityManager em = jpa.createEntityManager()) {
            em.getTransaction().begin();
            Loan loan = new Loan(customerId, new CustomerDocument("CI", "1714307103"), LoanTerms.check(DOLLARS.amount(),
                    "USD", new BigDecimal("10"), 12, LocalDate.of(2026, 2, 1)), "Taxi", NOW);
            Purchase purchase = new Purchase(customerId, "F-1", new PurchaseDetails(NOW, PESOS, PurchaseChannel.STORE,
                    null, PurchaseStatus.COMPLETED), NOW);
            em.persist(loan);
            em.persist(purchase);
            em.getTransaction().commit();
            loanId = loan.id();
            purchaseId = purchase.id();
        }
    }

    @AfterAll
    static void close() {
        jpa.close();
    }

    @Test
    void readsBackTheSameValueFromTheSameColumns() throws Exception {
        try (EntityManager em = jpa.createEntityManager()) {
            assertEquals(DOLLARS, em.find(Loan.class, loanId).terms().principal());
            assertEquals(PESOS, em.find(Purchase.class, purchaseId).details().amount());
            Purchase old = em.createQuery("SELECT p FROM Purchase p WHERE p.invoiceNumber = 'OLD-1'", Purchase.class)
                    .getSingleResult();
            assertEquals(Money.cop(new BigDecimal("99.9")), old.details().amount());
        }
        try (Connection connection = database.connection(); Statement sql = connection.createStatement()) {
            try (ResultSet row = sql.executeQuery("SELECT principal, currency FROM loan")) {
                row.next();
                assertEquals(List.of("1000.00", "USD"), List.of(row.getBigDecimal(1).toPlainString(), row.getString(2)));
            }
            try (ResultSet row = sql.executeQuery("SELECT amount, currency FROM purchase WHERE id = " + purchaseId)) {
                row.next();
                assertEquals(List.of("150000.50", "COP"), List.of(row.getBigDecimal(1).toPlainString(), row.getString(2)));
            }
        }
    }

    @Test
    void jpqlComparesTheWholeValueAndReachesItsParts() {
        try (EntityManager em = jpa.createEntityManager()) {
            String byPrincipal = "SELECT l.id FROM Loan l WHERE l.principal = :principal";
            assertEquals(List.of(loanId), em.createQuery(byPrincipal, Long.class)
                    .setParameter("principal", new Money(new BigDecimal("1000.0"), "USD")).getResultList());
            assertEquals(List.of(), em.createQuery(byPrincipal, Long.class)
                    .setParameter("principal", Money.cop(new BigDecimal("1000"))).getResultList(), "another currency");
            assertEquals(new BigDecimal("150100.40"), em.createQuery("SELECT SUM(p.amount.amount) FROM Purchase p"
                    + " WHERE p.amount.currency = 'COP'", BigDecimal.class).getSingleResult());
        }
    }

    @Test
    void theListsFilterAndSortThroughTheEmbeddedPaths() {
        try (EntityManager em = jpa.createEntityManager()) {
            PageRequest byPrincipal = new PageRequest(0, 10, new Sort("principal", false));
            assertEquals(List.of(loanId), LoanService.LIST.page(em, Loan.class, byPrincipal, List.of(
                    new FilterCondition("principal", FilterOperator.GREATER_THAN, "999.99"),
                    new FilterCondition("currency", FilterOperator.IN, "usd,COP"))).items().stream().map(Loan::id).toList());
            assertEquals(List.of(), LoanService.LIST.page(em, Loan.class, byPrincipal, List.of(
                    new FilterCondition("currency", FilterOperator.EQUALS, "COP"))).items());

            PageRequest byAmount = new PageRequest(0, 10, new Sort("amount", false));
            assertEquals(List.of("F-1", "OLD-1"), PurchaseService.LIST.page(em, Purchase.class, byAmount, List.of(
                    new FilterCondition("amount", FilterOperator.GREATER_THAN_OR_EQUAL, "99.90")))
                    .items().stream().map(Purchase::invoiceNumber).toList());
        }
    }
}
