package dev.cartera.customers.imports;

import dev.cartera.reference.City;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cities of one chunk: each city name is resolved once per chunk rather than once per row (a few dozen
 * distinct cities among 500 rows), since each answer loads its cities into the chunk's persistence context.
 * Provinces pass straight through: the reference data answers them from memory. Lives only as long as the
 * chunk's transaction, since the cities it holds are that transaction's entities.
 */
final class ChunkPlaces implements Places {

    private record CityKey(String country, String provinceCode, String name) {
    }

    private final Places source;
    private final Map<CityKey, List<City>> cities = new HashMap<>();

    ChunkPlaces(Places source) {
        this.source = source;
    }

    @Override
    public List<City> cities(String country, String provinceCode, String name) {
        return cities.computeIfAbsent(new CityKey(country, provinceCode, name),
                key -> source.cities(country, provinceCode, name));
    }

    @Override
    public Optional<String> provinceCode(String country, String codeOrName) {
        return source.provinceCode(country, codeOrName);
    }
}
