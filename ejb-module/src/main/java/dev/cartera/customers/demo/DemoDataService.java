package dev.cartera.customers.demo;

import dev.cartera.customers.demo.DemoCustomers.DemoCustomer;
import dev.cartera.customers.demo.DemoCustomers.Place;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.logging.Logger;

/**
 * Fills the directory with demo customers, reproducibly: the same seed gives the same customers, and asking
 * again skips the ones already there. Each chunk commits on its own, so a large run does not hold one huge
 * transaction; the customers go through the same registration (and welcome message) as any other.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoDataService {

    public static final int MAX_CUSTOMERS = 100_000;
    private static final int CHUNK = 500;
    private static final Logger LOG = Logger.getLogger(DemoDataService.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    DemoDataWriter writer;

    /** What a run did. */
    public record CustomersSeeded(int requested, long seed, int created, int skipped) {
    }

    public CustomersSeeded createCustomers(int count, long seed) {
        if (count < 1 || count > MAX_CUSTOMERS) {
            throw new IllegalArgumentException("customers must be between 1 and " + MAX_CUSTOMERS);
        }
        List<Place> places = places();
        SplittableRandom random = new SplittableRandom(seed);
        int created = 0;
        List<DemoCustomer> chunk = new ArrayList<>(CHUNK);
        for (int i = 0; i < count; i++) {
            chunk.add(DemoCustomers.next(random, places));
            if (chunk.size() == CHUNK || i == count - 1) {
                created += writer.write(chunk);
                chunk.clear();
            }
        }
        CustomersSeeded outcome = new CustomersSeeded(count, seed, created, count - created);
        LOG.info(() -> "Demo data: " + outcome);
        return outcome;
    }

    private List<Place> places() {
        return em.createQuery("SELECT c.id, p.country.code, p.code FROM City c JOIN c.province p "
                        + "WHERE p.country.code IN ('EC', 'CO') ORDER BY c.id", Object[].class)
                .getResultStream()
                .map(row -> new Place((Long) row[0], (String) row[1], (String) row[2]))
                .toList();
    }
}
