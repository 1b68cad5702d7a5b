package dev.cartera.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Every city and province in memory for lookups by name ({@link CityNames}, {@link ProvinceNames}): a few hundred
 * rows, built on first use and kept, since they change only when {@link ReferenceDataLoader} runs at startup (which
 * then drops them). An import of a million rows thus resolves its places without a query each: asking the
 * database for the provinces of every chunk was 7 % of a customers import's thread.
 */
@ApplicationScoped
public class PlaceNameIndex {

    private record Places(CityNames cities, ProvinceNames provinces) {
    }

    @PersistenceContext
    EntityManager em;

    private volatile Places places;

    /** Must run inside a transaction the first time, to read the cities. */
    public CityNames cities() {
        return places().cities();
    }

    /** Must run inside a transaction the first time, to read the provinces. */
    public ProvinceNames provinces() {
        return places().provinces();
    }

    public void invalidate() {
        places = null;
    }

    private Places places() {
        Places current = places;
        if (current == null) {
            synchronized (this) {
                current = places;
                if (current == null) {
                    current = new Places(
                            new CityNames(em.createNamedQuery("City.all", City.class).getResultStream()
                                    .map(CityNames.Entry::of).toList()),
                            new ProvinceNames(em.createNamedQuery("Province.all", Province.class).getResultStream()
                                    .map(ProvinceNames.Entry::of).toList()));
                    places = current;
                }
            }
        }
        return current;
    }
}
