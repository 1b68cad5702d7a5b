package dev.cartera.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every city and province in memory, for lookups by name ({@link CityNames}, {@link ProvinceNames}) and for naming
 * a city by its id ({@link #label}): a few hundred rows, built on first use and kept, since they change only when
 * {@link ReferenceDataLoader} runs at startup (which then drops them). An import of a million rows thus resolves
 * its places without a query each (asking the database for the provinces of every chunk was 7 % of a customers
 * import's thread), and an export names them without joining two tables to every customer.
 */
@ApplicationScoped
public class PlaceNameIndex {

    /** A city as a row or a view shows it: its name and its province's. */
    public record CityLabel(String city, long provinceId, String provinceCode, String province) {
    }

    private record Places(CityNames cities, ProvinceNames provinces, Map<Long, CityLabel> labels) {
    }

    @PersistenceContext
    EntityManager em;

    private volatile Places places;

    public CityNames cities() {
        return places().cities();
    }

    public ProvinceNames provinces() {
        return places().provinces();
    }

    /** The city's label, or null for no city (or one the reference data no longer has). */
    public CityLabel label(Long cityId) {
        return cityId == null ? null : places().labels().get(cityId);
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
                    current = read();
                    places = current;
                }
            }
        }
        return current;
    }

    /** Lists rather than streams: outside a transaction (an export) the entity manager closes after each query. */
    private Places read() {
        List<City> cities = em.createNamedQuery("City.all", City.class).getResultList();
        List<Province> provinces = em.createNamedQuery("Province.all", Province.class).getResultList();
        Map<Long, CityLabel> labels = new HashMap<>();
        cities.forEach(city -> labels.put(city.id(), new CityLabel(city.name(), city.province().id(),
                city.province().code(), city.province().name())));
        return new Places(new CityNames(cities.stream().map(CityNames.Entry::of).toList()),
                new ProvinceNames(provinces.stream().map(ProvinceNames.Entry::of).toList()), Map.copyOf(labels));
    }
}
