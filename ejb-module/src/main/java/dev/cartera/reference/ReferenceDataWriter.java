package dev.cartera.reference;

import dev.cartera.reference.ReferenceData.CityKey;
import dev.cartera.reference.ReferenceData.CityRow;
import dev.cartera.reference.ReferenceData.CountryRow;
import dev.cartera.reference.ReferenceData.ProvinceKey;
import dev.cartera.reference.ReferenceData.ProvinceRow;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.function.Consumer;

/** Writes the reference data in one transaction of its own, for {@link ReferenceDataLoader}. */
@Stateless
public class ReferenceDataWriter {

    @PersistenceContext
    EntityManager em;

    @Inject
    @Any
    Instance<ReferenceDataSet> otherSets;

    /** Upserts every row by natural key, then every other context's {@link ReferenceDataSet}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ReferenceDataChanges write(ReferenceData data) {
        ReferenceDataChanges changes = merge(data,
                em.createNamedQuery("Country.all", Country.class).getResultList(),
                em.createNamedQuery("Province.all", Province.class).getResultList(),
                em.createNamedQuery("City.all", City.class).getResultList(),
                em::persist);
        em.flush();
        for (ReferenceDataSet set : otherSets) {
            changes = changes.plus(set.upsert());
        }
        em.flush();
        return changes;
    }

    /**
     * Brings the existing entities in line with the data: new keys are persisted, known ones renamed where the
     * name differs. Nothing is deleted: a city a customer lives in must not vanish because a file dropped it.
     */
    static ReferenceDataChanges merge(ReferenceData data, List<Country> countries, List<Province> provinces,
                                      List<City> cities, Consumer<Object> persist) {
        var countryUpsert = new NaturalKeyUpsert<>(countries, Country::code, persist);
        for (CountryRow row : data.countries()) {
            countryUpsert.put(row.code(), () -> new Country(row.code(), row.name()), country -> country.rename(row.name()));
        }
        var provinceUpsert = new NaturalKeyUpsert<>(provinces, ProvinceKey::of, persist);
        for (ProvinceRow row : data.provinces()) {
            Country country = countryUpsert.get(row.country());
            provinceUpsert.put(row.key(), () -> new Province(country, row.code(), row.name()), province -> province.rename(row.name()));
        }
        var cityUpsert = new NaturalKeyUpsert<>(cities, CityKey::of, persist);
        for (CityRow row : data.cities()) {
            Province province = provinceUpsert.get(row.province());
            cityUpsert.put(row.key(), () -> new City(province, row.name()), city -> city.rename(row.name()));
        }
        return countryUpsert.changes().plus(provinceUpsert.changes()).plus(cityUpsert.changes());
    }
}
