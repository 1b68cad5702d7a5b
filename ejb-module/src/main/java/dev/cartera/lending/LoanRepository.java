package dev.cartera.lending;

import dev.cartera.shared.JdbcReads;
import dev.cartera.shared.Page;
import dev.cartera.shared.PageRequest;
import dev.cartera.shared.filtering.FilterCondition;
import dev.cartera.shared.filtering.FilterOperator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Queries over loans. Runs inside the calling service's transaction. */
@ApplicationScoped
public class LoanRepository {

    @PersistenceContext
    EntityManager em;

    @Inject
    JdbcReads jdbc;

    public Optional<Loan> find(long id) {
        return Optional.ofNullable(em.find(Loan.class, id));
    }

    /** Through JDBC: every customer lookup runs it ({@link JdbcReads} says why). */
    public long countByCustomer(long customerId) {
        return jdbc.read("SELECT COUNT(*) FROM loan WHERE customer_id = ?", JdbcReads::firstLong, customerId);
    }

    /** The customer's loans with exactly these terms: how an import without loan numbers recognises a loan. */
    public List<Loan> findByTerms(long customerId, LoanTerms terms) {
        return em.createNamedQuery("Loan.byTerms", Loan.class).setParameter("customerId", customerId)
                .setParameter("startDate", terms.startDate()).setParameter("principal", terms.principal())
                .setParameter("annualRate", terms.annualRate()).setParameter("termMonths", terms.termMonths())
                .getResultList();
    }

    public long count() {
        return em.createQuery("SELECT COUNT(l) FROM Loan l", Long.class).getSingleResult();
    }

    public Page<Loan> page(PageRequest request, List<FilterCondition> filters) {
        return LoanService.LIST.page(em, Loan.class, request, filters);
    }

    /** The filters plus one on the customer, for a customer's own list. */
    public static List<FilterCondition> ofCustomer(long customerId, List<FilterCondition> filters) {
        List<FilterCondition> all = new ArrayList<>(filters);
        all.add(new FilterCondition("customerId", FilterOperator.EQUALS, Long.toString(customerId)));
        return all;
    }

    public void add(Loan loan) {
        em.persist(loan);
        em.flush();
    }

    /** Without a flush: an import chunk flushes once, at its end. */
    public void persist(Loan loan) {
        em.persist(loan);
    }

    public void flushAll() {
        em.flush();
    }

    /** Writes a change now, so the returned version is the new one. */
    public void flush(Loan loan) {
        em.flush();
    }

    public void remove(Loan loan) {
        em.remove(loan);
    }

    java.util.Map<LoanStatus, Long> countByStatus() {
        java.util.Map<LoanStatus, Long> counts = new java.util.EnumMap<>(LoanStatus.class);
        for (LoanStatus status : LoanStatus.values()) {
            counts.put(status, 0L);
        }
        em.createQuery("SELECT l.status, COUNT(l) FROM Loan l GROUP BY l.status", Object[].class).getResultList()
                .forEach(row -> counts.put((LoanStatus) row[0], (Long) row[1]));
        return counts;
    }
}
