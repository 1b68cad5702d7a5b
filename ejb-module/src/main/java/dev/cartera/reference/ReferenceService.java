package dev.cartera.reference;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Countries, provinces and cities: the lists the API shows, and the lookups other contexts validate against.
 * Country codes are accepted in any case and around spaces ({@code " ec "} is {@code EC}).
 */
@Stateless
public class ReferenceService {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @PersistenceContext
    EntityManager em;

    @Inject
    PlaceNameIndex placeNames;

    /** Every country, by code. */
    public List<Country> countries() {
        return em.createNamedQuery("Country.all", Country.class).getResultList();
    }

    public Optional<Country> findCountry(String code) {
        String country = countryCode(code);
        return country.isEmpty() ? Optional.empty() : Optional.ofNullable(em.find(Country.class, country));
    }

    /** The country's provinces by code; none for an unknown country. */
    public List<Province> provinces(String country) {
        return em.createNamedQuery("Province.byCountry", Province.class)
                .setParameter("country", countryCode(country)).getResultList();
    }

    public Optional<Province> findProvince(String country, String code) {
        return em.createNamedQuery("Province.byCountryAndCode", Province.class)
                .setParameter("country", countryCode(country)).setParameter("code", code == null ? "" : code.strip())
                .getResultStream().findFirst();
    }

    /**
     * The country's cities, or only the province's, sorted by name in Spanish order (accented letters beside
     * their plain ones, whatever the database's collation).
     *
     * @param provinceCode null for the whole country
     */
    public List<City> cities(String country, String provinceCode) {
        var query = provinceCode == null
                ? em.createNamedQuery("City.byCountry", City.class)
                : em.createNamedQuery("City.byProvince", City.class).setParameter("province", provinceCode.strip());
        Collator collator = Collator.getInstance(SPANISH);
        return query.setParameter("country", countryCode(country)).getResultStream()
                .sorted(Comparator.comparing(City::name, collator).thenComparing(City::id))
                .toList();
    }

    public Optional<City> findCity(long id) {
        return Optional.ofNullable(em.find(City.class, id));
    }

    /**
     * The one city of that name, ignoring case, accents and extra spaces ({@link CityNames}). Empty when there is
     * none, and also when the name is ambiguous without a province ("Bolívar" in Ecuador, "Bogotá" in Colombia):
     * {@link #citiesNamed} tells those apart.
     *
     * @param provinceCode the province's 2-digit code, or null for any province of the country
     */
    public Optional<City> findCityByName(String country, String provinceCode, String name) {
        List<City> found = citiesNamed(country, provinceCode, name);
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** Every city of that name, as {@link #findCityByName} matches it: none, one, or the ambiguous several. */
    public List<City> citiesNamed(String country, String provinceCode, String name) {
        String province = provinceCode == null || provinceCode.isBlank() ? null : provinceCode.strip();
        return placeNames.cities().find(countryCode(country), province, name).stream()
                .map(entry -> em.find(City.class, entry.id()))
                .filter(Objects::nonNull)
                .toList();
    }

    /**
     * The code of the country's province given by its code ("17", or "9" for "09") or its name, ignoring case,
     * accents and extra spaces ("pichincha"); from memory, not a query.
     */
    public Optional<String> provinceCode(String country, String codeOrName) {
        return placeNames.provinces().code(countryCode(country), codeOrName);
    }

    private static String countryCode(String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }
}
