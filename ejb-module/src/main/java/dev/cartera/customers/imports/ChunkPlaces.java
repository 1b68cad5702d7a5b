package dev.cartera.customers.imports;

import dev.cartera.reference.City;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The places of one chunk: each province and each city name is asked of the reference data once per chunk rather
 * than once per row (a few dozen distinct places among 500 rows; asking per row was a third of an import's time).
 * Lives only as long as the chunk's transaction, since the cities it holds are that transaction's entities.
 */
final class ChunkPlaces implements Places {

    private record CityKey(String country, String provinceCode, String name) {
    }

    private record ProvinceKey(String country, String codeOrName) {
    }

    private final Places source;
    private final Map<CityKey, List<City>> cities = new HashMap<>();
    private final Map<ProvinceKey, Optional<String>> provinces = new HashMap<>();

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
        return provinces.computeIfAbsent(new ProvinceKey(country, codeOrName),
                key -> source.provinceCode(country, codeOrName));
    }
}
