package dev.cartera.customers.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cartera.reference.City;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A chunk asks the reference data once per distinct city, and gets the same answers as asking every time. */
class ChunkPlacesTest {

    private final List<String> asked = new ArrayList<>();

    private final Places source = new Places() {
        @Override
        public List<City> cities(String country, String provinceCode, String name) {
            asked.add("city " + country + "/" + provinceCode + "/" + name);
            return List.of();
        }

        @Override
        public Optional<String> provinceCode(String country, String codeOrName) {
            asked.add("province " + country + "/" + codeOrName);
            return codeOrName.equals("Pichincha") ? Optional.of("17") : Optional.empty();
        }
    };

    @Test
    void eachDistinctCityIsAskedOnceAndProvincesPassThrough() {
        Places chunk = new ChunkPlaces(source);
        for (int row = 0; row < 3; row++) {
            assertEquals(Optional.of("17"), chunk.provinceCode("EC", "Pichincha"));
            assertEquals(Optional.empty(), chunk.provinceCode("EC", "Atlantis"));
            assertEquals(List.of(), chunk.cities("EC", null, "Quito"));
            assertEquals(List.of(), chunk.cities("EC", "17", "Quito"));
        }
        assertEquals(List.of("city EC/null/Quito", "city EC/17/Quito"),
                asked.stream().filter(question -> question.startsWith("city")).toList());
        assertEquals(6, asked.stream().filter(question -> question.startsWith("province")).count(),
                "provinces come from memory already: nothing to keep per chunk");
    }

    @Test
    void anotherChunkAsksAgain() {
        new ChunkPlaces(source).cities("EC", null, "Quito");
        new ChunkPlaces(source).cities("EC", null, "Quito");
        assertEquals(2, asked.size());
    }
}
