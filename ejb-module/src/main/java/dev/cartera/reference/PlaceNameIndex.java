package dev.cartera.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Every city in memory for lookups by name ({@link CityNames}): a few hundred rows, built on first use and kept,
 * since they change only when {@link ReferenceDataLoader} runs at startup (which then drops it). An import of
 * thousands of rows thus resolves its cities without a query each.
 */
@ApplicationScoped
public class CityNameIndex {

    @PersistenceContext
    EntityManager em;

    private volatile CityNames names;

    /** Must run inside a transaction the first time, to read the cities. */
    public CityNames names() {
        CityNames current = names;
        if (current == null) {
            synchronized (this) {
                current = names;
                if (current == null) {
                    current = new CityNames(em.createNamedQuery("City.all", City.class).getResultStream()
                            .map(CityNames.Entry::of).toList());
                    names = current;
                }
            }
        }
        return current;
    }

    public void invalidate() {
        names = null;
    }
}
