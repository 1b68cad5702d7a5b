package dev.cartera.lending;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cartera.customers.CustomerDocument;
import dev.cartera.shared.Money;
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
import org.junit.jupiter.api.Test;

/**
 * The customer document a loan keeps, an embedded record, through EclipseLink on H2 in SQL Server mode over the
 * real migrations: written into the same two columns as before, read back through the document rules, queried on.
 */
class LoanDocumentJpaTest {

    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

    @Test
    void aLoansCustomerDocumentSurvivesARoundTripThroughJpa() throws Exception {
        TestDatabase database = TestDatabase.migrated("loan-document");
        long customerId = database.oneCustomer();
        CustomerDocument document = new CustomerDocument("CI", "1714307103");

        try (EntityManagerFactory jpa = database.entityManagerFactory(Loan.class, CustomerDocument.class, Money.class)) {
            long loanId;
            try (EntityManager em = jpa.createEntityManager()) {
                em.getTransaction().begin();
                Loan loan = new Loan(customerId, document, LoanTerms.check(new BigDecimal("1000"), "USD",
                        new BigDecimal("10"), 12, LocalDate.of(2026, 2, 1)), "Taxi", NOW);
                em.persist(loan);
                em.getTransaction().commit();
                loanId = loan.id();
            }
            try (EntityManager em = jpa.createEntityManager()) {
                Loan read = em.find(Loan.class, loanId);
                assertEquals(document, read.customerDocument());
                assertEquals("CI", read.customerDocumentType());
                List<Loan> byDocument = em.createQuery("SELECT l FROM Loan l WHERE l.customerDocument = :document",
                        Loan.class).setParameter("document", document).getResultList();
                assertEquals(List.of(loanId), byDocument.stream().map(Loan::id).toList());
            }
        }
        try (Connection connection = database.connection(); Statement sql = connection.createStatement();
             ResultSet row = sql.executeQuery("SELECT customer_document_type, customer_document_number FROM loan")) {
            row.next();
            assertEquals(List.of("CI", "1714307103"), List.of(row.getString(1), row.getString(2)), "the same columns");
        }
    }
}
